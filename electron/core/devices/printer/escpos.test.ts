import { describe, expect, it } from 'vitest';
import { HallError } from '../../../../shared/api/errors';
import { cut, feed, pair, qr, rule, text, type PrintDocument } from '../../../../shared/print/document';
import { ticketDocument, type TicketPrintData } from '../../../../shared/print/ticket';
import { decodeEscPos } from './escpos-decode';
import { encodeEscPos } from './escpos';
import { SAMPLE_TICKET, SAMPLE_TICKET_LINES } from '../../../../shared/print/sample-ticket';

/** `"1b 40 | 1c 26  # comment"` → bytes; `|` and white space group the hex for reading, `#` starts a comment. */
const hex = (s: string) => {
  const digits = s.replace(/#.*$/gm, '').replace(/[|\s]/g, '');
  if (!/^([0-9a-f]{2})*$/.test(digits)) throw new Error(`not hex: ${digits}`);
  return Buffer.from(digits, 'hex');
};
const dump = (b: Buffer) => b.toString('hex').replace(/(..)/g, '$1 ').trim();

const INIT = '1b 40'; //                   ESC @
const CHINESE_ON = '1c 26'; //             FS &
const CHINESE_OFF = '1c 2e'; //            FS .
const CUT = '1d 56 42 00'; //              GS V 66 0

describe('encodeEscPos, byte by byte', () => {
  it('an empty document: init, Chinese mode, leave Chinese mode', () => {
    expect(dump(encodeEscPos({ blocks: [] }))).toBe(dump(hex(`${INIT} | ${CHINESE_ON} | ${CHINESE_OFF}`)));
  });

  it('one centred bold line of Chinese, a QR code and a cut', () => {
    const doc: PrintDocument = { blocks: [text('云溪县', { align: 'center', bold: true }), qr('T1', 4), cut()] };
    const expected = hex(`
      1b 40                                               # ESC @  initialise
      1c 26                                               # FS &   Chinese mode
      1b 61 01                                            # ESC a 1  centre
      1b 45 01                                            # ESC E 1  bold on
      d4 c6 cf aa cf d8                                   # 云溪县 in GB18030
      0a                                                  # LF
      1d 28 6b 04 00 31 41 32 00                          # GS ( k fn 165: model 2
      1d 28 6b 03 00 31 43 04                             # GS ( k fn 167: module size 4
      1d 28 6b 03 00 31 45 31                             # GS ( k fn 169: error correction M
      1d 28 6b 05 00 31 50 30 54 31                       # GS ( k fn 180: store "T1" (pL = 2 + 3)
      1d 28 6b 03 00 31 51 30                             # GS ( k fn 181: print
      ${CUT}                                              # GS V 66 0  feed and partial cut
      1c 2e                                               # FS .   leave Chinese mode
    `);
    expect(dump(encodeEscPos(doc))).toBe(dump(expected));
  });

  it('sizes, alignment changes and feeds; styles sent only when they change', () => {
    const doc: PrintDocument = {
      blocks: [
        text('A001', { align: 'center', size: 3, bold: true }),
        text('A002', { align: 'center', size: 3, bold: true }),
        text('前方等待 3 人', { align: 'right', size: 2 }),
        text('x'),
        feed(3),
        feed(0),
      ],
    };
    const expected = hex(`
      ${INIT} | ${CHINESE_ON}
      1b 61 01 | 1b 45 01 | 1d 21 22 | 41 30 30 31 0a     # centre, bold, GS ! 0x22 (3×3), "A001" LF
      41 30 30 32 0a                                      # same style: no commands
      1b 61 02 | 1b 45 00 | 1d 21 11                      # right, bold off, GS ! 0x11 (2×2)
      c7 b0 b7 bd b5 c8 b4 fd 20 33 20 c8 cb 0a           # 前方等待 3 人
      1b 61 00 | 1d 21 00 | 78 0a                         # left, size 1, "x"
      1b 64 03                                            # ESC d 3
      ${CHINESE_OFF}
    `);
    expect(dump(encodeEscPos(doc))).toBe(dump(expected));
  });

  it('GB18030 beyond GB2312: rare name characters, four-byte characters', () => {
    // 堃 (GBK 88 D2) and 镕 (E9 46) are common in names but missing from GB2312; 𠀀 needs four bytes.
    const bytes = encodeEscPos({ blocks: [text('堃镕𠀀')] });
    expect(dump(bytes)).toBe(dump(hex(`${INIT} ${CHINESE_ON} 88 d2 e9 46 95 32 82 36 0a ${CHINESE_OFF}`)));
  });

  it('rules are dashes across the paper at size 1, 32 columns by default and 48 on 80 mm', () => {
    const doc: PrintDocument = { blocks: [text('大', { size: 2, bold: true }), rule()] };
    const dashes = (n: number) => '2d '.repeat(n);
    expect(dump(encodeEscPos(doc))).toBe(
      dump(hex(`${INIT} ${CHINESE_ON} 1b 45 01 1d 21 11 b4 f3 0a | 1b 45 00 1d 21 00 ${dashes(32)} 0a ${CHINESE_OFF}`)),
    );
    expect(dump(encodeEscPos({ blocks: [rule()] }, { columns: 48 }))).toBe(dump(hex(`${INIT} ${CHINESE_ON} ${dashes(48)} 0a ${CHINESE_OFF}`)));
  });

  it('pairs pad to the column width counting Chinese as two columns', () => {
    const bytes = encodeEscPos({ blocks: [pair('领取人', '张*')] }, { columns: 12 });
    // 领取人 (6 columns) + 3 spaces + 张* (3 columns) = 12
    expect(dump(bytes)).toBe(dump(hex(`${INIT} ${CHINESE_ON} c1 ec c8 a1 c8 cb 20 20 20 d5 c5 2a 0a ${CHINESE_OFF}`)));
  });

  it('stores QR data as UTF-8 with a two-byte length', () => {
    const data = 'x'.repeat(300);
    const bytes = encodeEscPos({ blocks: [qr(data)] });
    // 300 + 3 = 303 = 0x012f → pL 2f pH 01; default module size 6; centred.
    expect(bytes.includes(hex('1b 61 01 1d 28 6b 04 00 31 41 32 00 1d 28 6b 03 00 31 43 06'))).toBe(true);
    expect(bytes.includes(Buffer.concat([hex('1d 28 6b 2f 01 31 50 30'), Buffer.from(data), hex('1d 28 6b 03 00 31 51 30')]))).toBe(true);
    expect(decodeEscPos(encodeEscPos({ blocks: [qr('取号 A001')] })).qrData).toEqual(['取号 A001']);
  });

  it('refuses documents outside the model', () => {
    const refused = (doc: unknown, columns?: number) => {
      try {
        encodeEscPos(doc as PrintDocument, columns === undefined ? {} : { columns });
      } catch (error) {
        return (error as HallError).code;
      }
      return 'printed';
    };
    expect(refused({ blocks: [text('A\u001bi')] })).toBe('printer/invalid-document'); // ESC i would cut
    expect(refused({ blocks: [{ kind: 'text', text: 'x', size: 8 }] })).toBe('printer/invalid-document');
    expect(refused({ blocks: [{ kind: 'feed', lines: 300 }] })).toBe('printer/invalid-document');
    expect(refused({ blocks: [{ kind: 'barcode' }] })).toBe('printer/invalid-document');
    expect(refused({ blocks: [] }, 4)).toBe('printer/invalid-document');
  });

  it('refuses to print a resident ID number in clear, without echoing it', () => {
    try {
      encodeEscPos({ blocks: [text('身份证 11010519491231002X')] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HallError);
      expect((error as HallError).code).toBe('printer/unmasked-id');
      expect((error as HallError).message).not.toContain('1949');
    }
    expect(() => encodeEscPos({ blocks: [text('身份证 1101**********002X')] })).not.toThrow();
  });
});

describe('a full ticket decodes back to its text', () => {
  const ticketId = '01930000-0000-7000-8000-0000000000c1';
  const data: TicketPrintData = { ...SAMPLE_TICKET, ticketId };

  it('58 mm', () => {
    const bytes = encodeEscPos(ticketDocument(data));
    const decoded = decodeEscPos(bytes);
    expect(decoded.initialised).toBe(true);
    expect(decoded.lines).toEqual(SAMPLE_TICKET_LINES);
    expect(decoded.qrData).toEqual([ticketId]);
    expect(decoded.cut).toBe(true);
    expect(decoded.endsInChineseMode).toBe(false);
    // The layout as the printer sees it: the big number, then the QR, the feed and the cut at the end.
    expect(decoded.items.find((it) => it.kind === 'text' && it.text === 'C001')).toEqual({
      kind: 'text', text: 'C001', align: 'center', bold: true, width: 3, height: 3,
    });
    expect(decoded.items.find((it) => it.kind === 'qr')).toEqual({
      kind: 'qr', data: ticketId, model: 2, moduleSize: 6, errorCorrection: 'M', align: 'center',
    });
    expect(decoded.items.slice(-3).map((it) => it.kind)).toEqual(['feed', 'text', 'cut']);
    expect(decoded.items.find((it) => it.kind === 'text' && it.text.startsWith('取号时间'))).toMatchObject({ align: 'left', width: 1 });
  });

  it('80 mm: only the rules change', () => {
    const narrow = decodeEscPos(encodeEscPos(ticketDocument(data)));
    const wide = decodeEscPos(encodeEscPos(ticketDocument(data), { columns: 48 }));
    expect(wide.lines.filter((l) => l.startsWith('-'))).toEqual(['-'.repeat(48), '-'.repeat(48)]);
    expect(wide.lines.filter((l) => !l.startsWith('-'))).toEqual(narrow.lines.filter((l) => !l.startsWith('-')));
  });
});
