import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { lotseWithSlack } from './lotse-with-slack.js';
import { createSlackDriver } from './slack-driver.js';

/**
 * The set-up the Slack test files repeated: msw for Slack's Web API (an unhandled request fails the test, handlers
 * reset after each test) and one Lotse with Slack for the file (building the knowledge index takes seconds);
 * `setup()` gives each test its own driver, so each test runs in its own threads.
 */
export function slackSuite() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const lotse = lotseWithSlack();
  return { lotse, setup: () => createSlackDriver(lotse, server) };
}
