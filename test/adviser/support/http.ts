import type { TestLotse } from './lotse.js';
import { PASSWORD } from './lotse.js';

type App = TestLotse['app'];

export const jsonPost = (app: App, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** The session cookie's value from a login response. */
export function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /lotse_adviser=([^;]+)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return `lotse_adviser=${match[1]}`;
}

/** Signs in over HTTP and returns a client that sends the cookie and the CSRF token like the inbox does. */
export async function signIn(app: App, email: string, password = PASSWORD) {
  const response = await jsonPost(app, '/api/v1/adviser/login', { email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = sessionCookie(response);
  return {
    cookie,
    csrfToken,
    get: (path: string) => app.request(`/api/v1/adviser${path}`, { headers: { cookie } }),
    post: (path: string, body: unknown = {}) =>
      jsonPost(app, `/api/v1/adviser${path}`, body, { cookie, 'x-csrf-token': csrfToken }),
    put: (path: string, body: unknown = {}) =>
      app.request(`/api/v1/adviser${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      }),
    // Like the inbox: every change sends a JSON body (a JSON request cannot come from a cross-site form).
    delete: (path: string) =>
      app.request(`/api/v1/adviser${path}`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: '{}',
      }),
  };
}

export type AdviserClient = Awaited<ReturnType<typeof signIn>>;
