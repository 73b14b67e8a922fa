import type { FollowUp, RatingRecord } from '../../../../shared/features/rating/contract';

/** A real-name 非常不满意 at window 1, as the host records it. */
export function badRating(extra: Partial<RatingRecord> = {}): RatingRecord {
  return {
    id: '01930000-0000-7000-8000-0000000000b1',
    requestId: '01930000-0000-7000-8000-0000000000a1',
    caseNumber: '3310022611230101001',
    matterNames: ['建筑工程施工许可证核发'],
    departments: ['住建局'],
    windowName: '1号窗口',
    clerk: { name: '王丽', jobNumber: '1001' },
    channel: 'pad',
    step: 'intake',
    level: 'veryDissatisfied',
    notRatedReason: null,
    reasons: ['attitude'],
    text: '',
    raterMasked: '张*（1101**********002X）',
    realName: true,
    ratedAt: Date.UTC(2026, 10, 23, 1, 5),
    ratingNo: 1,
    deviceId: 'pad-1',
    anomalies: [],
    ...extra,
  };
}

export function followUp(extra: Partial<FollowUp> = {}): FollowUp {
  return {
    id: '01930000-0000-7000-8000-0000000000f1',
    rating: badRating(),
    followUpDue: '2026-11-24',
    rectifyDue: '2026-12-14',
    verdict: null,
    measure: '',
    feedback: '',
    followUpResult: '',
    appeal: '',
    followedUpAt: null,
    closedAt: null,
    overdue: false,
    ...extra,
  };
}
