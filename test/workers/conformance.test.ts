import { env } from 'cloudflare:test';
import { addAdviser } from '../../src/adviser/accounts.js';
import { createD1AdviserStorage } from '../../src/storage/d1/d1-adviser.js';
import { describeLotseConformance } from './conformance/lotse-suite.js';
import { anotherIsolate, deployed } from './support/runtimes.js';

// The runtime conformance suite against the real Worker entry inside workerd: wrangler.toml's
// bindings, local D1 with the shared migrations, the bundled knowledge base, dist/ as assets, the
// Durable Objects. test/conformance/node.test.ts runs the same suite against the Node entry.
let started = 0;

describeLotseConformance('Workers (D1)', {
  slackSecret: 'test-signing-secret',
  async seedAdviser(account) {
    const seed = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
    await addAdviser(createD1AdviserStorage(env.DB).advisers, account, seed);
  },
  // The first instance is the deployed path; a restart is an isolate that has never seen the conversation.
  start: () => (started++ === 0 ? deployed : anotherIsolate()),
});
