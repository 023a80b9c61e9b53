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

export function createApi(lang: string) {
  let csrfToken = '';
  // Changes always send a JSON body: a JSON request cannot come from a cross-site form.
  async function call<T>(method: string, path: string, body: unknown = method === 'GET' ? undefined : {}): Promise<T> {
    const separator = path.includes('?') ? '&' : '?';
    const response = await fetch(`/api/v1/adviser${path}${separator}lang=${lang}`, {
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
  };
}

export type Api = ReturnType<typeof createApi>;
