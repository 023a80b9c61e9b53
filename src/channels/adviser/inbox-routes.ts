import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { pageSecurity } from '../../http/security-headers.js';
import { inboxPageHtml } from './inbox-page.js';
import { inboxCss } from './inbox-styles.js';

export type LoadInboxScript = () => Promise<string | undefined>;

/** No caching of the page; the strict CSP itself comes from pageSecurity (no inline script or style). */
const pageHeaders = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

/** German unless the adviser asks for English (`?lang=en`, or a browser that prefers English). */
const pickLang = (query: string | undefined, accept: string | undefined): 'de' | 'en' => {
  if (query === 'de' || query === 'en') return query;
  return accept?.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
};

/** GET /inbox (the page), /inbox/inbox.js (the script bundle) and /inbox/inbox.css. */
export function inboxRoutes(loadScript: LoadInboxScript) {
  const app = new Hono<AppEnv>();
  app.use('/inbox', pageSecurity());
  app.get('/inbox', (c) =>
    c.html(inboxPageHtml(pickLang(c.req.query('lang'), c.req.header('accept-language'))), 200, pageHeaders),
  );
  app.get('/inbox/inbox.js', async (c) => {
    const script = await loadScript();
    if (script === undefined) throw new ApiError('not_found', 'inbox.js is not built: run `npm run build:inbox`');
    return c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  });
  app.get('/inbox/inbox.css', (c) =>
    c.body(inboxCss, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  return app;
}
