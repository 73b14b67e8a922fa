import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CLIPS, announcementClips, announcementText, clipText, windowNumberText } from './announcement';
import { formatTicketNumber } from './rules';

const spoken = (clips: string[]) => clips.map((name) => clipText(name) ?? `<${name}?>`).join('');

/** Written out by hand, independently of the code under test: how a person reads 1–99 in Chinese. */
const UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseNumber(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return `十${UNITS[n - 10]}`;
  return `${UNITS[Math.floor(n / 10)]}十${UNITS[n % 10]}`;
}

/** Reads a Chinese number of 1–99 back, so every reading is checked against its value as well. */
function parseChinese(text: string): number {
  const value = (char: string | undefined) => (char ? UNITS.indexOf(char) : 0);
  const ten = text.indexOf('十');
  if (ten < 0) return value(text);
  return (ten === 0 ? 1 : value(text[0])) * 10 + value(text[ten + 1]);
}

describe('announcement clips', () => {
  it('reads A001 at window 3 as the issue says', () => {
    expect(announcementClips('A001', 3)).toEqual([
      'qing', 'letter-a', 'digit-0', 'digit-0', 'digit-1', 'hao', 'dao', 'num-3', 'hao-chuang-kou', 'ban-li',
    ]);
    expect(spoken(announcementClips('A001', 3))).toBe('请A零零一号到三号窗口办理');
    expect(announcementText('A001', 3)).toBe('请A零零一号到3号窗口办理');
  });

  it.each([
    [1, '一'], [3, '三'], [9, '九'], [10, '十'], [11, '十一'], [12, '十二'], [19, '十九'],
    [20, '二十'], [21, '二十一'], [25, '二十五'], [30, '三十'], [90, '九十'], [99, '九十九'],
  ])('reads window %i as %s', (n, text) => {
    expect(windowNumberText(n)).toBe(text);
  });

  it('every window from 1 to 99: clips and text agree, and the reading means the number', () => {
    for (let n = 1; n <= 99; n++) {
      const clips = announcementClips('B123', n);
      const text = announcementText('B123', n);
      const reading = windowNumberText(n);
      expect(reading, `window ${n}`).toBe(chineseNumber(n));
      expect(parseChinese(reading), `window ${n}`).toBe(n);
      // The clips say the text, with the window number in words instead of digits.
      expect(text, `window ${n}`).toBe(`请B一二三号到${n}号窗口办理`);
      expect(spoken(clips), `window ${n}`).toBe(text.replace(`到${n}号`, `到${reading}号`));
      // One to three clips for the number, each a 一…十 clip, never a ticket digit.
      const numberClips = clips.slice(clips.indexOf('dao') + 1, clips.indexOf('hao-chuang-kou'));
      expect(numberClips.length).toBe(n < 10 || n === 10 ? 1 : n < 20 || n % 10 === 0 ? 2 : 3);
      expect(numberClips.every((c) => /^num-(10|[1-9])$/.test(c))).toBe(true);
    }
  });

  it('reads every letter by its name and every digit one by one', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const clips = announcementClips(`${letter}0123456789`, 1);
      expect(clips.slice(1, 12)).toEqual([`letter-${letter.toLowerCase()}`, ...[...'0123456789'].map((d) => `digit-${d}`)]);
      expect(spoken(clips)).toBe(`请${letter}零一二三四五六七八九号到一号窗口办理`);
    }
  });

  it('any ticket number and window: only known clips, and the text is what they say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 99 }),
        (prefix, seq, windowNumber) => {
          const number = formatTicketNumber(prefix, seq);
          const clips = announcementClips(number, windowNumber);
          expect(clips.every((c) => clipText(c) !== undefined)).toBe(true);
          expect(clips.slice(0, 2)).toEqual(['qing', `letter-${prefix.toLowerCase()}`]);
          expect(clips.slice(-2)).toEqual(['hao-chuang-kou', 'ban-li']);
          const reading = windowNumberText(windowNumber);
          expect(spoken(clips)).toBe(announcementText(number, windowNumber).replace(`到${windowNumber}号`, `到${reading}号`));
        },
      ),
    );
  });

  it('skips what cannot be read and reads a lower-case letter as upper case', () => {
    expect(announcementText('a-01 ', 2)).toBe('请A零一号到2号窗口办理');
    expect(announcementClips('a-01 ', 2)).toEqual(announcementClips('A01', 2));
  });

  it('reads an out-of-range window number digit by digit instead of failing', () => {
    expect(windowNumberText(100)).toBe('一零零');
    expect(windowNumberText(0)).toBe('零');
    expect(windowNumberText(Number.NaN)).toBe('零');
    expect(announcementClips('A001', 120).every((c) => clipText(c) !== undefined)).toBe(true);
  });

  it('lists every clip once, with what it says', () => {
    const names = ALL_CLIPS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(5 + 26 + 10 + 10);
    for (const clip of ALL_CLIPS) {
      expect(clip.name).toMatch(/^[a-z0-9-]+$/);
      expect(clip.text.length).toBeGreaterThan(0);
    }
    expect(ALL_CLIPS.filter((c) => c.name.startsWith('num-')).map((c) => c.text).join('')).toBe('一二三四五六七八九十');
    expect(ALL_CLIPS.filter((c) => c.name.startsWith('digit-')).map((c) => c.text).join('')).toBe('零一二三四五六七八九');
  });
});
