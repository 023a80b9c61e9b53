import { describe, expect, it } from 'vitest';
import { verifySlackRequest } from '../../src/channels/slack/verify-signature.js';
import { NOW_MS, NOW_S, SECRET, sign } from './support/signed-requests.js';

// The worked example from https://api.slack.com/authentication/verifying-requests-from-slack
const DOC = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  rawBody:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

const body = '{"type":"event_callback","event_id":"Ev1"}';
const check = (over: Partial<Parameters<typeof verifySlackRequest>[0]> = {}) =>
  verifySlackRequest({
    signingSecret: SECRET,
    timestamp: String(NOW_S),
    signature: sign(body, NOW_S),
    rawBody: body,
    nowMs: NOW_MS,
    ...over,
  });

describe('Slack request signature (v0)', () => {
  it("accepts Slack's documented example request", async () => {
    expect(await verifySlackRequest({ ...DOC, nowMs: Number(DOC.timestamp) * 1000 })).toMatchObject({ ok: true });
  });

  it('accepts a request signed with the signing secret over the raw body', async () => {
    expect(await check()).toMatchObject({ ok: true });
  });

  it('accepts upper-case hex, since the MAC bytes are what is compared', async () => {
    expect(await check({ signature: `v0=${sign(body, NOW_S).slice(3).toUpperCase()}` })).toMatchObject({ ok: true });
  });

  it('hands back the MAC in one spelling, lower-case hex without v0=, whichever case the header used', async () => {
    // The replay store remembers requests by this value (src/channels/slack/routes.ts).
    const hex = sign(body, NOW_S).slice(3).toLowerCase();
    const expected = { ok: true, signature: hex, timestamp: NOW_S };
    expect(await check({ signature: `v0=${hex}` })).toEqual(expected);
    expect(await check({ signature: `v0=${hex.toUpperCase()}` })).toEqual(expected);
  });

  it('rejects a body changed after signing', async () => {
    expect(await check({ rawBody: body.replace('Ev1', 'Ev2') })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('rejects a signature made with another secret', async () => {
    expect(await check({ signature: sign(body, NOW_S, 'another-secret') })).toMatchObject({ ok: false });
  });

  it('rejects a signature over another timestamp (the timestamp is part of the base string)', async () => {
    expect(await check({ timestamp: String(NOW_S - 10) })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('accepts a timestamp exactly five minutes old and rejects one a second older', async () => {
    const at = (ts: number) => check({ timestamp: String(ts), signature: sign(body, ts) });
    expect(await at(NOW_S - 300)).toMatchObject({ ok: true });
    expect(await at(NOW_S - 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('rejects a timestamp more than five minutes in the future', async () => {
    const ts = NOW_S + 301;
    expect(await check({ timestamp: String(ts), signature: sign(body, ts) })).toEqual({
      ok: false,
      reason: 'stale_timestamp',
    });
  });

  it('rejects missing headers and an empty signing secret', async () => {
    expect(await check({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing_headers' });
    expect(await check({ signature: undefined })).toEqual({ ok: false, reason: 'missing_headers' });
    expect(await check({ signingSecret: '' })).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('rejects malformed signatures and timestamps without computing anything from them', async () => {
    const good = sign(body, NOW_S);
    for (const signature of [good.slice(0, -2), `v1=${good.slice(3)}`, good.replace(/.$/, 'g'), 'v0=']) {
      expect(await check({ signature })).toEqual({ ok: false, reason: 'bad_signature' });
    }
    expect(await check({ timestamp: 'now' })).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('takes only the exact header shape: nothing before v0= or after the 64 hex digits', async () => {
    const good = sign(body, NOW_S);
    for (const signature of [`x${good}`, ` ${good}`, `${good}00`, `${good} `]) {
      expect(await check({ signature })).toEqual({ ok: false, reason: 'bad_signature' });
    }
  });

  it('takes only a timestamp of digits, even one signed correctly with it', async () => {
    for (const timestamp of [`x${NOW_S}`, `${NOW_S}x`, `${NOW_S}.5`, `0${NOW_S}00`]) {
      expect(await check({ timestamp, signature: sign(body, timestamp) }), timestamp).toEqual({
        ok: false,
        reason: 'stale_timestamp',
      });
    }
  });
});
