import iconv from 'iconv-lite';
import { HallError } from '../../../../shared/api/errors';
import {
  PAPER_COLUMNS,
  PrintDocumentSchema,
  QR_DEFAULT_MODULE_SIZE,
  pairLines,
  ruleLine,
  unmaskedIdNumbers,
  type Align,
  type PrintDocument,
  type TextSize,
} from '../../../../shared/print/document';
import { PRINT_ERRORS } from '../../../../shared/print/target';

/**
 * ESC/POS bytes of a printable document, for Chinese receipt printers (58 mm and 80 mm).
 *
 * The stream: `ESC @` (initialise), `FS &` (Chinese mode: bytes ≥ 0x81 start a GB18030 character), the blocks,
 * then `FS .` (leave Chinese mode, so the printer is back in its single-byte default for whatever comes next).
 * Text is encoded as GB18030, which covers every Chinese character a name or address may hold (GB2312, which
 * many libraries use, lacks rare name characters). Style commands are sent only when the style changes; after
 * `ESC @` the printer is left-aligned, not bold, size 1.
 *
 * | block | bytes |
 * |---|---|
 * | text | `ESC a n` align, `ESC E n` bold, `GS ! n` size (as needed), GB18030 text, `LF` per line |
 * | pair | as text, size 1, left-aligned, padded to `columns` |
 * | rule | size 1, not bold, `-` × `columns`, `LF` |
 * | qr | `ESC a n` align, then `GS ( k`: model 2, module size, error correction M, store data, print |
 * | feed | `ESC d n` |
 * | cut | `GS V 66 0`: feed to the cutter and partial cut |
 *
 * Throws `HallError` `printer/invalid-document` for a document outside the model (control characters would be
 * read as commands), and `printer/unmasked-id` when it carries a resident ID number in clear.
 */
export interface EscPosOptions {
  /** Characters per line of Font A: 32 for 58 mm paper (default), 48 for 80 mm. */
  columns?: number;
}

export const ESC = 0x1b;
export const FS = 0x1c;
export const GS = 0x1d;
export const LF = 0x0a;

const ALIGN_CODE: Record<Align, number> = { left: 0, center: 1, right: 2 };

export function encodeEscPos(doc: PrintDocument, options: EscPosOptions = {}): Buffer {
  const columns = options.columns ?? PAPER_COLUMNS[58];
  if (!Number.isInteger(columns) || columns < 8 || columns > 255) {
    throw new HallError(PRINT_ERRORS.invalidDocument, `Columns must be a whole number from 8 to 255, got ${columns}`);
  }
  const parsed = PrintDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HallError(PRINT_ERRORS.invalidDocument, `The document cannot be printed: ${issue?.path.join('.')} ${issue?.message}`);
  }
  if (unmaskedIdNumbers(doc).length > 0) {
    // The number itself stays out of the message: messages reach logs.
    throw new HallError(PRINT_ERRORS.unmaskedId, 'The document carries a resident ID number in clear; mask it before printing');
  }

  const out = new ByteWriter();
  let align: Align = 'left';
  let bold = false;
  let size: TextSize = 1;
  const setAlign = (next: Align) => {
    // ESC a n — select justification (0 left, 1 centre, 2 right); applies from the start of a line.
    if (next !== align) out.bytes(ESC, 0x61, ALIGN_CODE[next]);
    align = next;
  };
  const setBold = (next: boolean) => {
    // ESC E n — emphasised (bold) mode on (1) / off (0).
    if (next !== bold) out.bytes(ESC, 0x45, next ? 1 : 0);
    bold = next;
  };
  const setSize = (next: TextSize) => {
    // GS ! n — character size: bits 4–6 width multiplier − 1, bits 0–2 height multiplier − 1.
    if (next !== size) out.bytes(GS, 0x21, ((next - 1) << 4) | (next - 1));
    size = next;
  };
  const line = (s: string) => {
    out.buffer(iconv.encode(s, 'GB18030'));
    // LF — print the line buffer and feed one line.
    out.bytes(LF);
  };

  // ESC @ — initialise the printer: clears the buffer and resets every mode set by an earlier job.
  out.bytes(ESC, 0x40);
  // FS & — select Chinese (Kanji) character mode: a byte ≥ 0x81 starts a double-byte (or GB18030 four-byte) character.
  out.bytes(FS, 0x26);

  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text':
        setAlign(block.align ?? 'left');
        setBold(block.bold ?? false);
        setSize(block.size ?? 1);
        for (const l of block.text.split('\n')) line(l);
        break;
      case 'pair':
        setAlign('left');
        setBold(block.bold ?? false);
        setSize(1);
        for (const l of pairLines(block, columns)) line(l);
        break;
      case 'rule':
        setBold(false);
        setSize(1);
        line(ruleLine(columns));
        break;
      case 'qr':
        setAlign(block.align ?? 'center');
        out.buffer(qrCode(block.data, block.size ?? QR_DEFAULT_MODULE_SIZE));
        break;
      case 'feed':
        // ESC d n — print the buffer and feed n lines.
        if (block.lines > 0) out.bytes(ESC, 0x64, block.lines);
        break;
      case 'cut':
        // GS V 66 n — feed the paper to the cutting position (+ n × motion units) and cut, leaving one point uncut.
        out.bytes(GS, 0x56, 66, 0);
        break;
    }
  }

  // FS . — cancel Chinese (Kanji) character mode.
  out.bytes(FS, 0x2e);
  return out.toBuffer();
}

/** The `GS ( k` function sequence (cn = 49, QR Code) that stores `data` and prints it. */
export function qrCode(data: string, moduleSize: number): Buffer {
  const payload = Buffer.from(data, 'utf8');
  const storeLength = payload.length + 3;
  return Buffer.concat([
    // GS ( k <fn 165> — select the model: n1 = 50 (model 2), n2 = 0.
    Buffer.from([GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00]),
    // GS ( k <fn 167> — module size in dots (1–16).
    Buffer.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, moduleSize]),
    // GS ( k <fn 169> — error correction level: 48 L, 49 M, 50 Q, 51 H. M restores 15 %.
    Buffer.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31]),
    // GS ( k <fn 180> — store the data in the symbol area: pL pH = data length + 3, then 49 80 48 and the data.
    Buffer.from([GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30]),
    payload,
    // GS ( k <fn 181> — print the symbol stored in the symbol area.
    Buffer.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30]),
  ]);
}

class ByteWriter {
  private readonly parts: Buffer[] = [];
  bytes(...values: number[]): void {
    this.parts.push(Buffer.from(values));
  }
  buffer(b: Buffer): void {
    this.parts.push(b);
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}
