import type { HallClient } from '../../../../shared/api/contract';
import type { RatingRequest } from '../../../../shared/features/rating/contract';
import { sampleSubmission } from '../../../../shared/features/intake/sample';
import { keypadRatings } from '../../features/rating/keypad-ratings';
import { createRatingService } from '../../features/rating/service';
import { createTestHall, type TestHall } from '../../test-hall';
import type { KeypadRatings } from './session';

/** A real test hall with clerk 1001 signed in at window 1, and the keypad's view of its ratings. */
export interface KeypadHall {
  t: TestHall;
  clerk: HallClient;
  windowId: string;
  ratings: KeypadRatings;
  /** Serves a ticket at the clerk's window (default window 1), then starts its reception rating. */
  requestRating(at?: HallClient): Promise<RatingRequest>;
  /** Takes in a case from a person (so its rating is real-name), then starts its intake rating. */
  requestCaseRating(): Promise<RatingRequest>;
  ratingRows(): { level: string | null; reasons: string; channel: string | null; notRatedReason: string | null; deviceId: string }[];
  followUpCount(): number;
}

export async function keypadHall(): Promise<KeypadHall> {
  const t = await createTestHall();
  const clerk = t.as(t.hall.hostDevice, await t.signIn('1001', 1));
  const windowId = (await t.host.hall.windows({})).find((w) => w.number === 1)!.id;
  const sql = t.hall.store.sqlite;
  return {
    t,
    clerk,
    windowId,
    ratings: keypadRatings(t.hall.deps, createRatingService(t.hall.deps)),
    async requestRating(at = clerk) {
      const queueId = (await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.id;
      await t.host.queue.issueTicket({ queueId });
      await at.queue.callNext({});
      await at.queue.start({});
      t.clock.advance(60_000);
      await at.queue.finish({});
      return at.rating.request({ step: 'reception', caseId: null });
    },
    async requestCaseRating() {
      const catalog = (await clerk.catalog.current({}))!;
      const c = await clerk.intake.submit({
        ...sampleSubmission(catalog),
        applicant: { kind: 'person', name: '张伟', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null },
      });
      return clerk.rating.request({ step: 'intake', caseId: c.id });
    },
    ratingRows: () =>
      sql.prepare('SELECT level, reasons, channel, not_rated_reason AS notRatedReason, device_id AS deviceId FROM rating ORDER BY rowid').all() as ReturnType<
        KeypadHall['ratingRows']
      >,
    followUpCount: () => (sql.prepare('SELECT count(*) AS n FROM rating_follow_up').get() as { n: number }).n,
  };
}
