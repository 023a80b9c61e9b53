/** JSON calls to /api/v1/adviser with the session cookie and, for changes, the CSRF header. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const API_BASE = '/api/v1/adviser';

/** A path with query parameters; undefined ones are left out. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  const text = query.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

export function createApi(lang: string) {
  let csrfToken = '';
  // Changes always send a JSON body: a JSON request cannot come from a cross-site form.
  async function call<T>(method: string, path: string, body: unknown = method === 'GET' ? undefined : {}): Promise<T> {
    // The inbox's language, unless the call names a language of its own (saved replies: the employer's).
    const url = /[?&]lang=/.test(path) ? path : withQuery(path, { lang });
    const response = await fetch(`${API_BASE}${url}`, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (response.status === 204) return undefined as T;
    const data = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    if (!response.ok)
      throw new ApiFailure(response.status, data.error?.code ?? 'error', data.error?.message ?? response.statusText);
    return data as T;
  }
  return {
    setCsrf(token: string) {
      csrfToken = token;
    },
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body?: unknown) => call<T>('POST', path, body),
    put: <T>(path: string, body?: unknown) => call<T>('PUT', path, body),
    delete: <T>(path: string) => call<T>('DELETE', path),
  };
}

export type Api = ReturnType<typeof createApi>;
