import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createRetention } from '../../src/retention/retention.js';
import { createSqliteRetentionStore } from '../../src/storage/sqlite/sqlite-retention.js';
import { createFakeSlack, type PostedMessage } from '../slack/support/fake-slack.js';
import { CHANNEL, clickInit, commandInit } from '../slack/support/signed-requests.js';
import { api, finish, view, webCase } from './support/cases.js';
import { watchSuite } from './support/suite.js';
import { testClock, type WatchedLotse, watchedLotse } from './support/watched-lotse.js';

const suite = watchSuite({ slack: true });

/**
 * A Syrian cook, geduldet since 01.10.2026: three months of stay end with 01.01.2027 (§ 32 Abs. 1 BeschV, §§ 187 Abs. 1,
 * 188 Abs. 2 BGB), so the ABH may permit the job from 02.01.2027.
 */
const COOK =
  'Wir möchten eine Frau aus Syrien als Köchin einstellen, Vollzeit, 15 Euro die Stunde. Sie hat seit dem 01.10.2026 eine Duldung, darauf steht Beschäftigung nur mit Erlaubnis der Ausländerbehörde.';
const WAIT_ENDS = '2027-01-02';

function setup(day: string, withSmtp = true) {
  const clock = testClock(day);
  const l = watchedLotse({ clock, ...(withSmtp ? { smtpUrl: suite.smtp.url } : {}) });
  suite.keep(l);
  const slack = createFakeSlack();
  suite.server.use(...slack.handlers);
  return { clock, l, slack };
}

const isWatchMessage = (m: PostedMessage) => JSON.stringify(m.blocks).includes('lotse:watch_');

