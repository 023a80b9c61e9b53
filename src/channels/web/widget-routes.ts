import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from '../../http/app-env.js';
import { ApiError } from '../../http/errors.js';
import { demoPageHtml } from './widget/demo-page.js';

/** The embeddable bundle; where it comes from is the runtime's business (a file on Node, assets on Workers). */
export type LoadWidgetScript = () => Promise<string | undefined>;

export interface WidgetRouteOptions {
  /**
   * Gzip /widget.js here (Node: nothing else compresses). Off where the platform compresses
   * responses itself (Workers): a body gzipped here would be gzipped again there, and the browser
   * would get gzip inside gzip.
   */
  compress?: boolean;
}

/** GET / (the demo employer page with the widget) and GET /widget.js (the bundle, gzipped on request). */
export function widgetRoutes(loadScript: LoadWidgetScript, options: WidgetRouteOptions = {}) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(demoPageHtml()));
  const compression: MiddlewareHandler<AppEnv> = options.compress === false ? (_c, next) => next() : compress();
  app.get('/widget.js', compression, async (c) => {
    const script = await loadScript();
    if (script === undefined) throw new ApiError('not_found', 'widget.js is not built: run `npm run build:widget`');
    return c.body(script, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      // Short cache: embedding sites pick up a new release within minutes.
      'cache-control': 'public, max-age=300',
    });
  });
  return app;
}
