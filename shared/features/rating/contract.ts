import { z } from 'zod';
import { event, feature, method } from '../../api/define';
import { epochMs, isoDay, plainText } from '../../domain/text';
import { ClerkOnDuty } from '../staff/contract';

/**
 * 好差评 at the window (DOMAIN §6). The clerk's screen may only *start* a rating; the pad or a button keypad
 * submits it. A request is stored before the pad shows it and its result the moment it arrives, so a power cut
 * neither loses nor duplicates a rating: each request ends in exactly one record, rated or not rated.
 */

/** Stored as text, best first; exports map to numeric codes per target (`LEVEL_CODES`). */
export const LEVELS = ['verySatisfied', 'satisfied', 'basic', 'dissatisfied', 'veryDissatisfied'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const BAD_LEVELS: readonly Level[] = ['dissatisfied', 'veryDissatisfied'];

/** GB/T 39046 numbers 1 = 非常满意; most provincial interfaces number 1 = 非常不满意. */
export const LEVEL_CODES = {
  gbt39046: { verySatisfied: 1, satisfied: 2, basic: 3, dissatisfied: 4, veryDissatisfied: 5 },
  provincial: { verySatisfied: 5, satisfied: 4, basic: 3, dissatisfied: 2, veryDissatisfied: 1 },
} as const satisfies Record<string, Record<Level, number>>;

export const STEPS = ['reception', 'intake', 'completion', 'pickup'] as const;
export const Step = z.enum(STEPS);
export type Step = z.infer<typeof Step>;

export const REASONS = ['efficiency', 'serviceLevel', 'attitude', 'environment', 'process', 'other'] as const;
export const Reason = z.enum(REASONS);
export type Reason = z.infer<typeof Reason>;

export const CHANNELS = ['pad', 'keypad', 'qr'] as const;
export const Channel = z.enum(CHANNELS);

export const NOT_RATED_REASONS = ['timeout', 'declined', 'interrupted', 'cancelled'] as const;
export const NotRatedReason = z.enum(NOT_RATED_REASONS);
export type NotRatedReason = z.infer<typeof NotRatedReason>;

export const ANOMALIES = ['burst', 'whilePaused'] as const;
export const Anomaly = z.enum(ANOMALIES);
export type Anomaly = z.infer<typeof Anomaly>;

/** What the pad shows while a request is open. */
export const RatingRequest = z.object({
  id: z.string(),
  windowId: z.string(),
  windowName: z.string(),
  clerk: ClerkOnDuty,
  step: Step,
  /** 1 first rating, 2 追评. */
  ratingNo: z.union([z.literal(1), z.literal(2)]),
  caseNumber: z.string().nullable(),
  matterNames: z.array(z.string()),
  ticketNumber: z.string().nullable(),
  requestedAt: epochMs,
  /** The pad gives up and records “not rated” after this many seconds. */
  timeoutSeconds: z.number().int().positive(),
});
export type RatingRequest = z.infer<typeof RatingRequest>;

export const RatingRecord = z.object({
  id: z.string(),
  requestId: z.string(),
  caseNumber: z.string().nullable(),
  matterNames: z.array(z.string()),
  departments: z.array(z.string()),
  windowName: z.string(),
  clerk: z.object({ name: z.string(), jobNumber: z.string() }),
  channel: Channel.nullable(),
  step: Step,
  level: Level.nullable(),
  notRatedReason: NotRatedReason.nullable(),
  reasons: z.array(Reason),
  text: z.string(),
  /** The rater as the case knows them, masked for display; real-name when the case names the applicant. */
  raterMasked: z.string().nullable(),
  realName: z.boolean(),
  ratedAt: epochMs,
  ratingNo: z.number().int(),
  deviceId: z.string(),
  anomalies: z.array(Anomaly),
});
export type RatingRecord = z.infer<typeof RatingRecord>;

export const VERDICTS = ['true', 'partlyTrue', 'untrue', 'appealed'] as const;
export const Verdict = z.enum(VERDICTS);

export const FollowUp = z.object({
  id: z.string(),
  rating: RatingRecord,
  followUpDue: isoDay,
  rectifyDue: isoDay,
  verdict: Verdict.nullable(),
  measure: z.string(),
  feedback: z.string(),
  followUpResult: z.string(),
  appeal: z.string(),
  followedUpAt: epochMs.nullable(),
  closedAt: epochMs.nullable(),
  /** Past the follow-up deadline without a follow-up, or past the rectification deadline while open. */
  overdue: z.boolean(),
});
export type FollowUp = z.infer<typeof FollowUp>;

const SatisfactionRow = z.object({
  key: z.string(),
  label: z.string(),
  served: z.number().int(),
  rated: z.number().int(),
  notRated: z.number().int(),
  good: z.number().int(),
  neutral: z.number().int(),
  bad: z.number().int(),
  /** rated ÷ served; null when nobody was served. */
  ratingRate: z.number().nullable(),
  /** good ÷ rated; null when nothing was rated. */
  satisfaction: z.number().nullable(),
});

export const RatingSummary = z.object({
  from: isoDay,
  to: isoDay,
  total: SatisfactionRow,
  byWindow: z.array(SatisfactionRow),
  byClerk: z.array(SatisfactionRow),
  byMatter: z.array(SatisfactionRow),
  byDay: z.array(SatisfactionRow),
  anomalies: z.array(RatingRecord),
});
export type RatingSummary = z.infer<typeof RatingSummary>;

const note = (label: string) => z.string().trim().max(500, `${label}不能超过500个字`).refine((s) => !/[<>]/.test(s), `${label}不能包含 < > 等标记字符`);

const submission = z.object({
  requestId: z.string().uuid(),
  level: Level,
  reasons: z.array(Reason).max(REASONS.length),
  text: note('评价内容'),
});

export const ratingFeature = feature({
  methods: {
    request: method({
      summary: 'Start a rating of the current service at this window; the window’s pad shows it. The clerk never picks a level.',
      input: z.object({
        /** Null: the host decides — 受理 for a case taken in from the ticket just served, 出件 at a pickup window, else 接件. */
        step: Step.nullable(),
        /** Null: the case taken in from the ticket just served at this window, or else that ticket itself. */
        caseId: z.string().uuid().nullable(),
        /** 追评: a second rating of a case and step that already has its first. */
        followUp: z.boolean().default(false),
      }),
      output: RatingRequest,
      devices: ['host', 'window'],
      staff: ['clerk', 'pickup', 'supervisor'],
    }),
    cancel: method({
      summary: 'Withdraw this window’s open request (recorded as not rated, cancelled).',
      input: z.object({}),
      output: z.object({ ok: z.literal(true) }),
      devices: ['host', 'window'],
      staff: ['clerk', 'pickup', 'supervisor'],
    }),
    open: method({
      summary: 'The open request of a window, if any: what its pad should be showing.',
      input: z.object({ windowId: z.string().uuid() }),
      output: RatingRequest.nullable(),
      devices: ['host', 'pad', 'window'],
    }),
    submit: method({
      summary: 'The applicant’s rating from the pad (never with a staff session). Repeating it after a lost answer returns the same record.',
      input: submission,
      output: RatingRecord,
      devices: ['host', 'pad'],
    }),
    notRated: method({
      summary: 'The pad timed out or the applicant declined: the request ends as “not rated” with the reason.',
      input: z.object({ requestId: z.string().uuid(), reason: z.enum(['timeout', 'declined']) }),
      output: RatingRecord,
      devices: ['host', 'pad'],
    }),
    summary: method({
      summary: 'Satisfaction by window, clerk, matter and day; the rating rate; anomalies.',
      input: z.object({ from: isoDay, to: isoDay }),
      output: RatingSummary,
      devices: ['host', 'window'],
      staff: ['supervisor', 'admin'],
    }),
    followUps: method({
      summary: 'Follow-up items of bad ratings, overdue first.',
      input: z.object({ open: z.boolean().default(true) }),
      output: z.array(FollowUp),
      devices: ['host', 'window'],
      staff: ['supervisor', 'admin'],
    }),
    recordFollowUp: method({
      summary: 'The supervisor records the verdict, measure, feedback, follow-up result and any appeal; close when rectified.',
      input: z.object({
        id: z.string().uuid(),
        verdict: Verdict,
        measure: note('整改措施'),
        feedback: note('反馈情况'),
        followUpResult: plainText('回访结果', 500),
        appeal: note('申诉说明'),
        close: z.boolean(),
      }),
      output: FollowUp,
      devices: ['host', 'window'],
      staff: ['supervisor', 'admin'],
    }),
    export: method({
      summary: 'Ratings of a period with the level as text and as both numeric codes (GB/T 39046 and provincial).',
      input: z.object({ from: isoDay, to: isoDay }),
      output: z.array(RatingRecord.extend({ codeGbt39046: z.number().int().nullable(), codeProvincial: z.number().int().nullable() })),
      devices: ['host', 'window'],
      staff: ['supervisor', 'admin'],
    }),
  },
  events: {
    requested: event({ summary: 'A rating was requested at a window.', payload: RatingRequest, devices: ['host', 'pad', 'window'] }),
    ended: event({
      summary: 'A window’s request ended (rated or not).',
      payload: z.object({ requestId: z.string(), windowId: z.string(), level: Level.nullable() }),
      devices: ['host', 'pad', 'window'],
    }),
  },
});

export const RATING_ERRORS = {
  notFound: 'rating/not-found',
  closed: 'rating/closed',
  alreadyRated: 'rating/already-rated',
  noFirst: 'rating/no-first-rating',
  open: 'rating/request-open',
  reasonRequired: 'rating/reason-required',
  noService: 'rating/no-service',
  clerkCannotRate: 'rating/clerk-cannot-rate',
} as const;
