import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers for every response. Cross-Origin-Resource-Policy is `cross-origin` because employer sites
 * load widget.js from Lotse with a plain <script> tag; HSTS only takes effect behind HTTPS.
 * `default-src 'none'` on everything that is not a page: JSON and scripts need no capabilities.
 */
export function baseSecurityHeaders(): MiddlewareHandler {
  return secureHeaders({
    // A page route's own, stricter-for-pages policy (pageSecurity) runs inside and must win.
    overwrite: false,
    crossOriginResourcePolicy: 'cross-origin',
    xFrameOptions: 'DENY',
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** CSP hash source of an inline style exactly as the browser sees its text (Web Crypto: Node and Workers). */
export async function styleHash(css: string): Promise<string> {
  return `'sha256-${base64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)))}'`;
}

/** The text of every `<style>` element of a page we render ourselves (for its CSP hashes). */
export function inlineStylesOf(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

export interface PageSecurityOptions {
  /** Inline `<style>` texts the page (or a script on it, like the widget's Shadow DOM) may use. */
  inlineStyles?: readonly string[];
}

/**
 * Strict CSP for an HTML page Lotse serves itself (demo page, API docs, adviser inbox): scripts,
 * fetches and event streams only from this origin, no inline script, no framing, no plugins.
 * Inline `<style>` elements are allowed only by hash. Style *attributes* stay allowed: the widget
 * positions timeline dots with them, and an attribute cannot run code or select other elements.
 * Apply it to the page's route; it replaces the API's `default-src 'none'`.
 */
export function pageSecurity(options: PageSecurityOptions = {}): MiddlewareHandler {
  let headers: Promise<MiddlewareHandler> | undefined;
  const build = async () => {
    const hashes = await Promise.all((options.inlineStyles ?? []).map(styleHash));
    return secureHeaders({
      crossOriginResourcePolicy: 'same-origin',
      xFrameOptions: 'DENY',
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", ...hashes],
        styleSrcAttr: ["'unsafe-inline'"],
        connectSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    });
  };
  return async (c, next) => {
    headers ??= build();
    return (await headers)(c, next);
  };
}
