import { describe, expect, it } from 'vitest';
import { createFakeSlack, type PostedMessage } from '../slack/support/fake-slack.js';
import { CHANNEL, clickInit, commandInit } from '../slack/support/signed-requests.js';
import { api, finish, TUNISIAN, TUNISIAN_DETAILS, view, webCase } from './support/cases.js';
import { watchSuite } from './support/suite.js';
import { PASSWORD, testClock, type WatchedLotse, watchedLotse } from './support/watched-lotse.js';

const suite = watchSuite({ slack: true });

const ADDRESS = 'personal@baeckerei.example';
const isWatchMessage = (m: PostedMessage) => JSON.stringify(m.blocks).includes('lotse:watch_');

/** A Slack case: the slash command opens the thread; what is still asked is answered in it. */
async function slackCase(l: WatchedLotse, slack: ReturnType<typeof createFakeSlack>) {
  expect((await l.app.request('/slack/commands', commandInit(TUNISIAN))).status).toBe(200);
  await l.settle();
  const root = slack.posted[0];
  const thread = root ? await l.slackStore.findThread(CHANNEL, root.ts) : undefined;
  if (!root || !thread) throw new Error('no thread was opened');
  const post = async (input: { choice: { factKey: string; value: string } }) => {
    const result = await l.conversations.post(thread.conversationId, input);
    await l.settle();
    return result;
  };
  const first = await l.conversations.get(thread.conversationId);
  const last = await finish(post, first, TUNISIAN_DETAILS);
  expect(last.state.assessment?.outcome).toBe('permission_required');
  return { id: thread.conversationId, threadTs: root.ts };
}

