import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLlmFromConfig } from '../../src/llm/create-llm.js';
import { noLlm } from '../../src/llm/none.js';
import { BASE_URL, COMPLETIONS_URL, completion, llmServer } from './llm-server.js';

beforeAll(() => llmServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => llmServer.resetHandlers());
afterAll(() => llmServer.close());

function configFrom(env: Record<string, string>) {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.config;
}

const request = { system: 's', user: 'u', json: false };

describe('building the LLM from the configuration', () => {
  it('is disabled when LLM_BASE_URL is not set, without any request', async () => {
    const llm = createLlmFromConfig(configFrom({}));
    expect(llm).toBe(noLlm);
    await expect(llm.complete(request)).resolves.toEqual({ ok: false, reason: 'disabled' });
  });

  it('is disabled when LLM_BASE_URL is set to an empty string', () => {
    expect(createLlmFromConfig(configFrom({ LLM_BASE_URL: '', LLM_MODEL: '' }))).toBe(noLlm);
  });

  it('talks to the configured endpoint with model and key', async () => {
    let seen: { auth: string | null; model: unknown } | undefined;
    llmServer.use(
      http.post(COMPLETIONS_URL, async ({ request: req }) => {
        const body = (await req.json()) as { model: unknown };
        seen = { auth: req.headers.get('authorization'), model: body.model };
        return completion('hallo');
      }),
    );
    const llm = createLlmFromConfig(
      configFrom({ LLM_BASE_URL: BASE_URL, LLM_MODEL: 'small-model', LLM_API_KEY: 'k-123', LLM_TIMEOUT_MS: '500' }),
    );
    await expect(llm.complete(request)).resolves.toEqual({ ok: true, text: 'hallo' });
    expect(seen).toEqual({ auth: 'Bearer k-123', model: 'small-model' });
  });

  it('uses an injected fetch', async () => {
    const fakeFetch: typeof fetch = async () => HttpResponse.json({}, { status: 429 });
    const llm = createLlmFromConfig(configFrom({ LLM_BASE_URL: BASE_URL, LLM_MODEL: 'm' }), fakeFetch);
    await expect(llm.complete(request)).resolves.toEqual({ ok: false, reason: 'rate_limited' });
  });
});
