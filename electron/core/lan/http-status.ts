import { API_ERRORS } from '../../../shared/api/errors';
import type { CallResult } from '../../../shared/api/transport';

/** The body always says what happened; the status code lets plain HTTP tools see it too. */
export function statusFor(result: CallResult): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case API_ERRORS.invalidInput:
      return 400;
    case API_ERRORS.notPaired:
    case API_ERRORS.notSignedIn:
      return 401;
    case API_ERRORS.forbiddenDevice:
    case API_ERRORS.forbiddenRole:
      return 403;
    case API_ERRORS.unknownMethod:
      return 404;
    case API_ERRORS.internal:
      return 500;
    default:
      return 409;
  }
}
