import type { Choice, ConversationView, Rating, TurnResult } from './types.js';

/** A non-2xx answer: `code` is the API's stable error code (contract: `{ error: { code, message } }`). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds until a refused request (429) may be tried again (`Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export interface FeedbackInput {
  messageId: string;
  rating: Rating;
  comment?: string;
}

/** The conversation API (contract §3) plus feedback and live events, over fetch. */
export function createApi(endpoint: string) {
  const base = `${endpoint}/api/v1/conversations`;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status === 204) return undefined as T;
    const json = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (!response.ok) {
      throw new ApiFailure(
        response.status,
        json.error?.code ?? 'http_error',
        json.error?.message ?? response.statusText,
        Number(response.headers.get('retry-after')) || undefined,
      );
    }
    return json as T;
  }
  return {
    create: (lang: 'de' | 'en') => call<ConversationView>('POST', '', { lang }),
    get: (id: string) => call<ConversationView>('GET', `/${id}`),
    post: (id: string, input: { text: string } | { choice: Choice }, clientMessageId: string) =>
      call<TurnResult>('POST', `/${id}/messages`, { ...input, clientMessageId }),
    remove: (id: string) => call<void>('DELETE', `/${id}`),
    feedback: (id: string, input: FeedbackInput) => call<unknown>('POST', `/${id}/feedback`, input),
    eventsUrl: (id: string) => `${base}/${id}/events`,
  };
}

export type Api = ReturnType<typeof createApi>;

/** Idempotency key per employer message; a retried request then returns the first answer. */
export const newClientMessageId = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
