import type { Config } from '../config.js';
import { noLlm } from './none.js';
import { createOpenAiCompatibleLlm } from './openai-compatible.js';
import type { LlmPort } from './port.js';

/** The configured model, or `noLlm` when `LLM_BASE_URL` / `LLM_MODEL` are unset (the default). */
export function createLlmFromConfig(
  config: Pick<Config, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>,
  fetchImpl?: typeof fetch,
): LlmPort {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return noLlm;
  return createOpenAiCompatibleLlm({
    baseUrl: config.LLM_BASE_URL,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}
