import "server-only";
import nodemailer from "nodemailer";
import { log } from "@/lib/log";
import { getPublication } from "../settings/get-publication";

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
      from: process.env.SMTP_FROM ?? (await defaultSender()),
      ...message,
    });
    return true;
  } catch (error) {
    log.error({ err: error }, "could not send mail");
    return false;
  }
}

/** Without SMTP_FROM, mail comes from the publication's name (its settings), not the software's. */
async function defaultSender(): Promise<{ name: string; address: string }> {
  const publication = await getPublication().catch(() => null);
  return { name: publication?.names.en ?? "Galley", address: "galley@localhost" };
}
