import { mrkdwn } from '../channels/slack/block-kit.js';
import { escapeMrkdwn } from '../channels/slack/texts.js';
import type { NewEscalation } from '../storage/adviser-port.js';
import { verdictLabel } from './case-card.js';
import { factList } from './fact-list.js';
import { adviserTexts } from './texts.js';

export interface WebhookNotifierDeps {
  /** Slack incoming-webhook URL of the advisers' channel (a secret: never logged). */
  webhookUrl: string;
  /** Public address of Lotse; the message links to `<publicUrl>/inbox#case=<id>`. */
  publicUrl: string;
  fetch?: typeof fetch;
}

/** A few facts are enough to triage in Slack; the full card is in the inbox. */
const SUMMARY_FACTS = 6;

/**
 * The Slack message for a new case: urgency, trigger, verdict, reasons, key facts, link to the inbox.
 * Every mrkdwn text is `verbatim`, so nothing in it turns into a mention ("@channel") or a link.
 */
export function notificationMessage(record: NewEscalation, inboxUrl: string) {
  const t = adviserTexts('de');
  const urgent = record.urgency === 'urgent';
  const verdict = verdictLabel(record.assessment.outcome, 'de');
  const title = `${urgent ? `${t.notifyUrgent}: ` : ''}${t.notifyTitle}`;
  const reasons = record.assessment.escalation.reasons.map((r) => `• ${escapeMrkdwn(r.text)}`).join('\n');
  const facts = factList(record.facts, 'de')
    .slice(0, SUMMARY_FACTS)
    .map((f) => `${escapeMrkdwn(f.label)}: ${escapeMrkdwn(f.value)}`)
    .join('\n');
  const fields = [
    `*${t.urgency}:* ${t[`urgency.${record.urgency}`]}`,
    `*${t.trigger}:* ${t[`trigger.${record.trigger}`]}`,
    `*${t.notifyVerdict}:* ${verdict}`,
    `*${t.channel}:* ${t[`channel.${record.channel}`]}`,
  ];
  return {
    text: `${title} – ${verdict}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title } },
      { type: 'section', fields: fields.map(mrkdwn) },
      ...(reasons ? [{ type: 'section', text: mrkdwn(`*${t.reasons}*\n${reasons}`) }] : []),
      ...(facts ? [{ type: 'section', text: mrkdwn(`*${t.facts}*\n${facts}`) }] : []),
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: t.notifyOpen }, url: inboxUrl, style: 'primary' },
        ],
      },
    ],
  };
}

/** Posts new cases to the advisers' Slack channel through an incoming webhook. */
export function createWebhookNotifier(deps: WebhookNotifierDeps) {
  const base = deps.publicUrl.replace(/\/+$/, '');
  return async (record: NewEscalation): Promise<void> => {
    const inboxUrl = `${base}/inbox#case=${encodeURIComponent(record.id)}`;
    // Looked up per call, not captured, so a fetch replaced later (tests, instrumentation) is used.
    const response = await (deps.fetch ?? globalThis.fetch)(deps.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(notificationMessage(record, inboxUrl)),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`the Slack webhook answered HTTP ${response.status}`);
  };
}
