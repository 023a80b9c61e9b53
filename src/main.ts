import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { createToday } from './clock.js';
import { parseConfig } from './config.js';
import { createKnowledgeBase } from './knowledge/knowledge-base.js';
import { loadKnowledgeFromDir } from './knowledge/load-node.js';
import { createJsonLogger } from './logger.js';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`Lotse cannot start: invalid configuration\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(2);
}
const config = parsed.config;
const logger = createJsonLogger(config.LOG_LEVEL);
mkdirSync(dirname(resolve(config.LOTSE_DB_PATH)), { recursive: true });

const knowledge = createKnowledgeBase(loadKnowledgeFromDir(resolve(config.LOTSE_KNOWLEDGE_DIR)));
const app = createApp({ knowledge, today: createToday(config.LOTSE_FIXED_DATE), logger });

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  logger.info('listening', { url: `http://${config.HOST}:${info.port}`, entries: knowledge.stats().entries });
});
const shutdown = () => server.close(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
