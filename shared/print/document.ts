import { z } from 'zod';

/**
 * A printable document: plain data, printed top to bottom on a receipt printer.
 *
 * The same document feeds every output: `encodeEscPos` (electron/core/devices/printer/escpos.ts) turns it into the
 * printer's bytes, and `PrintPreview` (renderer/src/features/print) draws it as an HTML receipt. Queue tickets are
 * built by `ticketDocument` (./ticket.ts); the pickup window's receipts are built the same way from these blocks.
 *
 * Widths are counted in printer columns: an ASCII character takes one column, a Chinese (double-byte) character
 * two, and a text block of size n takes n times as many. A 58 mm printer has 32 columns, an 80 mm one 48.
 *
 * Never put personal data in a document unmasked (DOMAIN §8): mask with `shared/domain/masking.ts` first.
 * `unmaskedIdNumbers` finds resident ID numbers left in clear; the ESC/POS encoder refuses such a document.
 */

export type Align = 'left' | 'center' | 'right';
/** Width and height multiplier of a text block. */
export type TextSize = 1 | 2 | 3;

/** One or more lines of text (`\n` separates lines; no other control characters). */
export interface TextBlock {
  kind: 'text';
  text: string;
  /** Default `left`. */
  align?: Align;
  /** Default 1. */
  size?: TextSize;
  /** Default false. */
  bold?: boolean;
}

/** A label on the left and a value on the right of the same line (receipts: `领取时间      2026-11-23 09:05`). */
export interface PairBlock {
  kind: 'pair';
  left: string;
  right: string;
  bold?: boolean;
}

/** A QR code of `data` (UTF-8, byte mode, error correction M). */
export interface QrBlock {
  kind: 'qr';
  data: string;
  /** Module size in printer dots, 1–16. Default `QR_DEFAULT_MODULE_SIZE`. */
  size?: number;
  /** Default `center`. */
  align?: Align;
}

/** A dashed line across the paper. */
export interface RuleBlock {
  kind: 'rule';
}

/** Blank paper, in text lines. */
export interface FeedBlock {
  kind: 'feed';
  lines: number;
}

/** Feed to the cutter and cut (partial cut, leaving a hinge). */
export interface CutBlock {
  kind: 'cut';
}

export type PrintBlock = TextBlock | PairBlock | QrBlock | RuleBlock | FeedBlock | CutBlock;

export interface PrintDocument {
  blocks: PrintBlock[];
}

export const QR_DEFAULT_MODULE_SIZE = 6;
/** Bytes a model 2 QR code holds at error correction M (version 40, byte mode). */
export const QR_MAX_BYTES = 2331;
export const MAX_FEED_LINES = 255;

// ── Schema: the same shape, checked, for documents that cross the API contract or come from stored config ──

/** Control characters would be read by the printer as commands: refused (a line break only in text blocks). */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const NO_CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f]/;

const lineText = z.string().max(1000).refine((s) => !NO_CONTROL_OR_NEWLINE.test(s), 'no control characters');
const AlignSchema = z.enum(['left', 'center', 'right']);

export const PrintBlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string().max(4000).refine((s) => !CONTROL.test(s), 'no control characters other than line breaks'),
    align: AlignSchema.optional(),
    size: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    bold: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('pair'), left: lineText, right: lineText, bold: z.boolean().optional() }),
  z.object({
    kind: z.literal('qr'),
    data: z.string().min(1).refine((s) => utf8Length(s) <= QR_MAX_BYTES, `at most ${QR_MAX_BYTES} bytes`),
    size: z.number().int().min(1).max(16).optional(),
    align: AlignSchema.optional(),
  }),
  z.object({ kind: z.literal('rule') }),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(0).max(MAX_FEED_LINES) }),
  z.object({ kind: z.literal('cut') }),
]);

export const PrintDocumentSchema = z.object({ blocks: z.array(PrintBlockSchema).max(500) });

