import { describe, expect, it } from 'vitest';
import { api, TUNISIAN, TUNISIAN_DETAILS, view, webCase } from './support/cases.js';
import { watchSuite } from './support/suite.js';
import { PASSWORD, testClock, type WatchedLotse, watchedLotse } from './support/watched-lotse.js';

const suite = watchSuite();

const ADDRESS = 'personal@baeckerei.example';

interface Line {
  id: string;
  caseNumber: number;
  status: string;
  lawChange?: {
    date: string;
    detectedOn: string;
    before: { outcome: string; label: string };
    after: { outcome: string; label: string };
  } | null;
}

/** A session of the admin, as the inbox holds it (cookie and CSRF token). */
async function signIn(l: WatchedLotse, email: string) {
  const login = await api(l, '/api/v1/adviser/login', { email, password: PASSWORD });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = /lotse_adviser=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const read = async (path: string) => {
    const response = await l.app.request(`/api/v1/adviser${path}`, { headers });
    expect(response.status, path).toBe(200);
    return { text: await response.text() };
  };
  return {
    read,
    async json<T>(path: string) {
      return JSON.parse((await read(path)).text) as T;
    },
    async post(path: string) {
      const response = await l.app.request(`/api/v1/adviser${path}`, { method: 'POST', headers, body: '{}' });
      expect(response.status, path).toBe(200);
    },
  };
}

/** A Tunisian case told in the widget, then handed to an adviser with the employer's consent. */
async function handedOver(l: WatchedLotse) {
  const { id } = await webCase(l, TUNISIAN, TUNISIAN_DETAILS);
  await view(l, `/api/v1/conversations/${id}/messages`, { choice: { factKey: 'action', value: 'handoff' } });
  const handed = await view(l, `/api/v1/conversations/${id}/messages`, {
    choice: { factKey: 'handoffConsent', value: 'yes' },
  });
  expect(handed.state.status).toBe('with_adviser');
  return id;
}

describe('advisers see the law change of cases they held (issue 20)', () => {
  it('marks the held case in the queue, lists the change on its page, and never shows the address', async () => {
    const clock = testClock('2026-05-03');
    const l = watchedLotse({ clock, smtpUrl: suite.smtp.url });
    suite.keep(l);

    // May 2026: two employers hand their case over; the first leaves an address for reminders.
    const held = await handedOver(l);
    await view(l, `/api/v1/conversations/${held}/reminders/email`, { address: ADDRESS }, 'PUT');
    await handedOver(l);
    const { email } = await l.addAdmin();
    let adviser = await signIn(l, email);
    const open = await adviser.json<{ escalations: Line[] }>('/escalations?queue=open');
    const [first, second] = [...open.escalations].sort((a, b) => a.caseNumber - b.caseNumber);
    if (!first || !second) throw new Error('two cases expected');
    // The adviser holds the first case and hands it back; nobody takes the second.
    await adviser.post(`/escalations/${first.id}/claim`);
    await adviser.post(`/escalations/${first.id}/hand-back`);
    expect(await l.watch.run()).toMatchObject({ changes: 0 });
    const before = await adviser.json<{ escalations: Line[] }>('/escalations?queue=all');
    expect(before.escalations.map((e) => e.lawChange ?? null)).toEqual([null, null]);

    // After 12.06.2026 the watch records the change of both cases.
    clock.set('2026-06-20');
    expect(await l.watch.run()).toMatchObject({ cases: 2, changes: 2 });
    adviser = await signIn(l, email); // a session lasts hours, not weeks

    // The queue marks the case the adviser held, with the day and the verdict before and after.
    const after = await adviser.json<{ escalations: Line[] }>('/escalations?queue=all');
    const line = (id: string) => after.escalations.find((e) => e.id === id);
    expect(line(first.id)?.lawChange).toMatchObject({
      date: '2026-06-12',
      detectedOn: '2026-06-20',
      before: { outcome: 'permission_required' },
      after: { outcome: 'prohibited' },
    });
    expect(line(first.id)?.lawChange?.after.label).toMatch(/\S/);
    expect(line(second.id)?.lawChange ?? null).toBeNull();

    // The case page lists the change with what caused it.
    const page = await adviser.read(`/escalations/${first.id}`);
    const card = JSON.parse(page.text) as {
      changes: Array<{ date: string; before: { outcome: string }; after: { outcome: string }; entries: string[] }>;
    };
    expect(card.changes).toHaveLength(1);
    expect(card.changes[0]).toMatchObject({
      date: '2026-06-12',
      before: { outcome: 'permission_required' },
      after: { outcome: 'prohibited' },
    });
    expect(card.changes[0]?.entries.length).toBeGreaterThan(0);

    // The address the employer left is nowhere in what advisers read.
    for (const path of ['/escalations?queue=all', `/escalations/${first.id}`, '/stats', '/audit']) {
      expect((await adviser.read(path)).text, path).not.toContain(ADDRESS);
    }
    expect(page.text).not.toContain(held);
  });
});
