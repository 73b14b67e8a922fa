/**
 * Human numbers that must be unique offline (DOMAIN §4). A case number carries the area, the day, the terminal
 * the county assigned at enrolment and a serial per terminal per day, so no two PCs can mint the same one;
 * it never changes (a later county or provincial number is kept as an alias).
 */
export interface CaseNumberParts {
  areaCode: string;
  /** `YYYY-MM-DD`, the hall day of intake. */
  day: string;
  terminal: number;
  serial: number;
}

export function formatCaseNumber({ areaCode, day, terminal, serial }: CaseNumberParts): string {
  if (!/^\d{6}$/.test(areaCode)) throw new Error('area code must be 6 digits');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error('day must be YYYY-MM-DD');
  if (!Number.isInteger(terminal) || terminal < 1 || terminal > 99) throw new Error('terminal must be 1–99');
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) throw new Error('serial must be 1–9999 a day');
  return `${areaCode}${day.replace(/-/g, '')}${String(terminal).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
}

export function parseCaseNumber(number: string): CaseNumberParts | null {
  const match = /^(\d{6})(\d{4})(\d{2})(\d{2})(\d{2})(\d{4})$/.exec(number);
  if (!match) return null;
  const [, areaCode, y, m, d, terminal, serial] = match as unknown as [string, string, string, string, string, string, string];
  return { areaCode, day: `${y}-${m}-${d}`, terminal: Number(terminal), serial: Number(serial) };
}

/** The kinds of intake notice (DOMAIN §2) and the character each puts in its document number. */
export const NOTICE_KINDS = { accept: '受', deficiency: '容', oneTime: '告', refuse: '不' } as const;
export type NoticeKind = keyof typeof NOTICE_KINDS;

/**
 * `X审受〔2026〕第010042号`: the hall's short name, the notice kind, the year, then the terminal (two digits) and a
 * serial per terminal, kind and year. The terminal makes a number minted offline unique across the hall's PCs.
 */
export function formatDocumentNumber(hallShortName: string, kind: NoticeKind, year: number, terminal: number, serial: number): string {
  if (!hallShortName.trim()) throw new Error('the hall short name is required');
  if (!Number.isInteger(terminal) || terminal < 1 || terminal > 99) throw new Error('terminal must be 1–99');
  if (!Number.isInteger(serial) || serial < 1) throw new Error('serial must be a positive whole number');
  return `${hallShortName.trim()}审${NOTICE_KINDS[kind]}〔${year}〕第${String(terminal).padStart(2, '0')}${String(serial).padStart(4, '0')}号`;
}