// Compile-time check that the schema and the interfaces describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatches: Same<z.infer<typeof PrintDocumentSchema>, PrintDocument> = true;

// ── Builders, so documents read like the paper ──

export const text = (value: string, style: Omit<TextBlock, 'kind' | 'text'> = {}): TextBlock => ({ kind: 'text', text: value, ...style });
export const pair = (left: string, right: string, bold?: boolean): PairBlock =>
  bold === undefined ? { kind: 'pair', left, right } : { kind: 'pair', left, right, bold };
export const qr = (data: string, size?: number): QrBlock => (size === undefined ? { kind: 'qr', data } : { kind: 'qr', data, size });
export const rule = (): RuleBlock => ({ kind: 'rule' });
export const feed = (lines: number): FeedBlock => ({ kind: 'feed', lines });
export const cut = (): CutBlock => ({ kind: 'cut' });

// ── Layout helpers shared by the encoder and the preview ──

/** Printer columns per paper width (Font A, 12×24 dots). */
export const PAPER_COLUMNS = { 58: 32, 80: 48 } as const;
export type PaperWidth = keyof typeof PAPER_COLUMNS;

/** Columns a string takes at size 1: one per ASCII (and other single-width) character, two per Chinese one. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** Characters GB18030 prints in double width: everything outside ASCII and the half-width forms. */
function isWide(cp: number): boolean {
  if (cp < 0x80) return false;
  if (cp >= 0xff61 && cp <= 0xff9f) return false; // half-width katakana
  return true;
}

/** The text of a pair block laid out on `columns`: one padded line, or two when both sides do not fit. */
export function pairLines(block: PairBlock, columns: number): string[] {
  const gap = columns - displayWidth(block.left) - displayWidth(block.right);
  if (gap >= 1) return [block.left + ' '.repeat(gap) + block.right];
  const pad = Math.max(0, columns - displayWidth(block.right));
  return [block.left, ' '.repeat(pad) + block.right];
}

/** The dashed line of a rule block. */
export function ruleLine(columns: number): string {
  return '-'.repeat(columns);
}

/**
 * The document's text as printed lines (no styling), QR codes as `[QR:data]`, cuts as `[CUT]`. For logs of what
 * was printed (the document holds no unmasked personal data), tests and plain-text fallbacks.
 */
export function documentLines(doc: PrintDocument, columns: number = PAPER_COLUMNS[58]): string[] {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text':
        lines.push(...block.text.split('\n'));
        break;
      case 'pair':
        lines.push(...pairLines(block, columns));
        break;
      case 'qr':
        lines.push(`[QR:${block.data}]`);
        break;
      case 'rule':
        lines.push(ruleLine(columns));
        break;
      case 'feed':
        for (let i = 0; i < block.lines; i++) lines.push('');
        break;
      case 'cut':
        lines.push('[CUT]');
        break;
    }
  }
  return lines;
}

// ── Personal data guard ──

/** A standalone 18-character resident ID (17 digits + digit/X) or a 15-digit legacy one. */
const ID_CANDIDATE = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);

/**
 * Resident ID numbers left in clear in the document's text and QR data. A candidate counts when its province code
 * and birth date are plausible, whatever its check character (a mistyped ID is still personal data); a case
 * number (20 digits) or a credit code with letters does not match.
 */
export function unmaskedIdNumbers(doc: PrintDocument): string[] {
  const found: string[] = [];
  const scan = (s: string) => {
    for (const match of s.matchAll(ID_CANDIDATE)) if (looksLikeResidentId(match[1]!)) found.push(match[1]!);
  };
  for (const block of doc.blocks) {
    if (block.kind === 'text') scan(block.text);
    else if (block.kind === 'pair') scan(`${block.left} ${block.right}`);
    else if (block.kind === 'qr') scan(block.data);
  }
  return found;
}

function looksLikeResidentId(id: string): boolean {
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  const birth = id.length === 18 ? id.slice(6, 14) : `19${id.slice(6, 12)}`;
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}
