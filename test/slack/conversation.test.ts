import { describe, expect, it } from 'vitest';
import { germanDate, knowledgeReviewDates, standDates } from '../support/knowledge-dates.js';
import { VERDICT_LABELS_DE } from '../support/verdict-labels.js';
import type { PostedMessage } from './support/fake-slack.js';
import { TODAY } from './support/lotse-with-slack.js';
import { CHANNEL, commandInit, eventInit, HUMAN } from './support/signed-requests.js';
import { isAnswer } from './support/slack-driver.js';
import { slackSuite } from './support/slack-suite.js';

const { lotse, setup } = slackSuite();

describe('Slack: a whole conversation in a thread', () => {
  it('opens a thread for /lotse, asks with buttons and posts the assessment as sections with sources', async () => {
    const { slack, ok, click, pick, conversationOf } = setup();
    const ack = await ok('/slack/commands', commandInit(''));
    expect(await ack.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Thread') });

    const root = slack.posted[0];
    expect(root?.thread_ts).toBeUndefined();
    expect(slack.textOf(root as PostedMessage)).toContain('automatischer Assistent');
    const question = slack.posted[1];
    expect(question?.thread_ts).toBe(root?.ts);
    const buttons = slack.buttonsOf(question);
    expect(buttons.map((b) => b.action_id)).toContain('lotse:status:0');
    expect(buttons.find((b) => b.action_id === 'lotse:status:0')?.value).toBe('duldung');
    expect(buttons.at(-1)).toMatchObject({ action_id: 'lotse:action:handoff', value: 'handoff' });

    let clicks = 0;
    const isVerdict = (m: PostedMessage) => slack.buttonsOf(m).some((b) => b.action_id === 'lotse:details:0');
    while (!slack.posted.some(isVerdict) && clicks < 12) {
      await click(...pick(slack.lastWithButtons(), isAnswer));
      clicks++;
    }
    const assessment = slack.posted.find(isVerdict);
    expect(assessment?.thread_ts).toBe(root?.ts);
    const blocks = assessment?.blocks ?? [];
    expect(blocks[0]?.text?.text).toMatch(new RegExp(`^:\\w+: \\*(${VERDICT_LABELS_DE}):\\*`));
    expect(JSON.stringify(blocks.filter((b) => b.type === 'context'))).toContain(
      `Stand des Rechts: ${germanDate(TODAY)}`,
    );

    // "Details" posts the sections in the thread, sources numbered with "Stand" and links; no turn runs.
    const posted = slack.posted.length;
    await click(...pick(assessment, (b) => b.action_id === 'lotse:details:0'));
    const details = slack.posted.slice(posted);
    expect(details.every((m) => m.thread_ts === root?.ts)).toBe(true);
    const context = JSON.stringify(details.flatMap((m) => m.blocks.filter((b) => b.type === 'context')));
    expect(context).toMatch(/\[1\] \*[^*]+\* \([^)]*\) · Stand \d\d\.\d\d\.\d{4}/);
    expect(context).toMatch(/<https:\/\/www\.gesetze-im-internet\.de\/[^|>]+\|/);
    // Each source's "Stand" is the review date of a knowledge entry.
    const reviewed = knowledgeReviewDates();
    expect(standDates(context).length).toBeGreaterThan(0);
    expect(standDates(context).filter((d) => !reviewed.has(d))).toEqual([]);

    // Each clicked question keeps the answer instead of its buttons.
    expect(slack.updates).toHaveLength(clicks);
    expect(JSON.stringify(slack.updates)).not.toContain('Details');
    expect(JSON.stringify(slack.updates[0])).toContain('Ihre Wahl: Duldung');
    expect(JSON.stringify(slack.updates[0]?.blocks)).not.toContain('"actions"');
    expect(slack.posted.slice(1).every((m) => m.thread_ts === root?.ts)).toBe(true);
    expect(slack.auth.every((a) => a === 'Bearer xoxb-test-token')).toBe(true);

    const id = await conversationOf(root?.ts ?? '');
    const view = await lotse.conversations.get(id);
    expect(view.channel).toBe('slack');
    expect(view.state.assessment).toBeDefined();
    expect(view.messages.filter((m) => m.role === 'employer')).toHaveLength(clicks);

    // The details are the sections of the card stored with the verdict, each under its title, within
    // Slack's limits (3,000 characters a section, 50 blocks a message).
    const card = view.messages.find((m) => m.answer)?.answer;
    const detailText = JSON.stringify(details.map((m) => m.blocks));
    for (const section of card?.sections.filter((s) => s.id !== 'sources') ?? [])
      expect(detailText).toContain(`*${section.title}*`);
    for (const m of details) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const b of m.blocks) if (b.type === 'section') expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
    // A second click posts nothing again and runs no turn.
    const before = slack.posted.length;
    await click(...pick(assessment, (b) => b.action_id === 'lotse:details:0'));
    expect(slack.posted).toHaveLength(before);
    expect((await lotse.conversations.get(id)).messages).toHaveLength(view.messages.length);
  });

  it('hands over on "talk to a person", then posts the adviser’s reply into the thread and stays silent', async () => {
    const { slack, ok, click, pick, conversationOf } = setup();
    await ok('/slack/commands', commandInit('Wir möchten einen Mann mit Duldung als Koch einstellen'));
    const rootTs = slack.posted[0]?.ts ?? '';
    expect(slack.posted.filter((m) => JSON.stringify(m.blocks).includes('lotse:status:'))).toHaveLength(0);

    await click(...pick(slack.lastWithButtons(), (b) => b.action_id === 'lotse:action:handoff'));
    const consent = slack.lastWithButtons();
    expect(slack.buttonsOf(consent).map((b) => b.action_id)).toEqual([
      'lotse:handoffConsent:0',
      'lotse:handoffConsent:1',
    ]);
    await click(...pick(consent, (b) => b.value === 'yes'));
    expect(slack.textOf(slack.posted.at(-1) as PostedMessage)).toContain('übergeben');

    const id = await conversationOf(rootTs);
    expect((await lotse.conversations.get(id)).state.status).toBe('with_adviser');
    await lotse.conversations.adviserReply(id, 'Guten Tag, ich übernehme den Fall.');
    await lotse.settle();
    const reply = slack.posted.at(-1);
    expect(reply?.thread_ts).toBe(rootTs);
    expect(reply?.text).toBe('*Beratung:* Guten Tag, ich übernehme den Fall.');

    const before = slack.posted.length;
    await ok(
      '/slack/events',
      eventInit('Ev-emp', {
        type: 'message',
        channel: CHANNEL,
        user: HUMAN,
        text: 'Danke!',
        ts: '1795001000.000001',
        thread_ts: rootTs,
      }),
    );
    expect(slack.posted).toHaveLength(before);
    expect((await lotse.conversations.get(id)).messages.at(-1)).toMatchObject({ role: 'employer', text: 'Danke!' });

    await lotse.conversations.handBack(id);
    await lotse.settle();
    expect(slack.textOf(slack.posted.at(-1) as PostedMessage)).toContain('zurückgegeben');
  });

  it('opens a conversation in the thread of an app_mention and continues it with thread replies', async () => {
    const { slack, ok, conversationOf } = setup();
    const ts = '1795000100.000100';
    await ok(
      '/slack/events',
      eventInit('Ev-m1', {
        type: 'app_mention',
        channel: CHANNEL,
        user: HUMAN,
        text: '<@U0BOT0001> en A man from Tunisia with a Duldung',
        ts,
      }),
    );
    expect(slack.posted.every((m) => m.thread_ts === ts)).toBe(true);
    expect(slack.textOf(slack.posted[0] as PostedMessage)).toContain('automated assistant');
    const id = await conversationOf(ts);
    expect((await lotse.conversations.get(id)).state.facts).toMatchObject({ status: 'duldung', nationality: 'TN' });

    const before = slack.posted.length;
    await ok(
      '/slack/events',
      eventInit('Ev-m2', {
        type: 'message',
        channel: CHANNEL,
        user: HUMAN,
        text: 'I don&apos;t know',
        ts: '1795000200.000200',
        thread_ts: ts,
      }),
    );
    expect(slack.posted.length).toBeGreaterThan(before);
    expect((await lotse.conversations.get(id)).messages.filter((m) => m.role === 'employer')).toHaveLength(2);
  });
});
