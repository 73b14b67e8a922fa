/**
 * Errors cross every transport as `{code, message}`. Codes are scoped by feature (`queue/not-found`), so a
 * screen can map them to its own text and a LAN caller can branch on them.
 */
export interface ApiErrorBody {
  code: string;
  message: string;
  /** Field-level problems of a refused input: path → message. */
  fields?: Record<string, string>;
}

export class HallError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;

  constructor(code: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'HallError';
    this.code = code;
    this.fields = fields;
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }

  static fromBody(body: ApiErrorBody): HallError {
    return new HallError(body.code, body.message, body.fields);
  }
}

/** Codes that belong to the transport rather than to one feature. */
export const API_ERRORS = {
  unknownMethod: 'api/unknown-method',
  invalidInput: 'api/invalid-input',
  invalidOutput: 'api/invalid-output',
  forbiddenDevice: 'api/forbidden-device',
  notSignedIn: 'api/not-signed-in',
  forbiddenRole: 'api/forbidden-role',
  notPaired: 'api/not-paired',
  unreachable: 'api/unreachable',
  internal: 'api/internal',
} as const;

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).code === 'string' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}
