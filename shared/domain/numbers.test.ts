import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseNumber, formatDocumentNumber, parseCaseNumber } from './numbers';

describe('case numbers', () => {
  it('follow {area}{YYYYMMDD}{terminal}{serial}', () => {
    expect(formatCaseNumber({ areaCode: '110105', day: '2026-11-23', terminal: 3, serial: 42 })).toBe('11010520261123030042');
  });

  it('refuse parts that would not fit, rather than mint an ambiguous number', () => {
    expect(() => formatCaseNumber({ areaCode: '11010', day: '2026-11-23', terminal: 3, serial: 1 })).toThrow();
    expect(() => formatCaseNumber({ areaCode: '110105', day: '2026-11-23', terminal: 100, serial: 1 })).toThrow();
    expect(() => formatCaseNumber({ areaCode: '110105', day: '2026-11-23', terminal: 3, serial: 10_000 })).toThrow();
    expect(parseCaseNumber('1101052026112303004')).toBeNull();
  });

  it('round-trip, and differ whenever terminal, day or serial differ (property)', () => {
    const parts = fc.record({
      areaCode: fc.constantFrom('110105', '330100'),
      day: fc.integer({ min: 0, max: 3000 }).map((i) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)),
      terminal: fc.integer({ min: 1, max: 99 }),
      serial: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        expect(parseCaseNumber(formatCaseNumber(a))).toEqual(a);
        const same = a.areaCode === b.areaCode && a.day === b.day && a.terminal === b.terminal && a.serial === b.serial;
        expect(formatCaseNumber(a) === formatCaseNumber(b)).toBe(same);
      }),
    );
  });
});

describe('notice numbers', () => {
  it('look like X审受〔2026〕第0042号', () => {
    expect(formatDocumentNumber('云', 'accept', 2026, 1, 42)).toBe('云审受〔2026〕第010042号');
    expect(formatDocumentNumber('云', 'oneTime', 2026, 12, 12345)).toBe('云审告〔2026〕第1212345号');
    expect(() => formatDocumentNumber(' ', 'refuse', 2026, 1, 1)).toThrow();
    expect(() => formatDocumentNumber('云', 'refuse', 2026, 0, 1)).toThrow();
    // Two PCs numbering the same kind, year and serial offline still print different numbers.
    expect(formatDocumentNumber('云', 'accept', 2026, 1, 1)).not.toBe(formatDocumentNumber('云', 'accept', 2026, 2, 1));
  });
});
