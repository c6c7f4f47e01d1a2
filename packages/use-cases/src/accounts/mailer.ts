/** Sends the few mails Coopex writes (invitations, password resets). A real transport plugs in behind this. */
export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
}

/** The default transport: the mail goes to the log, where an operator can read the link. */
export function createLogMailer(log: (message: string, fields: Record<string, unknown>) => void): Mailer {
  return {
    async send(mail) {
      log('mail', { to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/** Keeps mails in memory: for tests and for the CLI to print what it would have sent. */
export function createMemoryMailer(): Mailer & {
  sent: Array<{ to: string; subject: string; text: string }>;
} {
  const sent: Array<{ to: string; subject: string; text: string }> = [];
  return {
    sent,
    async send(mail) {
      sent.push(mail);
    },
  };
}
