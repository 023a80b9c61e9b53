import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type SmtpServer, startSmtpServer } from './smtp.js';
import type { WatchedLotse } from './watched-lotse.js';

/**
 * The hooks every watch test file repeated: one SMTP server for the file; the Lotse a test opened (`keep`) closed
 * after it; with `slack: true` also msw for Slack's Web API (an unhandled request fails the test), its handlers
 * reset after each test.
 */
export function watchSuite(options: { slack?: boolean } = {}) {
  const server = setupServer();
  let smtp: SmtpServer | undefined;
  let lotse: WatchedLotse | undefined;
  beforeAll(async () => {
    if (options.slack) server.listen({ onUnhandledRequest: 'error' });
    smtp = await startSmtpServer();
  });
  afterEach(() => {
    if (options.slack) server.resetHandlers();
    lotse?.close();
    lotse = undefined;
  });
  afterAll(async () => {
    if (options.slack) server.close();
    await smtp?.close();
  });
  return {
    /** msw, listening only with `slack: true`. */
    server,
    get smtp(): SmtpServer {
      if (!smtp) throw new Error('the SMTP server did not start (see beforeAll)');
      return smtp;
    },
    /** Closes `l` after the test. */
    keep(l: WatchedLotse) {
      lotse = l;
    },
  };
}
