import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../domain/calendar';
import { CALENDAR_2026 } from '../../domain/calendar-2026';
import { LEVEL_CODES, LEVELS } from './contract';
import { anomaliesOf, bucketOf, followUpDeadlines, isFollowUpOverdue, ratingProblem, requestExpired } from './rules';

describe('rating rules', () => {
  it('bucket the five levels as DOMAIN §6 does, and map both numeric orders in reverse of each other', () => {
    expect(LEVELS.map(bucketOf)).toEqual(['good', 'good', 'neutral', 'bad', 'bad']);
    expect(LEVELS.map((l) => LEVEL_CODES.gbt39046[l])).toEqual([1, 2, 3, 4, 5]);
    expect(LEVELS.map((l) => LEVEL_CODES.provincial[l])).toEqual([5, 4, 3, 2, 1]);
  });

  it('require a reason or a text for a bad rating only', () => {
    expect(ratingProblem('dissatisfied', [], '  ')).toBe('请至少选择一项不满意的原因，或填写意见');
    expect(ratingProblem('veryDissatisfied', [], '')).not.toBeNull();
    expect(ratingProblem('dissatisfied', ['attitude'], '')).toBeNull();
    expect(ratingProblem('veryDissatisfied', [], '等了很久')).toBeNull();
    expect(ratingProblem('basic', [], '')).toBeNull();
  });

  it('flag top ratings seconds apart and ratings while paused', () => {
    const base = { at: 100_000, windowPaused: false, burstSeconds: 15 };
    expect(anomaliesOf({ ...base, level: 'verySatisfied', previousTopAt: 90_000 })).toEqual(['burst']);
    expect(anomaliesOf({ ...base, level: 'verySatisfied', previousTopAt: 85_000 })).toEqual([]);
    expect(anomaliesOf({ ...base, level: 'satisfied', previousTopAt: 99_000 })).toEqual([]);
    expect(anomaliesOf({ ...base, level: 'verySatisfied', previousTopAt: null, windowPaused: true })).toEqual(['whilePaused']);
    expect(anomaliesOf({ ...base, level: null, previousTopAt: 99_000, windowPaused: true })).toEqual([]);
  });

  it('count follow-up deadlines in working days and tell when an item is overdue', () => {
    const calendar = makeCalendar(CALENDAR_2026);
    // Wednesday 2026-09-30, before National Day: the next working day is 10-08; Saturday 10-10 is a make-up day.
    expect(followUpDeadlines(calendar, '2026-09-30', 1, 15)).toEqual({ followUpDue: '2026-10-08', rectifyDue: '2026-10-27' });
    const item = { followUpDue: '2026-11-24', rectifyDue: '2026-12-14', followedUpAt: null, closedAt: null };
    expect(isFollowUpOverdue(item, '2026-11-24')).toBe(false);
    expect(isFollowUpOverdue(item, '2026-11-25')).toBe(true);
    expect(isFollowUpOverdue({ ...item, followedUpAt: 1 }, '2026-11-25')).toBe(false);
    expect(isFollowUpOverdue({ ...item, followedUpAt: 1 }, '2026-12-15')).toBe(true);
    expect(isFollowUpOverdue({ ...item, closedAt: 1 }, '2026-12-15')).toBe(false);
  });

  it('expire a request a grace period after its time-out', () => {
    expect(requestExpired({ requestedAt: 0, timeoutSeconds: 60 }, 70_000)).toBe(false);
    expect(requestExpired({ requestedAt: 0, timeoutSeconds: 60 }, 70_001)).toBe(true);
  });
});
