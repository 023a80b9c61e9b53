import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentRequest } from '../../src/channels/web/assessment-routes.js';
import { FeedbackBody } from '../../src/channels/web/feedback-routes.js';
import { CaseFacts, FACT_KEYS } from '../../src/domain/facts.js';
import { understand } from '../../src/nlu/understand.js';
import { arbitraryOf, employerish, hostileText } from './support/arbitraries.js';
import { lotseOnFile } from './support/lotse-on-file.js';

type Parser = { safeParse(value: unknown): { success: boolean } };
const isSchema = (v: unknown): v is Parser => typeof (v as Parser | undefined)?.safeParse === 'function';

/** Every request schema module of every channel, found on disk so a new channel is covered too. */
function schemaFiles(dir = 'src/channels'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'client'
        ? []
        : schemaFiles(join(dir, e.name))
      : /(^|-)schemas\.ts$|^payloads\.ts$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('request schemas under hostile input', () => {
  it('reject or accept any JSON value without throwing, in every channel', async () => {
    const schemas: Array<[string, Parser]> = [
      ['AssessmentRequest', AssessmentRequest],
      ['FeedbackBody', FeedbackBody],
    ];
    for (const file of schemaFiles()) {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (isSchema(value)) schemas.push([`${file}#${name}`, value]);
    }
    expect(schemas.length).toBeGreaterThan(8);
    for (const [, schema] of schemas) {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
          expect(typeof schema.safeParse(value).success).toBe('boolean');
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('free-text understanding under hostile input', () => {
  const ctx = fc.record({
    lang: fc.constantFrom('de' as const, 'en' as const),
    today: fc.constantFrom('2026-11-22', '2024-02-29', '2030-12-31'),
    pendingFactKey: fc.option(fc.constantFrom(...FACT_KEYS), { nil: undefined }),
    lastFactKeys: fc.subarray([...FACT_KEYS]),
  });

  it('never throws and only ever proposes facts the contract allows', () => {
    fc.assert(
      fc.property(hostileText, ctx, (text, context) => {
        const result = understand(text, context);
        expect(CaseFacts.safeParse(result.patch).success).toBe(true);
        for (const key of result.unknown) expect(FACT_KEYS).toContain(key);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the public HTTP API under hostile input', { timeout: 90_000 }, () => {
  let lotse: ReturnType<typeof lotseOnFile>;
  let id: string;
  beforeAll(async () => {
    lotse = lotseOnFile();
    id = ((await (await lotse.request('/api/v1/conversations', { body: {} })).json()) as { id: string }).id;
  });
  afterAll(() => lotse.close());

  /** Only 2xx or 4xx, and a 4xx always says what was wrong in the contract's error shape. */
  async function expectHandled(res: Response) {
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) {
      const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof body.error?.code).toBe('string');
      expect(typeof body.error?.message).toBe('string');
    }
  }
  const raw = (path: string, body: string, contentType = 'application/json') =>
    lotse.app.request(path, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers any body sent to a conversation with 2xx or a readable 4xx', async () => {
    const body = fc.oneof(
      fc.record(
        {
          text: fc.oneof(hostileText, fc.jsonValue()),
          choice: fc.oneof(fc.record({ factKey: fc.string(), value: fc.string() }), fc.jsonValue()),
          clientMessageId: fc.oneof(fc.string({ maxLength: 120 }), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        await expectHandled(await lotse.request(`/api/v1/conversations/${id}/messages`, { body: b }));
      }),
      { numRuns: 120 },
    );
  });

  it('answers broken JSON, wrong content types and odd ids with a readable 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
        fc.oneof(fc.constant(id), fc.string({ maxLength: 60 }).map(encodeURIComponent)),
        async (text, type, target) => {
          await expectHandled(await raw('/api/v1/conversations', text, type));
          await expectHandled(await raw(`/api/v1/conversations/${target}/messages`, text, type));
          await expectHandled(await raw(`/api/v1/conversations/${target}/feedback`, text, type));
          await expectHandled(await lotse.request(`/api/v1/conversations/${target}`));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('assesses any combination of contract facts, and rejects anything else readably', async () => {
    const request = fc.record(
      {
        facts: arbitraryOf(CaseFacts),
        unknown: fc.subarray([...FACT_KEYS]),
        lawAsOf: fc.oneof(
          { arbitrary: fc.constantFrom('2026-11-22', '2026-06-10', '2027-01-01'), weight: 8 },
          { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
        ),
        lang: fc.constantFrom('de', 'en', 'en', 'de', 'fr'),
      },
      { requiredKeys: ['facts'] },
    );
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const res = await lotse.request('/api/v1/assessments', { body: r });
        await expectHandled(res);
        if (AssessmentRequest.safeParse(r).success) {
          valid++;
          expect(res.status).toBe(200);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must reach the rules engine, not only the validator.
    expect(valid).toBeGreaterThan(30);
  });

  it('takes any text as a turn: an answer, or a readable 4xx, never a failure', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        await expectHandled(await lotse.request(`/api/v1/conversations/${id}/messages`, { body: { text } }));
      }),
      { numRuns: 80 },
    );
  });

  it('searches the knowledge base for any query without failing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, employerish),
        fc.string({ maxLength: 6 }),
        fc.string({ maxLength: 4 }),
        async (q, lang, limit) => {
          const query = new URLSearchParams({ q, lang, limit }).toString();
          await expectHandled(await lotse.request(`/api/v1/knowledge/search?${query}`));
          await expectHandled(await lotse.request(`/api/v1/knowledge/${encodeURIComponent(q.slice(0, 150))}`));
        },
      ),
      { numRuns: 150 },
    );
  });
});
