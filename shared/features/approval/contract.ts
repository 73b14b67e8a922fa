/**
 * The county's back office on a case (DOMAIN §10): departments' steps, special procedures, 补正 requests, 办结 with
 * the decision and the result, and the result being ready at the hall. The county writes these; the hall shows them.
 */

/** Where the back office stands: received, being worked on, clock stopped, waiting for 补正, 办结, result at the hall, 退件. */
export const PROGRESS_STATUSES = ['received', 'inProgress', 'suspended', 'correction', 'completed', 'ready', 'returned'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * The steps a department records: 承办, 审核, 批准 (each may send the case back a step), 挂起/恢复, a 补正 request,
 * 办结, 待领取 at the hall, and 退件.
 */
export const APPROVAL_STEP_KINDS = [
  'handle',
  'review',
  'approve',
  'sendBack',
  'suspend',
  'resume',
  'correction',
  'complete',
  'ready',
  'return',
] as const;
export type ApprovalStepKind = (typeof APPROVAL_STEP_KINDS)[number];
