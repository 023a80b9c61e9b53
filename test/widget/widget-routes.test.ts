import { describe, expect, it } from 'vitest';
import { readConfig, textOn } from '../../src/channels/web/widget/client/config.js';
import { widgetRoutes } from '../../src/channels/web/widget-routes.js';
import { createErrorHandler } from '../../src/http/on-error.js';
import { silentLogger } from '../../src/logger.js';

const routes = (script: string | undefined) => {
  const app = widgetRoutes(async () => script);
  app.onError(createErrorHandler(silentLogger));
  return app;
};

describe('widget routes and embed configuration', () => {
  it('serves the demo employer page with the embed snippet and the automated-bot notice', async () => {
    const res = await routes('x').request('/');
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Dresden');
    expect(html).toContain('automatischer Assistent');
    expect(html).toContain('<script src="/widget.js"');
  });

  it('serves widget.js gzipped when the client accepts it, and says how to build it when missing', async () => {
    const script = `console.log(${JSON.stringify('x'.repeat(2000))})`;
    const res = await routes(script).request('/widget.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await routes(undefined).request('/widget.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('npm run build:widget');
  });

  it('reads the embed attributes, defaulting the endpoint to where widget.js came from', () => {
    const script = (data: Record<string, string>) =>
      ({ src: 'https://lotse.example/widget.js', dataset: data }) as unknown as HTMLScriptElement;
    expect(readConfig(script({}), 'https://employer.example/jobs')).toEqual({
      endpoint: 'https://lotse.example',
      lang: 'de',
      titles: {},
      open: false,
      replyWithinHours: 24,
    });
    expect(
      readConfig(
        script({
          endpoint: 'https://api.example/lotse/api/v1/',
          lang: 'en',
          title: 'Hilfe',
          color: '#ffcc00',
          open: 'true',
        }),
        'https://employer.example/',
      ),
    ).toEqual({
      endpoint: 'https://api.example/lotse',
      lang: 'en',
      titles: { en: 'Hilfe' },
      color: '#ffcc00',
      open: true,
      replyWithinHours: 24,
    });
    // A title given in one language stays in it; another language gets its own or the default title.
    const both = readConfig(
      script({ lang: 'de', title: 'Einstellungshilfe', titleEn: 'Hiring help', replyWithinHours: '8' }),
      'https://employer.example/',
    );
    expect(both.titles).toEqual({ de: 'Einstellungshilfe', en: 'Hiring help' });
    expect(both.replyWithinHours).toBe(8);
    expect(readConfig(script({ lang: 'fr' }), 'https://employer.example/').lang).toBe('de');
  });

  it('picks black or white text on the accent colour, whichever contrasts more', () => {
    expect(textOn('#0b5394')).toBe('#fff');
    expect(textOn('#ffcc00')).toBe('#000');
    expect(textOn('#fff')).toBe('#000');
    expect(textOn('rebeccapurple')).toBe('#fff');
  });
});
