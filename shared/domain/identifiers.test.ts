import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeProblem,
  isLandline,
  normalizeMobile,
  residentIdCheckChar,
  residentIdProblem,
} from './identifiers';

const TODAY = '2026-11-23';

describe('resident ID (GB 11643)', () => {
  it('accepts the documented example, with a lowercase x too', () => {
    expect(residentIdProblem('11010519491231002X', TODAY)).toBeNull();
    expect(residentIdProblem('11010519491231002x', TODAY)).toBeNull();
  });

  it.each([
    ['110105194912310021', '校验位'],
    ['110105194902300029', '出生日期不存在'], // 30 February
    ['110105203001010012', '晚于今天'],
    ['990105194912310021', '地区码'],
    ['110105491231002', '15位'],
    ['11010519491231002', '18位'],
    ['1101051949123100ZX', '18位'],
  ])('refuses %s (%s)', (id, reason) => {
    expect(residentIdProblem(id, TODAY)).toContain(reason);
  });

  it('accepts every ID built with a real past birth date and its computed check character', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('110105', '310101', '440305', '330106', '510107'),
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (area, birth, seq) => {
          const first17 = `${area}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
          expect(residentIdProblem(first17 + residentIdCheckChar(first17), TODAY)).toBeNull();
        },
      ),
    );
  });

  it('refuses any single changed digit (the checksum catches every one)', () => {
    const valid = '11010519491231002X';
    fc.assert(
      fc.property(fc.integer({ min: 14, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(valid[pos]) + delta) % 10;
        const changed = valid.slice(0, pos) + digit + valid.slice(pos + 1);
        expect(residentIdProblem(changed, TODAY)).not.toBeNull();
      }),
    );
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts the documented example', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100m000100y43')).toBeNull();
  });

  it.each([
    ['91350100M000100Y44', '校验位'],
    ['91350100M000100Y4', '18位'],
    ['91350100I000100Y43', '“I”'],
    ['91350100O000100Y43', '“O”'],
  ])('refuses %s (%s)', (code, reason) => {
    expect(creditCodeProblem(code)).toContain(reason);
  });

  it('accepts every code with its computed check character, and refuses every other last character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 }), (chars) => {
        const first17 = chars.join('');
        const check = creditCodeCheckChar(first17);
        expect(creditCodeProblem(first17 + check)).toBeNull();
        const wrong = CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(check) + 1) % 31]!;
        expect(creditCodeProblem(first17 + wrong)).not.toBeNull();
      }),
    );
  });
});

describe('phones', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['12812345678', null],
    ['1381234567', null],
  ])('normalizes mobile %s → %s', (raw, expected) => {
    expect(normalizeMobile(raw)).toBe(expected);
  });

  it('recognises landlines', () => {
    expect(isLandline('0571-88886666')).toBe(true);
    expect(isLandline('010 12345678')).toBe(true);
    expect(isLandline('571-88886666')).toBe(false);
  });
});
