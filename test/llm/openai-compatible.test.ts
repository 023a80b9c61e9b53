import { delay, HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOpenAiCompatibleLlm } from '../../src/llm/openai-compatible.js';
import type { LlmResult } from '../../src/llm/port.js';
import { answerWith, BASE_URL, COMPLETIONS_URL, completion, llmServer, testLlm } from './llm-server.js';

beforeAll(() => llmServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => llmServer.resetHandlers());
afterAll(() => llmServer.close());

const request = { system: 'You extract facts.', user: '<message>Hallo</message>', json: true };

describe('the OpenAI-compatible adapter', () => {
  it('returns the message content of a successful completion', async () => {
    answerWith('{"status":"duldung"}');
    await expect(testLlm().complete(request)).resolves.toEqual({ ok: true, text: '{"status":"duldung"}' });
  });

  it('sends system and user message, the model, temperature 0, JSON mode and the bearer key', async () => {
    let auth: string | null = null;
    let body: unknown;
    llmServer.use(
      http.post(COMPLETIONS_URL, async ({ request: req }) => {
        auth = req.headers.get('authorization');
        body = await req.json();
        return completion('{}');
      }),
    );
    await testLlm().complete(request);
    expect(auth).toBe('Bearer test-key');
    expect(body).toEqual({
      model: 'test-model',
      temperature: 0,
      messages: [
        { role: 'system', content: request.system },
        { role: 'user', content: request.user },
      ],
      response_format: { type: 'json_object' },
    });
  });

  it('asks for plain text without response_format when no JSON is wanted', async () => {
    const bodies = answerWith('Klartext');
    await testLlm().complete({ ...request, json: false });
    expect(bodies[0]).not.toHaveProperty('response_format');
  });

  it('sends no authorization header when no API key is configured, and tolerates a trailing slash', async () => {
    let auth: string | null = 'unset';
    llmServer.use(
      http.post(COMPLETIONS_URL, ({ request: req }) => {
        auth = req.headers.get('authorization');
        return completion('ok');
      }),
    );
    const llm = createOpenAiCompatibleLlm({ baseUrl: `${BASE_URL}/`, model: 'm', timeoutMs: 1000 });
    await expect(llm.complete(request)).resolves.toEqual({ ok: true, text: 'ok' });
    expect(auth).toBeNull();
  });

  it('reports HTTP 429 as rate_limited and does not retry', async () => {
    let calls = 0;
    llmServer.use(
      http.post(COMPLETIONS_URL, () => {
        calls += 1;
        return HttpResponse.json({ error: { message: 'slow down' } }, { status: 429 });
      }),
    );
    await expect(testLlm().complete(request)).resolves.toEqual({ ok: false, reason: 'rate_limited' });
    expect(calls).toBe(1);
  });

  it('reports any other non-2xx status as http_error', async () => {
    llmServer.use(http.post(COMPLETIONS_URL, () => new HttpResponse('boom', { status: 503 })));
    await expect(testLlm().complete(request)).resolves.toEqual({ ok: false, reason: 'http_error' });
  });

  it('reports an endpoint that does not answer within timeoutMs as timeout, and not a moment earlier', async () => {
    llmServer.use(
      http.post(COMPLETIONS_URL, async () => {
        await delay('infinite');
        return completion('too late');
      }),
    );
    // Node's AbortSignal.timeout runs on an internal timer that fake timers cannot move; the same
    // signal built on setTimeout can be moved, so the test steps through time instead of waiting.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
      return controller.signal;
    });
    try {
      let result: LlmResult | undefined;
      void testLlm(8000)
        .complete(request)
        .then((r) => {
          result = r;
        });
      await vi.advanceTimersByTimeAsync(7999);
      expect(result).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(() => expect(result).toEqual({ ok: false, reason: 'timeout' }));
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });

  it('reports a failed connection as network', async () => {
    llmServer.use(http.post(COMPLETIONS_URL, () => HttpResponse.error()));
    await expect(testLlm().complete(request)).resolves.toEqual({ ok: false, reason: 'network' });
  });

  it.each([
    ['a body that is not JSON', () => new HttpResponse('<html>proxy error</html>', { status: 200 })],
    ['a body without choices', () => HttpResponse.json({ choices: [] })],
    ['a message without content', () => completion(null)],
    ['an answer cut off at the token limit', () => completion('{"status": "dul', 'length')],
  ])('reports %s as malformed', async (_name, respond) => {
    llmServer.use(http.post(COMPLETIONS_URL, respond));
    await expect(testLlm().complete(request)).resolves.toEqual({ ok: false, reason: 'malformed' });
  });

  it('uses an injected fetch instead of the global one', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return completion('injected');
    };
    const llm = createOpenAiCompatibleLlm({
      baseUrl: 'https://other.test',
      model: 'm',
      timeoutMs: 100,
      fetch: fakeFetch,
    });
    await expect(llm.complete(request)).resolves.toEqual({ ok: true, text: 'injected' });
    expect(seen).toEqual(['https://other.test/chat/completions']);
  });
});
