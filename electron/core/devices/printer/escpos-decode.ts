import iconv from 'iconv-lite';
import type { Align } from '../../../../shared/print/document';

/**
 * Reads an ESC/POS stream back: the printed text lines (GB18030 in Chinese mode), QR codes, feeds and cuts, with
 * the style each line starts in. For diagnostics (what was sent to a printer that printed garbage) and for tests
 * that check `encodeEscPos` byte by byte.
 *
 * It knows the commands `encodeEscPos` sends plus the common ones of Epson-compatible Chinese printers; any other
 * command stops it with the offset, since its length cannot be known.
 */
export type DecodedItem =
  | { kind: 'text'; text: string; align: Align; bold: boolean; width: number; height: number }
  | { kind: 'qr'; data: string; model: number; moduleSize: number; errorCorrection: 'L' | 'M' | 'Q' | 'H'; align: Align }
  | { kind: 'feed'; lines: number }
  | { kind: 'cut'; partial: boolean };

export interface DecodedEscPos {
  items: DecodedItem[];
  /** The text lines, in order, without styling. */
  lines: string[];
  /** Data of each printed QR code, in order. */
  qrData: string[];
  /** Whether the stream cuts the paper anywhere. */
  cut: boolean;
  /** Whether the stream starts with `ESC @`. */
  initialised: boolean;
  /** Whether Chinese mode was on at the end (a stream should leave it with `FS .`). */
  endsInChineseMode: boolean;
}

export class EscPosDecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
    this.name = 'EscPosDecodeError';
  }
}

const ESC = 0x1b;
const FS = 0x1c;
const GS = 0x1d;
const LF = 0x0a;
const CR = 0x0d;
const ALIGNS: Align[] = ['left', 'center', 'right'];
const EC_LEVELS = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' } as const;

