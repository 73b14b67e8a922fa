import type { FormInstance } from 'antd';
import { HallError } from '../../../shared/api/errors';
import { appText } from './text';

/** The clerk-facing text of an error: our wording for known codes, then the field messages. */
export function errorText(error: unknown): string {
  if (error instanceof HallError) {
    const known = appText.errors[error.code];
    const fields = error.fields ? Object.values(error.fields).join('；') : '';
    if (known && fields) return `${known}：${fields}`;
    return known ?? (fields || error.message);
  }
  return appText.errors['api/internal'] ?? String(error);
}

/** Puts the field errors of a refused input on the form's fields, and returns the error's text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any form's values
export function showFormError(form: FormInstance<any>, error: unknown): string {
  if (error instanceof HallError && error.fields) {
    form.setFields(Object.entries(error.fields).map(([path, message]) => ({ name: path.split('.'), errors: [message] })));
  }
  return errorText(error);
}
