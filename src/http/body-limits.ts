import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';

/**
 * Refuses a request body over `maxBytes` with the readable 413 before anything parses it; a body
 * without Content-Length (chunked) is counted while it streams and cut at the limit.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError('payload_too_large', `request body is larger than ${maxBytes} bytes`);
    },
  });
}
