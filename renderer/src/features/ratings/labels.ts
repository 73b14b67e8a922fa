import type { Anomaly, FollowUp, Level, NotRatedReason, RatingRecord, Reason, Step } from '../../../../shared/features/rating/contract';

/**
 * The hall's words for the parts of a rating (DOMAIN §6), used alike by the pad, the supervisor's view and the
 * CSV export, so a level reads the same on the screen the applicant pressed and in the report.
 */
export const LEVEL_LABELS: Record<Level, string> = {
  verySatisfied: '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  veryDissatisfied: '非常不满意',
};

export const REASON_LABELS: Record<Reason, string> = {
  efficiency: '办事效率',
  serviceLevel: '业务水平',
  attitude: '服务态度',
  environment: '办事环境',
  process: '办事流程',
  other: '其他',
};

export const STEP_LABELS: Record<Step, string> = {
  reception: '接件',
  intake: '受理',
  completion: '办结',
  pickup: '出件',
};

export const NOT_RATED_LABELS: Record<NotRatedReason, string> = {
  timeout: '超时未评价',
  declined: '不愿评价',
  interrupted: '评价中断',
  cancelled: '工作人员撤回',
};

export const ANOMALY_LABELS: Record<Anomaly, string> = {
  burst: '连续好评间隔过短',
  whilePaused: '窗口暂停期间评价',
};

export const CHANNEL_LABELS: Record<NonNullable<RatingRecord['channel']>, string> = {
  pad: '评价器',
  keypad: '评价按键',
  qr: '扫码评价',
};

export const VERDICT_LABELS: Record<NonNullable<FollowUp['verdict']>, string> = {
  true: '属实',
  partlyTrue: '部分属实',
  untrue: '不属实',
  appealed: '申诉',
};

/** 追评 is the second rating of a case and step; the first needs no word. */
export const FOLLOW_UP_RATING = '追评';
