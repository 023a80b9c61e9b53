import type { Choice, ConversationView, Rating, RemindersView, TurnResult } from './types.js';

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

/** One JSON request; a non-2xx answer becomes an `ApiFailure` with the API's error code. */
async function call<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
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

/** The conversation API (contract §3) plus feedback and live events, over fetch. */
export function createApi(endpoint: string) {
  const base = `${endpoint}/api/v1/conversations`;
  return {
    create: (lang: 'de' | 'en') => call<ConversationView>(base, 'POST', { lang }),
    get: (id: string) => call<ConversationView>(`${base}/${id}`, 'GET'),
    post: (id: string, input: { text: string } | { choice: Choice }, clientMessageId: string) =>
      call<TurnResult>(`${base}/${id}/messages`, 'POST', { ...input, clientMessageId }),
    remove: (id: string) => call<void>(`${base}/${id}`, 'DELETE'),
    feedback: (id: string, input: FeedbackInput) => call<unknown>(`${base}/${id}/feedback`, 'POST', input),
    eventsUrl: (id: string) => `${base}/${id}/events`,
  };
}

/** The watch's e-mail opt-in of one conversation (issue 20): the address goes in, only "enabled" comes back. */
export function createReminderApi(endpoint: string, id: string) {
  const url = `${endpoint}/api/v1/conversations/${id}/reminders`;
  return {
    get: () => call<RemindersView>(url, 'GET'),
    // The page the widget is on, so that the mails link back to it (the server keeps origin and path only).
    setEmail: (address: string) =>
      call<RemindersView>(`${url}/email`, 'PUT', { address, page: `${location.origin}${location.pathname}` }),
    deleteEmail: () => call<RemindersView>(`${url}/email`, 'DELETE'),
  };
}

export type Api = ReturnType<typeof createApi>;

/** Idempotency key per employer message; a retried request then returns the first answer. */
export const newClientMessageId = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
