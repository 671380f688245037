import "server-only";
import nodemailer from "nodemailer";
import { log } from "@/lib/log";

/**
 * Outgoing mail, only when SMTP_URL is configured (e.g. smtp://user:pass@mail.example.com:587).
 * Galley never needs a mail server: whatever it mails is also shown to the person who
 * asked for it. Returns whether the message was handed to the server.
 */
export async function sendMail(message: {
  to: string;
  subject: string;
  text: string;
}): Promise<boolean> {
  const url = process.env.SMTP_URL;
  if (!url) return false;
  try {
    const transport = nodemailer.createTransport(url);
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "Galley <galley@localhost>",
      ...message,
    });
    return true;
  } catch (error) {
    log.error({ err: error }, "could not send mail");
    return false;
  }
}
