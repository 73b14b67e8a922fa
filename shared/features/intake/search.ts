import { creditCodeProblem, isLandline, normalizeMobile, residentIdCheckChar } from '../../domain/identifiers';
import type { SearchField } from './contract';

export interface SearchKey {
  field: SearchField;
  value: string;
}

/**
 * One search box for the clerk: what was typed says which key it is. A full 18-character ID or credit code
 * and a phone number match exactly; digits otherwise are the start of a case number; anything else is the
 * start of an applicant's or a project's name; nothing lists the newest cases.
 */
export function classifySearch(raw: string): SearchKey {
  const q = raw.trim();
  if (!q) return { field: 'recent', value: '' };
  const compact = q.replace(/\s/g, '').toUpperCase();
  if (/^\d{17}[\dX]$/.test(compact)) {
    const idLike = residentIdCheckChar(compact.slice(0, 17)) === compact[17];
    if (!idLike && creditCodeProblem(compact) === null) return { field: 'creditCode', value: compact };
    return { field: 'idNumber', value: compact };
  }
  if (/^[0-9A-Z]{18}$/.test(compact)) return { field: 'creditCode', value: compact };
  const mobile = normalizeMobile(q);
  if (mobile) return { field: 'phone', value: mobile };
  if (isLandline(q)) return { field: 'phone', value: q.replace(/\D/g, '') };
  if (/^\d{4,20}$/.test(compact)) return { field: 'caseNumber', value: compact };
  if (/^([HM]\d{8}(\d{2})?|[A-Z]{1,2}\d{7,8})$/.test(compact)) return { field: 'idNumber', value: compact };
  return { field: 'name', value: q };
}
