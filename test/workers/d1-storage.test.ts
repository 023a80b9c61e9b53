import { env } from 'cloudflare:test';
import { createD1AdviserStorage } from '../../src/storage/d1/d1-adviser.js';
import { createD1Feedback } from '../../src/storage/d1/d1-feedback.js';
import { createD1RetentionStore } from '../../src/storage/d1/d1-retention.js';
import { createD1SlackStore } from '../../src/storage/d1/d1-slack.js';
import { createD1Storage } from '../../src/storage/d1/d1-storage.js';
import { describeStorageConformance } from './conformance/storage-suite.js';

// The D1 adapters against local D1 in workerd; test/conformance/sqlite-storage.test.ts runs the same suite on SQLite.
describeStorageConformance('D1', async () => ({
  storage: createD1Storage(env.DB),
  feedback: createD1Feedback(env.DB),
  slack: createD1SlackStore(env.DB),
  retention: createD1RetentionStore(env.DB),
  adviser: createD1AdviserStorage(env.DB),
}));
