/**
 * The hall's own words for priority categories (DOMAIN §5): they are printed on tickets and shown on screens,
 * so they belong to the domain rather than to one screen's text.
 */
export const PRIORITIES = ['none', 'military', 'elderly', 'disabled', 'pregnant', 'green', 'appointment'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What an applicant may choose at the kiosk; `appointment` comes only from checking in. */
export const KIOSK_PRIORITIES = ['military', 'elderly', 'disabled', 'pregnant', 'green'] as const;

export const PRIORITY_LABELS: Record<Priority, string> = {
  none: '普通',
  military: '军人依法优先',
  elderly: '老年人优先',
  disabled: '残疾人优先',
  pregnant: '孕妇优先',
  green: '绿色通道',
  appointment: '预约',
};

export const NO_SHOW_RULE = '过号请重新取号';
