import { describe, expect, it } from 'vitest';
import { LEVEL_CODES } from '../../../../shared/features/rating/contract';
import { ratingsCsv, type ExportedRating } from './csv';
import { badRating } from './fixtures';

const exported = (extra: Partial<ExportedRating> = {}): ExportedRating => ({
  ...badRating(),
  codeGbt39046: LEVEL_CODES.gbt39046.veryDissatisfied,
  codeProvincial: LEVEL_CODES.provincial.veryDissatisfied,
  ...extra,
});

const rows = (csv: string) => csv.slice(1).trimEnd().split('\r\n');

describe('the ratings CSV', () => {
  it('starts with a UTF-8 byte-order mark and carries the level as text and both numeric codes', () => {
    const csv = ratingsCsv([
      exported(),
      exported({ level: 'verySatisfied', reasons: [], codeGbt39046: 1, codeProvincial: 5, raterMasked: null, realName: false }),
      exported({ level: null, notRatedReason: 'timeout', reasons: [], codeGbt39046: null, codeProvincial: null }),
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [heading, bad, top, none] = rows(csv).map((line) => line.split(','));
    const at = (name: string) => heading!.findIndex((h) => h.startsWith(name));
    expect(heading![at('等级代码（GB/T')]).toBe('等级代码（GB/T 39046，1=非常满意）');
    expect(heading![at('等级代码（省级')]).toBe('等级代码（省级接口，1=非常不满意）');
    expect([bad![at('评价等级')], bad![at('等级代码（GB/T')], bad![at('等级代码（省级')]]).toEqual(['非常不满意', '5', '1']);
    expect([top![at('评价等级')], top![at('等级代码（GB/T')], top![at('等级代码（省级')]]).toEqual(['非常满意', '1', '5']);
    expect([none![at('评价等级')], none![at('等级代码（GB/T')], none![at('未评价原因')]]).toEqual(['', '', '超时未评价']);
    expect([bad![at('评价时间')], bad![at('差评原因')], bad![at('评价人')], bad![at('是否实名')]]).toEqual(['2026-11-23 09:05:00', '服务态度', '张*（1101**********002X）', '是']);
  });

  it('quotes what the applicant typed and keeps a formula as text', () => {
    const csv = ratingsCsv([exported({ text: '等了"很久",\n态度差' }), exported({ text: '=HYPERLINK("x")' })]);
    expect(csv).toContain('"等了""很久"",\n态度差"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(rows(csv)).toHaveLength(3);
  });
});
