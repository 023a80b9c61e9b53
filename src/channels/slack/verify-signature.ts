/** Slack recommends treating a request whose timestamp is further than this from now as a replay. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type VerifyResult =
  /** `signature`: the MAC as lower-case hex, one spelling per request (to remember it was handled). */
  | { ok: true; signature: string; timestamp: number }
  | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' };

const encoder = new TextEncoder();

// Imported per request on purpose: it costs microseconds, and a module-level cache would keep the
// signing secret in process-wide mutable state.
function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
}

/** `v0=` + 64 hex digits → the 32 MAC bytes; anything else is not a signature. */
function signatureBytes(header: string): Uint8Array<ArrayBuffer> | undefined {
  const match = /^v0=([0-9a-f]{64})$/i.exec(header);
  const hex = match?.[1];
  if (!hex) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Slack's v0 request signing (https://api.slack.com/authentication/verifying-requests-from-slack):
 * HMAC-SHA256 over `v0:{X-Slack-Request-Timestamp}:{raw body}` with the signing secret, sent as
 * `X-Slack-Signature: v0={hex}`. Web Crypto's `verify` compares in constant time, and it runs on
 * Node and Workers alike. `nowMs` is injected so the ±5-minute window is testable.
 */
export async function verifySlackRequest(input: {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  nowMs: number;
}): Promise<VerifyResult> {
  // An empty secret would make every HMAC "verify" for anyone who knows it is empty.
  if (!input.signingSecret || !input.timestamp || !input.signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(input.timestamp)) return { ok: false, reason: 'stale_timestamp' };
  const skew = Math.abs(Math.floor(input.nowMs / 1000) - Number(input.timestamp));
  if (skew > MAX_SKEW_SECONDS) return { ok: false, reason: 'stale_timestamp' };
  const mac = signatureBytes(input.signature);
  if (!mac) return { ok: false, reason: 'bad_signature' };
  const valid = await crypto.subtle.verify(
    'HMAC',
    await hmacKey(input.signingSecret),
    mac,
    encoder.encode(`v0:${input.timestamp}:${input.rawBody}`),
  );
  if (!valid) return { ok: false, reason: 'bad_signature' };
  return { ok: true, signature: input.signature.slice(3).toLowerCase(), timestamp: Number(input.timestamp) };
}
