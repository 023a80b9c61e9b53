import { z } from 'zod';
import type { LlmFailure, LlmPort, LlmRequest, LlmResult } from './port.js';

export interface OpenAiCompatibleOptions {
  /** e.g. `https://api.openai.com/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  /** Injected in tests; defaults to the global `fetch` (Node 20 and Workers alike). */
  fetch?: typeof fetch;
}

/** Only what we read from the answer; providers add many more fields. */
const ChatCompletion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().min(1) }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

const fail = (reason: LlmFailure): LlmResult => ({ ok: false, reason });

/** `AbortSignal.timeout` rejects with a DOMException named `TimeoutError` (`AbortError` in older runtimes). */
function isAbort(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'TimeoutError' || error.name === 'AbortError';
}

/**
 * An `LlmPort` for any OpenAI-compatible `/chat/completions` endpoint (OpenAI, Azure-style proxies,
 * vLLM, Ollama, Workers AI's OpenAI route). Web APIs only, so it runs on Node and on Workers.
 * No retries: this sits in the hot path of a chat turn and the caller has a deterministic fallback.
 */
export function createOpenAiCompatibleLlm(options: OpenAiCompatibleOptions): LlmPort {
  // Wrapped rather than stored: calling a bare `fetch` as a method throws "Illegal invocation" on Workers.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  return {
    async complete(request: LlmRequest): Promise<LlmResult> {
      const body = {
        model: options.model,
        temperature: 0,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
        ...(request.json ? { response_format: { type: 'json_object' } } : {}),
      };
      const signal = AbortSignal.timeout(options.timeoutMs);
      let response: Response;
      try {
        response = await doFetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
      } catch (error) {
        return fail(isAbort(error) ? 'timeout' : 'network');
      }
      if (!response.ok) {
        // Release the connection; the error body is of no use to the caller.
        void response.body?.cancel().catch(() => undefined);
        return fail(response.status === 429 ? 'rate_limited' : 'http_error');
      }
      let json: unknown;
      try {
        json = await response.json();
      } catch (error) {
        // The timeout also covers reading the body.
        return fail(isAbort(error) ? 'timeout' : 'malformed');
      }
      const parsed = ChatCompletion.safeParse(json);
      const choice = parsed.success ? parsed.data.choices[0] : undefined;
      // A reply cut off at the token limit is not a usable answer (half a JSON object, half a text).
      if (!choice || choice.finish_reason === 'length') return fail('malformed');
      return { ok: true, text: choice.message.content };
    },
  };
}