describe('a change of the law reaches the employer once, in each channel they use (issue 20)', () => {
  it('a Tunisian case from May 2026 becomes a ban on 12.06.2026: one change record, one message per channel', async () => {
    const clock = testClock('2026-05-03');
    const l = watchedLotse({ clock, smtpUrl: suite.smtp.url });
    suite.keep(l);
    const slack = createFakeSlack();
    suite.server.use(...slack.handlers);
    const mailsBefore = suite.smtp.received.length;

    // May 2026: one employer asks in the widget and leaves an address, another in Slack.
    const web = await webCase(l, TUNISIAN, TUNISIAN_DETAILS);
    expect(web.last.state.assessment?.outcome).toBe('permission_required');
    const optIn = await view(l, `/api/v1/conversations/${web.id}/reminders/email`, { address: ADDRESS }, 'PUT');
    expect(optIn).toMatchObject({ email: { available: true, enabled: true } });
    const inSlack = await slackCase(l, slack);

    // The watch looks at the cases in May and on the last day of the old law: nothing has changed.
    expect(await l.watch.run()).toMatchObject({ cases: 2, changes: 0, reminders: 0 });
    clock.set('2026-06-11');
    expect(await l.watch.run()).toMatchObject({ changes: 0 });
    expect(await l.watch.deliver()).toEqual({ sent: 0, failed: 0, dropped: 0 });

    // The date moves across 12.06.2026 (the watch did not run in between): each case gets one change record.
    clock.set('2026-06-20');
    const slackBefore = slack.posted.length;
    expect(await l.watch.run()).toMatchObject({ cases: 2, changes: 2 });
    const records = l.db
      .prepare("SELECT conversation_id, date, detected_on, payload FROM watch_notices WHERE kind = 'law_change'")
      .all() as Array<{ conversation_id: string; date: string; detected_on: string; payload: string }>;
    expect(records.map((r) => r.conversation_id).sort()).toEqual([web.id, inSlack.id].sort());
    for (const record of records) {
      const payload = JSON.parse(record.payload);
      expect(record.date).toBe('2026-06-12');
      expect(record.detected_on).toBe('2026-06-20');
      expect(payload.before.outcome).toBe('permission_required');
      expect(payload.after.outcome).toBe('prohibited');
      expect(payload.entries.map((e: { id: string }) => e.id)).toContain('ban.safe-country-eu');
      expect(payload.text).toMatch(
        /^Seit dem 12\.06\.2026 gilt „[^“]+“: Ihre Einschätzung vom 03\.05\.2026 ändert sich\./,
      );
    }
    expect(await l.watch.deliver()).toEqual({ sent: 2, failed: 0, dropped: 0 });

    // Slack: one message in the case's thread, with the new headline, "Details", pause and stop.
    const posted = slack.posted.slice(slackBefore);
    expect(posted).toHaveLength(1);
    const message = posted[0] as PostedMessage;
    expect(message.thread_ts).toBe(inSlack.threadTs);
    const shown = slack.textOf(message);
    expect(shown).toContain('Seit dem 12.06.2026 gilt');
    expect(shown).toContain('Ihre Einschätzung vom 03.05.2026 ändert sich');
    expect(shown).toContain('Vorher: Erlaubnis nötig. Jetzt: Verboten.');
    expect(shown).toMatch(/Neue Einschätzung – Verboten: [^"]*Tunesien/);
    expect(slack.buttonsOf(message).map((b) => b.text.text)).toEqual([
      'Details',
      'Eine Woche pausieren',
      'Keine Erinnerungen mehr',
    ]);

    // E-mail: one mail to the address the employer left, with the change and the link that deletes it.
    expect(suite.smtp.received.length - mailsBefore).toBe(1);
    const mail = suite.smtp.received.at(-1);
    expect(mail?.to).toEqual([ADDRESS]);
    expect(mail?.subject).toBe('Lotse: Ihre Einschätzung vom 03.05.2026 ändert sich');
    expect(mail?.text).toContain('Seit dem 12.06.2026 gilt');
    expect(mail?.text).toContain('Vorher: Erlaubnis nötig. Jetzt: Verboten.');
    expect(mail?.text).toMatch(/https:\/\/lotse\.example\.org\/reminders\/unsubscribe\?token=\w{32,}/);
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.text).not.toContain(web.id);
    // Which case (review S3-8): the day asked and the case's facts, never the employer's words.
    expect(mail?.text).toContain('Ihr Fall, gefragt am 03.05.2026: Duldung · Tunesien · Arbeitsstelle · 38 Std./Woche');
    expect(mail?.text).not.toMatch(/Küche|Helfer|14 Euro/);

    // The widget, when the employer returns: the notice in state.notices, with before and after.
    const returned = await view(l, `/api/v1/conversations/${web.id}`);
    expect(returned.state.notices).toHaveLength(1);
    const notice = returned.state.notices?.[0];
    expect(notice).toMatchObject({
      kind: 'law_change',
      date: '2026-06-12',
      before: { outcome: 'permission_required' },
      after: { outcome: 'prohibited', baConsent: 'not_applicable' },
    });
    expect(notice?.text).toContain('Ihre Einschätzung vom 03.05.2026 ändert sich');

    // Nothing is sent twice: the same day again, then the date moved on again.
    expect(await l.watch.run()).toMatchObject({ changes: 0 });
    clock.set('2026-08-03');
    expect(await l.watch.run()).toMatchObject({ changes: 0, reminders: 0 });
    expect(await l.watch.deliver()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(slack.posted.slice(slackBefore).filter(isWatchMessage)).toHaveLength(1);
    expect(suite.smtp.received.length - mailsBefore).toBe(1);
    const again = await view(l, `/api/v1/conversations/${web.id}`);
    expect(again.state.notices?.map((n) => n.id)).toEqual([notice?.id]);
    expect(l.count('watch_notices')).toBe(2);

    // The admins' outbox: one row per notice and channel, each sent once (web: when the employer came back).
    const admin = await l.addAdmin();
    const login = await api(l, '/api/v1/adviser/login', { email: admin.email, password: PASSWORD });
    const cookie = /lotse_adviser=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const outbox = await l.app.request('/api/v1/watch/outbox', { headers: { cookie } });
    expect(outbox.status).toBe(200);
    const { entries } = (await outbox.json()) as { entries: Array<Record<string, unknown>> };
    expect(entries.map((e) => [e.channel, e.status, e.attempts]).sort()).toEqual([
      ['email', 'sent', 1],
      ['slack', 'sent', 1],
      ['web', 'sent', 1],
    ]);
    expect(JSON.stringify(entries)).not.toContain(web.id);
    expect(JSON.stringify(entries)).not.toContain(ADDRESS);
    expect((await l.app.request('/api/v1/watch/outbox')).status).toBe(401);

    // "Details" posts the new verdict's sections in the thread.
    const before = slack.posted.length;
    const details = slack.buttonsOf(message).find((b) => b.text.text === 'Details');
    if (!details) throw new Error('no Details button');
    expect((await l.app.request('/slack/interactions', clickInit(message, details))).status).toBe(200);
    await l.settle();
    const detailPosts = slack.posted.slice(before);
    expect(detailPosts).toHaveLength(1);
    expect(detailPosts[0]?.thread_ts).toBe(inSlack.threadTs);
    expect(slack.textOf(detailPosts[0] as PostedMessage)).toMatch(/Quellen.*Stand \d\d\.\d\d\.\d{4}/);
  });
});
