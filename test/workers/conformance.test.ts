import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { addAdviser } from '../../src/adviser/accounts.js';
import { createD1AdviserStorage } from '../../src/storage/d1/d1-adviser.js';
import worker from '../../src/worker.js';
import { describeLotseConformance } from './conformance/lotse-suite.js';

// The runtime conformance suite against the real Worker entry inside workerd: wrangler.toml's
// bindings, local D1 with the shared migrations, the bundled knowledge base, dist/ as assets.
// test/conformance/node.test.ts runs the same suite against the Node entry.
let started = 0;

describeLotseConformance('Workers (D1)', {
  slackSecret: 'test-signing-secret',
  async seedAdviser(account) {
    const seed = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
    await addAdviser(createD1AdviserStorage(env.DB).advisers, account, seed);
  },
  start() {
    // The first instance is the deployed path (SELF: the fetch handler as Cloudflare calls it).
    if (started++ === 0) return (request) => SELF.fetch(request);
    // A restart: the Worker builds one runtime per bindings object, so fresh bindings over the same
    // D1 database behave like a new isolate that has never seen the conversation.
    const bindings = { ...env };
    return async (request) => {
      const ctx = createExecutionContext();
      const response = await worker.fetch(request as never, bindings, ctx);
      await waitOnExecutionContext(ctx);
      return response as unknown as Response;
    };
  },
});
