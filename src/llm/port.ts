/**
 * The one thing Lotse needs from a language model: one completion for one system + user message.
 * Failures are values, not exceptions: every caller falls back to the deterministic path, so an
 * outage, a rate limit or a garbled answer can never break a conversation.
 */
export interface LlmRequest {
  system: string;
  user: string;
  /** Ask the model for a single JSON object (OpenAI `response_format: json_object`). */
  json: boolean;
}

export type LlmFailure = 'disabled' | 'timeout' | 'rate_limited' | 'http_error' | 'network' | 'malformed';

export type LlmResult = { ok: true; text: string } | { ok: false; reason: LlmFailure };

export interface LlmPort {
  complete(request: LlmRequest): Promise<LlmResult>;
}
