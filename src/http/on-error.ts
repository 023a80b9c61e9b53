import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../logger.js';
import { ApiError } from './errors.js';

/** The one place where errors become HTTP responses. Users get a stable code; logs get the cause. */
export function createErrorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    let apiError: ApiError;
    if (err instanceof ApiError) apiError = err;
    else if (err instanceof HTTPException && err.status === 400)
      apiError = new ApiError('invalid_json', 'request body is not valid JSON');
    else if (err instanceof HTTPException && err.status === 413)
      apiError = new ApiError('payload_too_large', 'request body is too large');
    else if (err instanceof HTTPException && err.status < 500)
      apiError = new ApiError('invalid_request', err.message || 'invalid request');
    else {
      logger.error('unhandled error', {
        requestId: c.get('requestId'),
        route: c.req.path,
        error: err.stack ?? String(err),
      });
      apiError = new ApiError('internal', 'internal error; the request was not processed');
    }
    for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
    return c.json(apiError.toBody(), apiError.status);
  };
}
