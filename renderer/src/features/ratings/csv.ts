import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { HallContract } from '../../../../shared/api/contract';
import type { OutputOf } from '../../../../shared/api/define';
import { ANOMALY_LABELS, CHANNEL_LABELS, FOLLOW_UP_RATING, LEVEL_LABELS, NOT_RATED_LABELS, REASON_LABELS, STEP_LABELS } from './labels';

export type ExportedRating = OutputOf<HallContract, 'rating.export'>[number];

/** A moment as the hall writes it, in the tables and the export alike. */
export const when = (at: number) => `${hallDay(at)} ${hallTime(at)}`;

/** One column: its heading and its cell. Both numeric orders travel, since each target reads a different one (DOMAIN §6). */
const COLUMNS: Array<[string, (r: ExportedRating) => string | number | null]> = [
  ['评价时间', (r) => when(r.ratedAt)],
  ['办件编号', (r) => r.caseNumber],
  ['办理事项', (r) => r.matterNames.join('、')],
  ['实施部门', (r) => r.departments.join('、')],
  ['窗口', (r) => r.windowName],
  ['工作人员', (r) => r.clerk.name],
  ['工号', (r) => r.clerk.jobNumber],
  ['办理环节', (r) => STEP_LABELS[r.step]],
  ['评价次序', (r) => (r.ratingNo === 2 ? FOLLOW_UP_RATING : '首评')],
  ['评价渠道', (r) => (r.channel ? CHANNEL_LABELS[r.channel] : null)],
  ['评价等级', (r) => (r.level ? LEVEL_LABELS[r.level] : null)],
  ['等级代码（GB/T 39046，1=非常满意）', (r) => r.codeGbt39046],
  ['等级代码（省级接口，1=非常不满意）', (r) => r.codeProvincial],
  ['未评价原因', (r) => (r.notRatedReason ? NOT_RATED_LABELS[r.notRatedReason] : null)],
  ['差评原因', (r) => r.reasons.map((x) => REASON_LABELS[x]).join('、')],
  ['评价内容', (r) => r.text],
  ['评价人', (r) => r.raterMasked],
  ['是否实名', (r) => (r.realName ? '是' : '否')],
  ['评价设备', (r) => r.deviceId],
  ['异常提示', (r) => r.anomalies.map((a) => ANOMALY_LABELS[a]).join('、')],
];

/**
 * A cell as Excel reads it: quoted when it holds a comma, quote or line break, and text an applicant typed that
 * starts like a formula (`=`, `+`, `-`, `@`) kept as text, so opening the file never runs it.
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The export as CSV: UTF-8 with a byte-order mark (without it Excel on Chinese Windows reads GBK) and CRLF lines. */
export function ratingsCsv(records: readonly ExportedRating[]): string {
  const lines = [COLUMNS.map(([heading]) => cell(heading)), ...records.map((r) => COLUMNS.map(([, value]) => cell(value(r))))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** Hands the file to the browser (or Electron) to save. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its copy once the click is handled; the URL only has to outlive that.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
