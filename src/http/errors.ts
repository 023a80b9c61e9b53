/** Stable error codes of the public API; mapped to HTTP in exactly one place (app.onError). */
export type ErrorCode =
  | 'invalid_request'
  | 'invalid_json'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unauthorized'
  | 'forbidden'
  | 'conversation_closed'
  | 'internal';

export interface Issue {
  path: string;
  message: string;
}

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500> = {
  invalid_request: 400,
  invalid_json: 400,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unauthorized: 401,
  forbidden: 403,
  conversation_closed: 409,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    /** Extra response headers the client needs to act on the error (e.g. `Retry-After` on 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
  get status() {
    return STATUS[this.code];
  }
  toBody() {
    return {
      error: { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) },
    };
  }
}

/** zod issues → contract issues (`path` as dotted string). */
export function toIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Issue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}