export function decodeEscPos(input: Uint8Array): DecodedEscPos {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const items: DecodedItem[] = [];
  let align: Align = 'left';
  let bold = false;
  let width = 1;
  let height = 1;
  let chinese = false;
  let line: number[] = [];
  let lineStyle: { align: Align; bold: boolean; width: number; height: number } | null = null;
  const qr = { model: 2, moduleSize: 3, errorCorrection: 'L' as 'L' | 'M' | 'Q' | 'H', data: Buffer.alloc(0) };
  let i = 0;

  const need = (n: number) => {
    if (i + n > bytes.length) throw new EscPosDecodeError('Command cut short', i);
  };
  const flush = (force: boolean) => {
    if (line.length === 0 && !force) return;
    const raw = Buffer.from(line);
    const style = lineStyle ?? { align, bold, width, height };
    items.push({ kind: 'text', text: chinese ? iconv.decode(raw, 'GB18030') : raw.toString('latin1'), ...style });
    line = [];
    lineStyle = null;
  };
  const reset = () => {
    align = 'left';
    bold = false;
    width = 1;
    height = 1;
    chinese = false;
  };

  const initialised = bytes[0] === ESC && bytes[1] === 0x40;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const start = i;
    if (b === LF) {
      flush(true);
      i += 1;
    } else if (b === CR) {
      i += 1;
    } else if (b === ESC) {
      need(2);
      const c = bytes[i + 1]!;
      i += 2;
      switch (c) {
        case 0x40: // ESC @ initialise
          line = [];
          reset();
          break;
        case 0x61: // ESC a n justification
          need(1);
          align = ALIGNS[bytes[i]! % 48] ?? 'left';
          i += 1;
          break;
        case 0x45: // ESC E n emphasised
          need(1);
          bold = (bytes[i]! & 1) === 1;
          i += 1;
          break;
        case 0x21: // ESC ! n print mode
          need(1);
          bold = (bytes[i]! & 0x08) !== 0;
          height = bytes[i]! & 0x10 ? 2 : 1;
          width = bytes[i]! & 0x20 ? 2 : 1;
          i += 1;
          break;
        case 0x64: // ESC d n feed n lines
          need(1);
          flush(false);
          items.push({ kind: 'feed', lines: bytes[i]! });
          i += 1;
          break;
        case 0x4a: // ESC J n feed n dots
        case 0x2d: // ESC - n underline
        case 0x47: // ESC G n double strike
        case 0x4d: // ESC M n font
        case 0x52: // ESC R n international set
        case 0x74: // ESC t n code table
        case 0x33: // ESC 3 n line spacing
        case 0x20: // ESC SP n right spacing
          need(1);
          i += 1;
          break;
        case 0x32: // ESC 2 default line spacing
          break;
        case 0x70: // ESC p m t1 t2 drawer pulse
          need(3);
          i += 3;
          break;
        default:
          throw new EscPosDecodeError(`Unknown command ESC 0x${c.toString(16)}`, start);
      }
    } else if (b === FS) {
      need(2);
      const c = bytes[i + 1]!;
      i += 2;
      if (c === 0x26) chinese = true; // FS & Chinese mode
      else if (c === 0x2e) chinese = false; // FS . cancel Chinese mode
      else if (c === 0x21 || c === 0x2d || c === 0x57) {
        // FS ! / FS - / FS W: Chinese print mode, underline, quadruple size
        need(1);
        i += 1;
      } else throw new EscPosDecodeError(`Unknown command FS 0x${c.toString(16)}`, start);
    } else if (b === GS) {
      need(2);
      const c = bytes[i + 1]!;
      i += 2;
      if (c === 0x21) {
        // GS ! n character size
        need(1);
        width = (bytes[i]! >> 4) + 1;
        height = (bytes[i]! & 0x0f) + 1;
        i += 1;
      } else if (c === 0x56) {
        // GS V m [n] cut
        need(1);
        const m = bytes[i]!;
        i += 1;
        if (m === 65 || m === 66 || m === 97 || m === 98 || m === 103 || m === 104) {
          need(1);
          i += 1;
        }
        flush(false);
        items.push({ kind: 'cut', partial: m === 1 || m === 49 || m === 66 || m === 98 || m === 104 });
      } else if (c === 0x28 && bytes[i] === 0x6b) {
        // GS ( k pL pH cn fn … 2D codes
        need(3);
        const length = bytes[i + 1]! | (bytes[i + 2]! << 8);
        i += 3;
        need(length);
        const body = bytes.subarray(i, i + length);
        i += length;
        if (body[0] !== 0x31) continue; // not QR (PDF417 and others): skipped
        const fn = body[1];
        if (fn === 0x41) qr.model = body[2]! - 48;
        else if (fn === 0x43) qr.moduleSize = body[2]!;
        else if (fn === 0x45) qr.errorCorrection = EC_LEVELS[body[2] as 48 | 49 | 50 | 51] ?? 'L';
        else if (fn === 0x50) qr.data = Buffer.from(body.subarray(3));
        else if (fn === 0x51) {
          flush(false);
          items.push({ kind: 'qr', data: qr.data.toString('utf8'), model: qr.model, moduleSize: qr.moduleSize, errorCorrection: qr.errorCorrection, align });
        }
      } else if (c === 0x42 || c === 0x48 || c === 0x66 || c === 0x68 || c === 0x77) {
        // GS B / H / f / h / w: reverse, HRI position, HRI font, bar code height, bar code width
        need(1);
        i += 1;
      } else if (c === 0x4c || c === 0x57) {
        // GS L / GS W: left margin, print area width
        need(2);
        i += 2;
      } else throw new EscPosDecodeError(`Unknown command GS 0x${c.toString(16)}`, start);
    } else if (b < 0x20) {
      throw new EscPosDecodeError(`Unknown control byte 0x${b.toString(16)}`, start);
    } else {
      if (line.length === 0) lineStyle = { align, bold, width, height };
      // In Chinese mode a byte 0x81–0xFE starts a GB18030 character of 2 bytes, or 4 when the second is a digit.
      const n = chinese && b >= 0x81 && b <= 0xfe ? (bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39 ? 4 : 2) : 1;
      need(n);
      for (let k = 0; k < n; k++) line.push(bytes[i + k]!);
      i += n;
    }
  }
  flush(false);

  return {
    items,
    lines: items.flatMap((it) => (it.kind === 'text' ? [it.text] : [])),
    qrData: items.flatMap((it) => (it.kind === 'qr' ? [it.data] : [])),
    cut: items.some((it) => it.kind === 'cut'),
    initialised,
    endsInChineseMode: chinese,
  };
}