describe('the dates of a case become reminders on their day (issue 20)', () => {
  it('the end of the waiting period is reminded on that day, not before, and only once', async () => {
    const { clock, l } = setup('2026-11-22');
    const mails = suite.smtp.received.length;
    const { id, last } = await webCase(l, COOK);
    expect(last.state.assessment?.caseDates?.map((d) => [d.id, d.date])).toContainEqual([
      'waiting_period_ends',
      WAIT_ENDS,
    ]);
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@kantine.example' }, 'PUT');

    await l.watch.run();
    clock.set('2027-01-01');
    expect(await l.watch.run()).toMatchObject({ reminders: 0, changes: 0 });
    await l.watch.deliver();
    expect(suite.smtp.received.length).toBe(mails);
    expect((await view(l, `/api/v1/conversations/${id}`)).state.notices).toBeUndefined();

    clock.set(WAIT_ENDS);
    expect(await l.watch.run()).toMatchObject({ reminders: 1, changes: 0 });
    expect(await l.watch.deliver()).toMatchObject({ sent: 1 });
    const notices = (await view(l, `/api/v1/conversations/${id}`)).state.notices ?? [];
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'reminder', date: WAIT_ENDS });
    expect(notices[0]?.text).toContain('Ab 02.01.2027 darf die Ausländerbehörde die Beschäftigung erlauben');
    expect(suite.smtp.received.length - mails).toBe(1);
    expect(suite.smtp.received.at(-1)?.subject).toBe('Lotse: Erinnerung – Wartezeit endet: Antrag stellen');
    // Which case (review S3-8): the day it was asked and a few facts, no name.
    expect(suite.smtp.received.at(-1)?.text).toContain('Ihr Fall, gefragt am 22.11.2026: Duldung · Syrien · ');

    // The next pass, and the next day: nothing new.
    expect(await l.watch.run()).toMatchObject({ reminders: 0 });
    clock.set('2027-01-03');
    expect(await l.watch.run()).toMatchObject({ reminders: 0, changes: 0 });
    expect(await l.watch.deliver()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(suite.smtp.received.length - mails).toBe(1);
  });

  it('a case first looked at after its date (no pass in between) is reminded late, not never', async () => {
    const { clock, l } = setup('2026-11-22');
    const mails = suite.smtp.received.length;
    const { id } = await webCase(l, COOK);
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@kantine.example' }, 'PUT');
    // The first pass after the verdict comes only days after the date (a server restarted with a later date).
    clock.set('2027-01-05');
    expect(await l.watch.run()).toMatchObject({ reminders: 1, changes: 0 });
    await l.watch.deliver();
    const notices = (await view(l, `/api/v1/conversations/${id}`)).state.notices ?? [];
    expect(notices.map((n) => [n.kind, n.date])).toEqual([['reminder', WAIT_ENDS]]);
    expect(suite.smtp.received.length - mails).toBe(1);
    expect(await l.watch.run()).toMatchObject({ reminders: 0 });
  });

  it('the mail links back to the page the employer asked on: origin and path only, and only a page Lotse allows', async () => {
    const { clock, l } = setup('2026-11-22');
    const mails = suite.smtp.received.length;
    const pages = {
      own: 'https://lotse.example.org/fragen/duldung?kunde=4711#chat',
      foreign: 'https://login-lotse.example.net/anmelden',
    };
    const ids: string[] = [];
    for (const [which, page] of Object.entries(pages)) {
      const { id } = await webCase(l, COOK);
      await view(
        l,
        `/api/v1/conversations/${id}/reminders/email`,
        { address: `${which}@kantine.example`, page },
        'PUT',
      );
      ids.push(id);
    }
    const bad = await api(
      l,
      `/api/v1/conversations/${ids[0]}/reminders/email`,
      { address: 'hr@kantine.example', page: 'javascript:alert(1)' },
      'PUT',
    );
    expect(bad.status).toBe(400);
    await l.watch.run();
    clock.set(WAIT_ENDS);
    await l.watch.run();
    expect(await l.watch.deliver()).toMatchObject({ sent: 2 });
    const sent = suite.smtp.received.slice(mails);
    const [own, foreign] = ['own', 'foreign'].map((w) => sent.find((m) => m.to.includes(`${w}@kantine.example`))?.text);
    expect(own).toContain(
      'im selben Browser öffnen, in dem Sie gefragt haben: https://lotse.example.org/fragen/duldung',
    );
    expect(own).not.toMatch(/kunde|4711|#chat/);
    // A page on an origin Lotse neither serves nor lets embed the widget is not linked (the address is not verified).
    expect(foreign).not.toContain('example.net');
    expect(foreign).toContain('auf der Seite öffnen, auf der Sie gefragt haben');
    // No conversation id in either mail: the link is the page, the browser keeps the conversation.
    for (const [i, text] of [own, foreign].entries()) expect(text).not.toContain(ids[i]);
  });

  it('an overdue notice is the answer’s own "report now"": no reminder repeats it, on that day or later', async () => {
    const { clock, l } = setup('2026-12-07');
    const mails = suite.smtp.received.length;
    const { id, last } = await webCase(
      l,
      'Unsere Auszubildende aus Afghanistan hat eine Ausbildungsduldung, auf der Duldung steht Beschäftigung gestattet.',
      [
        { factKey: 'event', value: 'training_ends_early' },
        { factKey: 'eventKnownOn', value: '2026-11-01' },
      ],
    );
    expect(last.state.assessment?.caseDates).toEqual([
      expect.objectContaining({
        id: 'notice_deadline:notify_abh_early_end',
        kind: 'notice_overdue',
        date: '2026-12-07',
      }),
    ]);
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@werkstatt.example' }, 'PUT');
    expect(await l.watch.run()).toMatchObject({ reminders: 0, changes: 0 });
    clock.set('2026-12-08');
    expect(await l.watch.run()).toMatchObject({ reminders: 0, changes: 0 });
    await l.watch.deliver();
    expect(suite.smtp.received.length).toBe(mails);
    expect((await view(l, `/api/v1/conversations/${id}`)).state.notices).toBeUndefined();
  });

  it('a pass missed on the day is made up later: the reminder is late, not lost', async () => {
    const { clock, l } = setup('2026-11-22', false);
    const { id } = await webCase(l, COOK);
    await l.watch.run();
    clock.set('2027-01-05');
    expect(await l.watch.run()).toMatchObject({ reminders: 1 });
    const notices = (await view(l, `/api/v1/conversations/${id}`)).state.notices ?? [];
    expect(notices.map((n) => [n.kind, n.date])).toEqual([['reminder', WAIT_ENDS]]);
  });

  it('without an address no e-mail leaves; the address can be deleted again and is never echoed', async () => {
    const { clock, l } = setup('2026-11-22');
    const mails = suite.smtp.received.length;
    const { id } = await webCase(l, COOK);
    const on = await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@kantine.example' }, 'PUT');
    expect(JSON.stringify(on)).not.toContain('hr@kantine.example');
    expect(await view(l, `/api/v1/conversations/${id}/reminders/email`, undefined, 'DELETE')).toMatchObject({
      email: { enabled: false },
    });
    expect(l.count('watch_email')).toBe(0);
    await l.watch.run();
    clock.set(WAIT_ENDS);
    await l.watch.run();
    await l.watch.deliver();
    expect(suite.smtp.received.length).toBe(mails);
    expect(l.count('watch_outbox', "channel = 'email'")).toBe(0);
    expect(
      (await api(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'kein-adresse' }, 'PUT')).status,
    ).toBe(400);
  });

  it('the link in every mail deletes the address: a GET only asks, the POST deletes (also one-click)', async () => {
    const { clock, l } = setup('2026-11-22');
    const { id } = await webCase(l, COOK);
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@kantine.example' }, 'PUT');
    await l.watch.run();
    clock.set(WAIT_ENDS);
    await l.watch.run();
    await l.watch.deliver();
    const link = /https:\/\/lotse\.example\.org(\/reminders\/unsubscribe\?token=\w+)/.exec(
      suite.smtp.received.at(-1)?.text ?? '',
    )?.[1];
    if (!link) throw new Error('no unsubscribe link in the mail');
    const page = await l.app.request(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Abbestellen und Adresse löschen');
    expect(l.count('watch_email')).toBe(1);
    const done = await l.app.request(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Ihre Adresse ist gelöscht');
    expect(l.count('watch_email')).toBe(0);
    expect((await l.app.request(link, { method: 'POST' })).status).toBe(404);
  });

  it('a failed mail is retried with back-off until it is sent, once', async () => {
    const { clock, l } = setup('2026-11-22');
    const mails = suite.smtp.received.length;
    const { id } = await webCase(l, COOK);
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address: 'hr@kantine.example' }, 'PUT');
    await l.watch.run();
    clock.set(WAIT_ENDS);
    await l.watch.run();
    suite.smtp.rejectNext(2);
    expect(await l.watch.deliver()).toMatchObject({ sent: 0, failed: 1 });
    const row = () =>
      l.db
        .prepare("SELECT status, attempts, next_attempt_at, last_error FROM watch_outbox WHERE channel = 'email'")
        .get() as {
        status: string;
        attempts: number;
        next_attempt_at: string;
        last_error: string;
      };
    expect(row()).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: '2027-01-02T09:01:00.000Z' });
    // Not before its time; then the second attempt fails too and waits twice as long.
    expect(await l.watch.deliver()).toMatchObject({ failed: 0, sent: 0 });
    clock.later(1);
    expect(await l.watch.deliver()).toMatchObject({ failed: 1 });
    expect(row()).toMatchObject({ attempts: 2, next_attempt_at: '2027-01-02T09:03:00.000Z' });
    clock.later(2);
    expect(await l.watch.deliver()).toMatchObject({ sent: 1 });
    expect(row()).toMatchObject({ status: 'sent', attempts: 3 });
    expect(suite.smtp.received.length - mails).toBe(1);
    expect(await l.watch.deliver()).toMatchObject({ sent: 0 });
  });
});

