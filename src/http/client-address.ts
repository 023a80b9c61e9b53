import type { Context } from 'hono';

/** The eight 16-bit groups of an IPv6 address (`::` expanded, an IPv4 tail converted), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  const v4 = /(?:^|:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const bytes = v4.slice(1).map(Number);
    if (bytes.some((b) => b > 255)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    const tail = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    text = `${text.slice(0, text.length - v4[0].length)}${v4[0].startsWith(':') ? ':' : ''}${tail}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.map((g) => Number.parseInt(g, 16));
}

/**
 * The key one client is counted under. An IPv6 host usually gets a whole /64 and can use any of its
 * 2^64 addresses, so IPv6 clients are counted per /64 (`2001:db8:1:2::/64`); an IPv4-mapped IPv6
 * address (`::ffff:192.0.2.10`, how a dual-stack socket reports IPv4) counts as its IPv4 address.
 * Anything else (IPv4, or a value that is no address) is used as it is.
 */
export function clientKeyOf(address: string): string {
  if (!address.includes(':')) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/**
 * Who a request comes from, for the per-client limits (rate limit, live streams, hand-offs): an IPv4
 * address or an IPv6 /64 (see clientKeyOf). Behind a reverse proxy every request comes from the
 * proxy, so the operator names the header the proxy sets (`x-forwarded-for`: its last entry is the
 * address the proxy saw; `cf-connecting-ip` on Cloudflare). Without one, the socket's peer address
 * on Node (@hono/node-server passes the request as `env.incoming`). Never trusts a client-supplied
 * header unless configured to.
 */
export function clientAddress(header?: string): (c: Context) => string | undefined {
  return (c) => {
    if (header) {
      const value = c.req.header(header);
      const last = value?.split(',').at(-1)?.trim();
      return last ? clientKeyOf(last) : undefined;
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const address = env?.incoming?.socket?.remoteAddress;
    return address ? clientKeyOf(address) : undefined;
  };
}
