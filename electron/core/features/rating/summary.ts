import type { RatingSummary } from '../../../../shared/features/rating/contract';
import { bucketOf } from '../../../../shared/features/rating/rules';
import type { HallDb } from '../../../../db/hall/open';
import { ratingsBetween, servedBetween, type RatingRow } from '../../../../db/hall/repositories/ratings';
import { toRecord } from './recording';

type Row = RatingSummary['total'];

function emptyRow(key: string, label: string): Row {
  return { key, label, served: 0, rated: 0, notRated: 0, good: 0, neutral: 0, bad: 0, ratingRate: null, satisfaction: null };
}

function count(row: Row, rating: RatingRow): void {
  if (!rating.level) {
    row.notRated += 1;
    return;
  }
  row.rated += 1;
  row[bucketOf(rating.level)] += 1;
}

function finish(row: Row): Row {
  return {
    ...row,
    ratingRate: row.served > 0 ? Math.round((row.rated / row.served) * 1000) / 1000 : null,
    satisfaction: row.rated > 0 ? Math.round((row.good / row.rated) * 1000) / 1000 : null,
  };
}

/** Rows keyed one way (window, clerk, matter, day), each with its served count and what its ratings say. */
function group(keyOf: (r: RatingRow) => Array<[string, string]>, ratings: readonly RatingRow[], served: ReadonlyArray<[string, string]>): Row[] {
  const rows = new Map<string, Row>();
  const rowOf = (key: string, label: string) => rows.get(key) ?? rows.set(key, emptyRow(key, label)).get(key)!;
  for (const [key, label] of served) rowOf(key, label).served += 1;
  for (const rating of ratings) for (const [key, label] of keyOf(rating)) count(rowOf(key, label), rating);
  return [...rows.values()].map(finish).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/**
 * Satisfaction (good ÷ rated) and the rating rate (rated ÷ served) by window, clerk, matter and day. Served is
 * a finished ticket, or for a matter a case taken in; “not rated” records count neither as rated nor as good.
 */
export function summarizeRatings(db: HallDb, from: string, to: string): RatingSummary {
  const ratings = ratingsBetween(db, from, to);
  const { tickets, matters } = servedBetween(db, from, to);
  const total = emptyRow('all', '合计');
  total.served = tickets.length;
  for (const rating of ratings) count(total, rating);
  const matterServed = matters.flatMap((m) => Array.from({ length: m.cases }, () => [m.name, m.name] as [string, string]));
  return {
    from,
    to,
    total: finish(total),
    byWindow: group((r) => [[r.windowId, r.windowName]], ratings, tickets.filter((t) => t.windowId).map((t) => [t.windowId!, t.windowName ?? ''])),
    byClerk: group((r) => [[r.staffId, `${r.clerkName}（${r.jobNumber}）`]], ratings, []).map((row) => ({
      ...row,
      served: tickets.filter((t) => t.staffId === row.key).length,
    })).map(finish),
    byMatter: group((r) => r.matterNames.map((name) => [name, name] as [string, string]), ratings, matterServed),
    byDay: group((r) => [[r.ratedDay, r.ratedDay]], ratings, tickets.map((t) => [t.day, t.day])),
    anomalies: ratings.filter((r) => r.anomalies.length > 0).map(toRecord),
  };
}
