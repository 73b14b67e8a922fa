import type { FormInstance } from 'antd';
import { HallError } from '../../../../shared/api/errors';
import { errorText, showFormError } from '../../app/errors';

/**
 * Puts the host's field messages on the dialog's own fields, and returns what belongs to none of them (the
 * case as a whole, a transport failure) for the dialog's alert; null when every message found its field.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any form's values
export function showHostError(form: FormInstance<any>, error: unknown, fields: readonly string[]): string | null {
  showFormError(form, error);
  if (!(error instanceof HallError) || !error.fields) return errorText(error);
  const rest = Object.entries(error.fields).filter(([path]) => !fields.includes(path.split('.')[0]!));
  return rest.length > 0 ? rest.map(([, message]) => message).join('；') : null;
}
