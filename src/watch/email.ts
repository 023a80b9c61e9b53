import type { Mailer } from './mailer.js';
import { stateNotice } from './notice-view.js';
import type { NoticeSender } from './outbox.js';
import type { WatchStore } from './store.js';
import { watchText } from './texts.js';

/** The unsubscribe link of one address (its token can do nothing but delete that address). */
export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/reminders/unsubscribe?token=${encodeURIComponent(token)}`;

/**
 * E-mail, only where the employer left an address for this case (issue 20: opt-in). Every mail says why it
 * came and carries the link that deletes the address (also as List-Unsubscribe, one click, RFC 8058).
 */
export function emailSender(deps: { store: WatchStore; mailer: Mailer; publicUrl: string }): NoticeSender {
  const host = new URL(deps.publicUrl).hostname || 'lotse.invalid';
  return {
    async send(notice, row) {
      const recipient = await deps.store.channels.email(row.conversationId);
      if (!recipient) throw Object.assign(new Error('no address'), { code: 'no_address' });
      const { lang } = notice.payload;
      const url = unsubscribeUrl(deps.publicUrl, recipient.token);
      const subject =
        notice.kind === 'law_change'
          ? watchText(lang, 'email.subject_change', { toldOn: notice.payload.toldOn })
          : watchText(lang, 'email.subject_reminder', { label: notice.payload.label });
      // Which case (review S3-8): five opt-ins must not read as five identical mails.
      const { toldOn, caseSummary } = notice.payload;
      const summary = caseSummary ?? (notice.kind === 'reminder' ? notice.payload.label : undefined);
      const which = toldOn && summary ? watchText(lang, 'email.case', { toldOn, summary }) : undefined;
      const text = [
        watchText(lang, 'email.greeting'),
        ...(which ? [which] : []),
        stateNotice(notice).text,
        recipient.page ? watchText(lang, 'email.why_link', { url: recipient.page }) : watchText(lang, 'email.why'),
        watchText(lang, 'email.disclaimer'),
        watchText(lang, 'email.unsubscribe', { url }),
      ].join('\n\n');
      await deps.mailer.send({
        to: recipient.address,
        subject,
        text,
        messageId: `<${row.id.replace(/[^\w.-]/g, '.')}@${host}>`,
        headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    },
  };
}
