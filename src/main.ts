import { serve } from '@hono/node-server';
import { parseConfig } from './config.js';
import { createJsonLogger } from './logger.js';
import { createFairQueue } from './node-fair-queue.js';
import { createNodeRuntime } from './node-runtime.js';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`Lotse cannot start: invalid configuration\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(2);
}
const config = parsed.config;
const logger = createJsonLogger(config.LOG_LEVEL);
const runtime = createNodeRuntime(config, logger);
const { app, knowledge } = runtime;

// First come, first served, with the event loop coming round between requests (see node-fair-queue.ts).
const fairly = createFairQueue();
const fetch =
  config.FAIR_QUEUE === 'on'
    ? (request: Request, env: unknown) => fairly(async () => app.fetch(request, env))
    : app.fetch;
const server = serve({ fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  logger.info('listening', { url: `http://${config.HOST}:${info.port}`, entries: knowledge.stats().entries });
});
const shutdown = () =>
  server.close(() => {
    runtime.close();
    process.exit(0);
  });
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
