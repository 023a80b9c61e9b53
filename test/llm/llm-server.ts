import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { createOpenAiCompatibleLlm } from '../../src/llm/openai-compatible.js';

/** The fake OpenAI-compatible endpoint every LLM test talks to; nothing leaves the process. */
export const BASE_URL = 'https://llm.test/v1';
export const COMPLETIONS_URL = `${BASE_URL}/chat/completions`;

export const llmServer = setupServer();

/** A chat-completions answer with one choice whose message is `content`. */
export function completion(content: string | null, finishReason = 'stop') {
  return HttpResponse.json({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
  });
}

/** The endpoint answers every request with `content`; returns the request bodies it received. */
export function answerWith(content: string | null) {
  const bodies: ChatRequestBody[] = [];
  llmServer.use(
    http.post(COMPLETIONS_URL, async ({ request }) => {
      bodies.push((await request.json()) as ChatRequestBody);
      return completion(content);
    }),
  );
  return bodies;
}

export interface ChatRequestBody {
  model: string;
  temperature: number;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
}

export const testLlm = (timeoutMs = 1000) =>
  createOpenAiCompatibleLlm({ baseUrl: BASE_URL, apiKey: 'test-key', model: 'test-model', timeoutMs });
