import { describe, expect, it } from 'vitest';
import {
  PrintDocumentSchema,
  cut,
  displayWidth,
  documentLines,
  feed,
  pair,
  pairLines,
  qr,
  rule,
  text,
  unmaskedIdNumbers,
  type PrintDocument,
} from './document';

describe('print document model', () => {
  it('builders make plain data that the schema accepts', () => {
    const doc: PrintDocument = {
      blocks: [text('云溪县政务服务中心', { align: 'center', bold: true }), pair('领取人', '张*'), qr('T-1'), rule(), feed(2), cut()],
    };
    expect(PrintDocumentSchema.parse(doc)).toEqual(doc);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('refuses control characters that a printer would read as commands', () => {
    const bad = { blocks: [text('A\u001b@B')] };
    expect(PrintDocumentSchema.safeParse(bad).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [pair('a\nb', 'c')] }).success).toBe(false);
    // A line break inside a text block is allowed: it starts a new line.
    expect(PrintDocumentSchema.safeParse({ blocks: [text('一\n二')] }).success).toBe(true);
  });

  it('refuses out-of-range sizes, feeds and QR module sizes', () => {
    expect(PrintDocumentSchema.safeParse({ blocks: [{ kind: 'text', text: 'x', size: 4 }] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [feed(256)] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [qr('x', 17)] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [qr('')] }).success).toBe(false);
    expect(PrintDocumentSchema.safeParse({ blocks: [qr('x'.repeat(2332))] }).success).toBe(false);
  });

  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('A001')).toBe(4);
    expect(displayWidth('前方等待 3 人')).toBe(13);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('lays a pair out on one padded line, or two when it does not fit', () => {
    expect(pairLines(pair('领取人', '张*'), 16)).toEqual(['领取人       张*']);
    expect(displayWidth(pairLines(pair('领取人', '张*'), 16)[0]!)).toBe(16);
    expect(pairLines(pair('事项名称', '建设工程规划许可证'), 20)).toEqual(['事项名称', '  建设工程规划许可证']);
  });

  it('lists the printed lines', () => {
    const doc = { blocks: [text('一\n二'), rule(), qr('Q'), feed(1), cut()] };
    expect(documentLines(doc, 8)).toEqual(['一', '二', '--------', '[QR:Q]', '', '[CUT]']);
  });

  describe('unmaskedIdNumbers', () => {
    it('finds a resident ID left in clear, in text, pairs and QR data', () => {
      expect(unmaskedIdNumbers({ blocks: [text('身份证 11010519491231002X')] })).toEqual(['11010519491231002X']);
      expect(unmaskedIdNumbers({ blocks: [pair('身份证', '11010519491231002x')] })).toEqual(['11010519491231002x']);
      expect(unmaskedIdNumbers({ blocks: [qr('id=11010519491231002X')] })).toEqual(['11010519491231002X']);
      // A mistyped check character is still somebody's ID number.
      expect(unmaskedIdNumbers({ blocks: [text('110105194912310021')] })).toHaveLength(1);
      // 15-digit legacy numbers too.
      expect(unmaskedIdNumbers({ blocks: [text('110105491231002')] })).toHaveLength(1);
    });

    it('leaves masked IDs, case numbers, credit codes and phone numbers alone', () => {
      const doc = {
        blocks: [
          text('身份证 1101**********002X'),
          text('办件编号 11010520261123010042'),
          text('统一社会信用代码 91350100M000100Y43'),
          text('咨询电话 0571-12345678 13812345678'),
          qr('01930000-0000-7000-8000-00000000000a'),
        ],
      };
      expect(unmaskedIdNumbers(doc)).toEqual([]);
    });
  });
});
