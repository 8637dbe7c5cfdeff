import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface OutgoingMail {
  to: string;
  toName: string | null;
  subject: string;
  text: string;
}

/** Where the outbox dispatcher hands messages: SMTP, or the log in a local demo. */
export interface MailTransport {
  readonly kind: 'smtp' | 'log';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    send: async (mail) => {
      await transporter.sendMail({
        from,
        to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    },
    close: () => transporter.close(),
  };
}

/** Local demo without SMTP: the message is logged; the development mailbox page shows it. */
export function createLogTransport(logger: Logger): MailTransport {
  return {
    kind: 'log',
    send: async (mail) => {
      logger.info({ to: mail.to, subject: mail.subject }, 'e-mail (no SMTP_URL: see /dev/mailbox)');
    },
    close: () => {},
  };
}
