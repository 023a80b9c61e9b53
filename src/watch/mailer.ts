/** One e-mail as the watch sends it: plain text, with the headers an unsubscribe link needs. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Derived from the outbox row, so a mail retried after a crash carries the same id (clients drop duplicates). */
  messageId: string;
  headers: Record<string, string>;
}

/** What the watch needs to send e-mail; the SMTP adapter (smtp-mailer.ts) runs on Node only. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close?(): void;
}
