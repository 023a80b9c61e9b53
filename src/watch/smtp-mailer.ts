import nodemailer from 'nodemailer';
import type { Mailer } from './mailer.js';

/**
 * SMTP through nodemailer (the well-kept library for it: TLS, authentication, pooling, RFC 5322 encoding of
 * German text, all of which hand-written SMTP would get wrong). `url`: smtp://user:pass@host:587 or smtps://….
 */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        headers: message.headers,
      });
    },
    close: () => transport.close(),
  };
}
