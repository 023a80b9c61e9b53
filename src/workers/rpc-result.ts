import { ApiError, type ErrorCode, type Issue } from '../http/errors.js';

/**
 * What a Durable Object's method returns to the Worker. Workers RPC keeps an error's message but
 * not its class or own properties, so an ApiError (code, issues, headers: the client's 404, 409 or
 * 429) crosses as data and is thrown again on the Worker's side. Other errors propagate as errors
 * and end as a 500, as they would in one process.
 */
export type RpcResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string; issues: Issue[]; headers: Record<string, string> } };

export async function settle<T>(work: () => Promise<T>): Promise<RpcResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const { code, message, issues, headers } = error;
    return { ok: false, error: { code, message, issues, headers: { ...headers } } };
  }
}

export function unwrap<T>(result: RpcResult<T>): T {
  if (result.ok) return result.value;
  const { code, message, issues, headers } = result.error;
  throw new ApiError(code, message, issues, headers);
}
