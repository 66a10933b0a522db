import "server-only";
import { env } from "@/lib/env";
import type { OutboxTransport } from "./deliver";

let cached: OutboxTransport | null | undefined;

/**
 * The SMTP transport when SMTP_URL is set, else null (messages stay in the outbox page).
 * nodemailer is loaded only then, so a deployment without mail never touches it.
 */
export async function smtpTransport(): Promise<OutboxTransport | null> {
  if (cached !== undefined) return cached;
  if (!env.SMTP_URL) return (cached = null);
  const nodemailer = await import("nodemailer");
  const transporter = nodemailer.createTransport(env.SMTP_URL);
  cached = {
    async send(mail) {
      await transporter.sendMail({
        from: env.MAIL_FROM,
        to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
        subject: mail.subject,
        text: mail.body,
        // Lets a receiving system drop a duplicate if the same message ever arrives twice.
        messageId: `<${mail.id}@loopdesk>`,
      });
    },
  };
  return cached;
}
