/**
 * Identifier checks with the exact algorithms of DOMAIN §7. Each returns null when valid, or the reason in
 * Chinese (shown at the field).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** GB/T 2260 province-level codes. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** Resident ID (GB 11643, 18 characters). `today` is the hall's `YYYY-MM-DD`, for the future-birth check. */
export function residentIdProblem(raw: string, today: string): string | null {
  const id = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return '15位旧身份证号码不能用于新办件，请使用18位号码';
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码应为18位，最后一位可为X';
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return '身份证号码的地区码不正确';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(birth)) return '身份证号码中的出生日期不存在';
  if (birth > today) return '身份证号码中的出生日期晚于今天';
  if (birth < '1900-01-01') return '身份证号码中的出生日期过早';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号码校验位不正确';
  return null;
}

function isRealDate(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  const c = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[c === 31 ? 0 : c]!;
}

/** Unified social credit code (GB 32100, 18 characters over 31 symbols, no I O Z S V). */
export function creditCodeProblem(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return '统一社会信用代码应为18位';
  for (const ch of code) if (!CREDIT_CODE_CHARSET.includes(ch)) return `统一社会信用代码不能包含字符“${ch}”`;
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确';
  return null;
}

/** Strips +86/0086/86, spaces and hyphens; null when it is not a mainland mobile number. */
export function normalizeMobile(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export function isLandline(raw: string): boolean {
  return /^0\d{2,3}-?\d{7,8}$/.test(raw.replace(/\s/g, ''));
}