describe('Slack threads: on by default, with pause and stop (issue 20)', () => {
  async function slackCookCase(l: WatchedLotse, slack: ReturnType<typeof createFakeSlack>) {
    expect((await l.app.request('/slack/commands', commandInit(COOK))).status).toBe(200);
    await l.settle();
    const root = slack.posted[0];
    const thread = root ? await l.slackStore.findThread(CHANNEL, root.ts) : undefined;
    if (!root || !thread) throw new Error('no thread');
    const post = async (input: { choice: { factKey: string; value: string } }) => {
      const result = await l.conversations.post(thread.conversationId, input);
      await l.settle();
      return result;
    };
    await finish(post, await l.conversations.get(thread.conversationId));
    return { id: thread.conversationId, threadTs: root.ts };
  }

  it('the reminder is posted in the thread; "pause" holds it back a week, "stop" ends them', async () => {
    const { clock, l, slack } = setup('2026-11-22', false);
    const { threadTs } = await slackCookCase(l, slack);
    await l.watch.run();
    clock.set(WAIT_ENDS);
    await l.watch.run();
    await l.watch.deliver();
    const reminders = () => slack.posted.filter(isWatchMessage);
    expect(reminders()).toHaveLength(1);
    const reminder = reminders()[0] as PostedMessage;
    expect(reminder.thread_ts).toBe(threadTs);
    expect(slack.textOf(reminder)).toContain('Erinnerung: Wartezeit endet: Antrag stellen');

    // Pause: the thread is told, and the next message waits until the pause is over.
    const pause = slack.buttonsOf(reminder).find((b) => b.text.text === 'Eine Woche pausieren');
    if (!pause) throw new Error('no pause button');
    expect((await l.app.request('/slack/interactions', clickInit(reminder, pause))).status).toBe(200);
    await l.settle();
    expect(slack.textOf(slack.posted.at(-1) as PostedMessage)).toContain('erst ab dem 09.01.2027 wieder');
    // A reminder due in the pause (recorded by hand: the case has no second date) is held back, then sent.
    const notice = l.db.prepare("SELECT id FROM watch_notices WHERE kind = 'reminder'").get() as { id: string };
    l.db
      .prepare(
        "INSERT INTO watch_outbox (id, notice_id, conversation_id, channel, status, attempts, next_attempt_at, created_at) SELECT ?, id, conversation_id, 'slack', 'pending', 0, ?, ? FROM watch_notices WHERE id = ?",
      )
      .run('again:slack', clock.now(), clock.now(), notice.id);
    expect(await l.watch.deliver()).toMatchObject({ sent: 0 });
    clock.set('2027-01-09');
    expect(await l.watch.deliver()).toMatchObject({ sent: 1 });
    expect(reminders()).toHaveLength(2);

    // Stop: pending messages are dropped, new notices are not queued for the thread at all.
    const stop = slack.buttonsOf(reminder).find((b) => b.text.text === 'Keine Erinnerungen mehr');
    if (!stop) throw new Error('no stop button');
    expect((await l.app.request('/slack/interactions', clickInit(reminder, stop))).status).toBe(200);
    await l.settle();
    expect(slack.textOf(slack.posted.at(-1) as PostedMessage)).toContain('keine Erinnerungen und Änderungen mehr');
    l.db
      .prepare(
        "INSERT INTO watch_outbox (id, notice_id, conversation_id, channel, status, attempts, next_attempt_at, created_at) SELECT ?, id, conversation_id, 'slack', 'pending', 0, ?, ? FROM watch_notices WHERE id = ?",
      )
      .run('third:slack', clock.now(), clock.now(), notice.id);
    expect(await l.watch.deliver()).toMatchObject({ sent: 0, dropped: 1 });
    expect(reminders()).toHaveLength(2);
  });
});

