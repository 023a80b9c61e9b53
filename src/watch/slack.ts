import { buildAnswerCard } from '../answer/build-card.js';
import { detailBlocks } from '../channels/slack/assessment-blocks.js';
import { contexts } from '../channels/slack/block-kit.js';
import type { SlackApi } from '../channels/slack/slack-api.js';
import { escapeMrkdwn } from '../channels/slack/texts.js';
import { addDays } from '../domain/law-date.js';
import type { AssessedCase } from '../graph/assessed.js';
import type { SlackThread } from '../storage/ports.js';
import type { NoticeSender } from './outbox.js';
import { noticeBlocks, WATCH_ACTIONS, type WatchAction } from './slack-notice.js';
import type { WatchStore } from './store.js';
import { watchText } from './texts.js';
import type { AssessLater } from './watch.js';

/** How long "pause" holds the thread's messages back. */
export const SNOOZE_DAYS = 7;

/** Posts a notice in the case's thread. */
export function slackSender(deps: { api: SlackApi; store: WatchStore }): NoticeSender {
  return {
    async send(notice, row) {
      const thread = await deps.store.channels.slackThread(row.conversationId);
      if (!thread) throw Object.assign(new Error('no thread'), { code: 'no_thread' });
      const { text, blocks } = noticeBlocks(notice);
      await deps.api.postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text, blocks });
    },
  };
}

export interface SlackWatchDeps {
  api: SlackApi;
  store: WatchStore;
  cases: { verdictCase(id: string): Promise<AssessedCase | null> };
  assess: AssessLater;
  now: () => string;
}

/**
 * The buttons of a notice: "Details" posts the new verdict's sections (as the verdict's own button does);
 * pause and stop are the HR user's choice for this thread, said in the thread so the whole team sees it.
 */
export function slackWatchActions(deps: SlackWatchDeps) {
  const say = (thread: SlackThread, text: string) =>
    deps.api.postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text, blocks: contexts([text]) });

  return async (thread: SlackThread, action: WatchAction, noticeId: string) => {
    const notice = await deps.store.notices.get(noticeId);
    // A button of another case's notice (or of an erased one) does nothing.
    if (!notice || notice.conversationId !== thread.conversationId) return;
    const lang = thread.lang;
    if (action === WATCH_ACTIONS.details) {
      const verdict = await deps.cases.verdictCase(thread.conversationId);
      if (!verdict) return;
      const options = { unknown: verdict.unknown, lang, factsAsOf: verdict.lawAsOf };
      const card = buildAnswerCard(deps.assess(verdict.facts, notice.detectedOn, options), verdict.facts, lang);
      await deps.api.postMessage({
        channel: thread.channel,
        thread_ts: thread.threadTs,
        text: escapeMrkdwn(card.headline),
        blocks: detailBlocks(card, lang),
      });
      return;
    }
    const now = deps.now();
    if (action === WATCH_ACTIONS.snooze) {
      const until = addDays(now.slice(0, 10), SNOOZE_DAYS);
      await deps.store.channels.choose(
        thread.conversationId,
        'slack',
        { state: 'on', snoozedUntil: `${until}T00:00:00.000Z` },
        now,
      );
      await say(thread, escapeMrkdwn(watchText(lang, 'slack.snoozed', { date: until })));
      return;
    }
    await deps.store.channels.choose(thread.conversationId, 'slack', { state: 'stopped', snoozedUntil: null }, now);
    await say(thread, escapeMrkdwn(watchText(lang, 'slack.stopped')));
  };
}
