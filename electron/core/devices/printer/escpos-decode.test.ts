import { describe, expect, it } from 'vitest';
import { EscPosDecodeError, decodeEscPos } from './escpos-decode';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('decodeEscPos', () => {
  it('reads hand-written bytes: styles, GB18030 text, QR, feed and cut', () => {
    const decoded = decodeEscPos(
      hex(`
        1b 40 1c 26
        1b 61 01 1d 21 11 d4 c6 cf aa 0a
        1b 61 00 1d 21 00 88 d2 95 32 82 36 41 0a
        1d 28 6b 03 00 31 43 05 1d 28 6b 03 00 31 45 33 1d 28 6b 05 00 31 50 30 51 52 1d 28 6b 03 00 31 51 30
        1b 64 02 1d 56 00 1c 2e
      `),
    );
    expect(decoded.items).toEqual([
      { kind: 'text', text: '云溪', align: 'center', bold: false, width: 2, height: 2 },
      { kind: 'text', text: '堃𠀀A', align: 'left', bold: false, width: 1, height: 1 },
      { kind: 'qr', data: 'QR', model: 2, moduleSize: 5, errorCorrection: 'H', align: 'left' },
      { kind: 'feed', lines: 2 },
      { kind: 'cut', partial: false },
    ]);
    expect(decoded).toMatchObject({ initialised: true, cut: true, endsInChineseMode: false, lines: ['云溪', '堃𠀀A'], qrData: ['QR'] });
  });

  it('keeps empty lines and an unterminated last line; reads ESC ! print modes', () => {
    const decoded = decodeEscPos(hex('1b 21 38 41 0a 0a 42'));
    expect(decoded.lines).toEqual(['A', '', 'B']);
    expect(decoded.items[0]).toMatchObject({ bold: true, width: 2, height: 2 });
    expect(decoded).toMatchObject({ initialised: false, cut: false, endsInChineseMode: false });
  });

  it('keeps multi-byte characters whole: ASCII-range trail bytes are not text of their own', () => {
    // 0x40 ('@') as the trail byte of 丂; a four-byte character whose bytes 2 and 4 are digits, then real digits.
    expect(decodeEscPos(hex('1c 26 81 40 41 0a 95 32 82 36 31 32 0a')).lines).toEqual(['丂A', '𠀀12']);
    // Outside Chinese mode the same bytes are single-byte characters.
    expect(decodeEscPos(hex('81 40 0a')).lines).toEqual(['\u0081@']);
  });

  it('says where an unknown or cut-short command is', () => {
    expect(() => decodeEscPos(hex('1b 40 1b 7f'))).toThrow(EscPosDecodeError);
    expect(() => decodeEscPos(hex('1b 40 1b 7f'))).toThrow(/ESC 0x7f at byte 2/);
    expect(() => decodeEscPos(hex('1d 28 6b 10 00 31'))).toThrow(/cut short/);
    expect(() => decodeEscPos(hex('41 07'))).toThrow(/control byte 0x7 at byte 1/);
  });
});