describe('retention and erasure take the watch’s data with the case (issue 20)', () => {
  /** Every table of the file, every column: where does `needle` still occur? */
  function tablesContaining(l: WatchedLotse, needle: string): string[] {
    const tables = l.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    return tables
      .filter(({ name }) =>
        (l.db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>).some((row) =>
          Object.values(row).some((v) => typeof v === 'string' && v.includes(needle)),
        ),
      )
      .map(({ name }) => name);
  }
  const filesContaining = (l: WatchedLotse, marker: string) =>
    [l.dbPath, `${l.dbPath}-wal`].filter(
      (path) => existsSync(path) && readFileSync(path).includes(Buffer.from(marker, 'utf8')),
    );

  it('DELETE erases schedule, notices, outbox rows and the address: no table and no file keeps them', async () => {
    const { clock, l } = setup('2026-11-22');
    const address = `erase-${crypto.randomUUID()}@kantine.example`;
    const { id } = await webCase(l, COOK);
    const other = await webCase(l, COOK);
    await view(l, `/api/v1/conversations/${id}/reminders/email`, { address }, 'PUT');
    await l.watch.run();
    clock.set(WAIT_ENDS);
    await l.watch.run();
    await l.watch.deliver();
    expect(tablesContaining(l, id)).toEqual(
      expect.arrayContaining(['watch_cases', 'watch_notices', 'watch_outbox', 'watch_email']),
    );
    expect(tablesContaining(l, address)).toEqual(['watch_email']);
    expect(filesContaining(l, address)).not.toEqual([]);

    expect((await api(l, `/api/v1/conversations/${id}`, undefined, 'DELETE')).status).toBe(204);

    expect(tablesContaining(l, id)).toEqual([]);
    expect(tablesContaining(l, address)).toEqual([]);
    expect(filesContaining(l, address)).toEqual([]);
    expect(tablesContaining(l, other.id)).toEqual(expect.arrayContaining(['watch_cases', 'watch_notices']));
  });

  it('a case past retention is no longer watched, and the sweep deletes its schedule', async () => {
    const { clock, l } = setup('2026-11-22', false);
    const { id } = await webCase(l, COOK);
    await l.watch.run();
    expect(l.count('watch_dates', 'conversation_id = ?', id)).toBeGreaterThan(0);
    clock.set('2027-03-01');
    expect(await l.watch.run()).toMatchObject({ cases: 0 });
    const retention = createRetention({
      store: createSqliteRetentionStore(l.db),
      erase: (conversation) => l.conversations.remove(conversation),
      deleteCheckpoints: (thread) => l.saver.deleteThread(thread),
      retentionDays: 90,
      now: () => new Date(clock.now()),
      logger: silentLogger,
    });
    expect(await retention.sweep()).toMatchObject({ conversations: 1 });
    for (const table of ['watch_cases', 'watch_dates', 'watch_notices', 'watch_outbox'])
      expect(l.count(table, 'conversation_id = ?', id), table).toBe(0);
  });
});
