import type { Context } from 'hono';

/**
 * Who a request comes from, for the per-client rate limit. Behind a reverse proxy every request
 * comes from the proxy, so the operator names the header the proxy sets (`x-forwarded-for`: its
 * last entry is the address the proxy saw; `cf-connecting-ip` on Cloudflare). Without one, the
 * socket's peer address on Node (@hono/node-server passes the request as `env.incoming`).
 * Never trusts a client-supplied header unless configured to.
 */
export function clientAddress(header?: string): (c: Context) => string | undefined {
  return (c) => {
    if (header) {
      const value = c.req.header(header);
      const last = value?.split(',').at(-1)?.trim();
      return last || undefined;
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    return env?.incoming?.socket?.remoteAddress;
  };
}
