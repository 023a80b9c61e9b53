import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateByButton } from './support/employer.js';
import { jsonPost, signIn } from './support/http.js';
import { PASSWORD, startLotse, type TestLotse } from './support/lotse.js';

let lotse: TestLotse;
let adviser: { email: string };
let admin: { email: string };

beforeAll(async () => {
  lotse = await startLotse();
  [adviser, admin] = await Promise.all([lotse.addAdviser('Clara Weiß'), lotse.addAdviser('Dora Admin', 'admin')]);
}, 60_000);
afterAll(() => lotse?.stop());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  jsonPost(lotse.app, '/api/v1/adviser/login', { email, password }, headers);

describe('adviser sign-in', () => {
  it('answers 401 to the API without a session, and with a made-up cookie', async () => {
    expect((await lotse.app.request('/api/v1/adviser/escalations')).status).toBe(401);
    const forged = await lotse.app.request('/api/v1/adviser/escalations', { headers: { cookie: 'lotse_adviser=abc' } });
    expect(forged.status).toBe(401);
    expect((await forged.json()).error).toMatchObject({
      code: 'unauthorized',
      message: expect.stringMatching(/sign in/),
    });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie for the whole site, Secure only behind https', async () => {
    const plain = await login(adviser.email, PASSWORD);
    expect(plain.status).toBe(200);
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // Without Path=/ a browser would keep it to /api/v1/adviser/ and the inbox page would not send it.
    expect(cookie).toMatch(/Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Secure/);
    const proxied = await login(adviser.email, PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(proxied.headers.get('set-cookie')).toMatch(/Secure/);
    // The first hop is the client's: a list with spaces around the comma, and https received directly.
    const listed = await login(adviser.email, PASSWORD, { 'x-forwarded-proto': 'https , http' });
    expect(listed.headers.get('set-cookie')).toMatch(/Secure/);
    const lastHopOnly = await login(adviser.email, PASSWORD, { 'x-forwarded-proto': 'http, https' });
    expect(lastHopOnly.headers.get('set-cookie')).not.toMatch(/Secure/);
    const direct = await jsonPost(lotse.app, 'https://lotse.example/api/v1/adviser/login', {
      email: adviser.email,
      password: PASSWORD,
    });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('set-cookie')).toMatch(/Secure/);
    const body = await plain.json();
    expect(body.adviser).toEqual({ id: expect.any(String), email: adviser.email, name: 'Clara Weiß', role: 'adviser' });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash/);
  });

  it('accepts the e-mail address in any case and refuses a wrong password or an unknown address alike', async () => {
    expect((await login(adviser.email.toUpperCase(), PASSWORD)).status).toBe(200);
    const wrong = await login(admin.email, 'falsches-passwort-123');
    const unknown = await login('niemand@beratung.example', PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
    expect((await login(admin.email, PASSWORD)).status).toBe(200);
  });

  it('locks an account after five failed logins in a row, even for the right password, until an admin unlocks it', async () => {
    const victim = await lotse.addAdviser('Emil Ziel');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(victim.email, `falsch-${i}-xxxxxxxx`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await login(victim.email, PASSWORD);
    expect(locked.status).toBe(401);
    expect((await locked.json()).error.message).not.toMatch(/until/);

    const plain = await signIn(lotse.app, adviser.email);
    expect((await plain.post(`/advisers/${victim.id}/unlock`)).status).toBe(403);
    const boss = await signIn(lotse.app, admin.email);
    expect((await boss.post(`/advisers/${victim.id}/unlock`)).status).toBe(204);
    expect((await boss.post('/advisers/00000000-0000-4000-8000-000000000000/unlock')).status).toBe(404);
    expect((await login(victim.email, PASSWORD)).status).toBe(200);
    const { entries } = await (await boss.get('/audit?limit=5')).json();
    expect(entries[0]).toMatchObject({ action: 'unlocked', subjectId: victim.id, caseNumber: null });
  });

  it('rejects changes without the CSRF token, with a wrong one, and cross-site form posts', async () => {
    const id = await escalateByButton(lotse.conversations);
    const client = await signIn(lotse.app, adviser.email);
    const summary = { id: lotse.caseOf(id) };
    const path = `/api/v1/adviser/escalations/${summary.id}/claim`;
    const noToken = await jsonPost(lotse.app, path, {}, { cookie: client.cookie });
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/x-csrf-token/),
    });
    const wrongToken = await jsonPost(lotse.app, path, {}, { cookie: client.cookie, 'x-csrf-token': 'x'.repeat(43) });
    expect(wrongToken.status).toBe(403);
    const crossSiteForm = await lotse.app.request(path, {
      method: 'POST',
      headers: {
        cookie: client.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        'x-csrf-token': client.csrfToken,
      },
      body: 'a=b',
    });
    expect(crossSiteForm.status).toBe(403);
    expect((await crossSiteForm.json()).error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/cross-site/),
    });
    // Nothing was claimed by the refused requests.
    expect((await client.post(`/escalations/${summary.id}/claim`)).status).toBe(200);
  });

  it('ends the session on logout', async () => {
    const client = await signIn(lotse.app, adviser.email);
    expect((await client.get('/me')).status).toBe(200);
    const out = await client.post('/logout');
    expect(out.status).toBe(204);
    // Cleared on the path it was set on (a cookie on another path would be a second cookie).
    expect(out.headers.get('set-cookie')).toMatch(/^lotse_adviser=;.*Max-Age=0.*Path=\/(;|$)/);
    expect((await client.get('/me')).status).toBe(401);
  });

  it('asks no CSRF token for reading: GET and HEAD', async () => {
    const { cookie } = await signIn(lotse.app, adviser.email);
    for (const method of ['GET', 'HEAD'])
      expect((await lotse.app.request('/api/v1/adviser/me', { method, headers: { cookie } })).status, method).toBe(200);
  });

  it('shows the audit log to admins only', async () => {
    const plain = await signIn(lotse.app, adviser.email);
    const boss = await signIn(lotse.app, admin.email);
    expect((await plain.get('/audit')).status).toBe(403);
    expect((await boss.get('/audit')).status).toBe(200);
  });

  it('validates the login body with readable messages', async () => {
    const response = await jsonPost(lotse.app, '/api/v1/adviser/login', { email: '' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues.map((i: { path: string }) => i.path)).toContain('email');
  });
});

describe('inbox page', () => {
  it('is served with a strict CSP and carries no inline script or style', async () => {
    const page = await lotse.app.request('/inbox');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/<script src="\/inbox\/inbox\.js" defer><\/script>/);
    // The only other script element is a JSON data block, which browsers never execute.
    expect(html.match(/<script(?![^>]*(?:src=|type="application\/json"))/g)).toBeNull();
    expect(html).not.toContain('<style');
    const english = await lotse.app.request('/inbox', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(await english.text()).toContain('Sign in');
  });
});
