import { z } from "./zod";
import { LANGUAGES } from "./article-fields";

/** A social account readers are pointed to: the network (from the address's host) and its URL. */
export type SocialAccount = { network: string; url: string };

const MAX_SOCIAL_ACCOUNTS = 12;

/** An http(s) address, or null when it is not one (a `javascript:` link never reaches a page). */
export function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** "https://www.facebook.com/dezhoudaily" → "facebook.com": what the link is labelled with. */
export function networkOf(url: URL): string {
  return url.hostname.replace(/^www\./, "");
}

const name = z
  .string()
  .trim()
  .min(1, "Enter the publication's name.")
  .max(120, "Keep the name under 120 characters.");
const tagline = z.string().trim().max(200, "Keep the tagline under 200 characters.");

/**
 * One address per line. Each must be an http(s) URL, so a bad line is refused with the
 * form as typed rather than dropped.
 */
const socialAccounts = z
  .string()
  .max(4_000)
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine((lines) => lines.length <= MAX_SOCIAL_ACCOUNTS, {
    message: `List at most ${MAX_SOCIAL_ACCOUNTS} social accounts.`,
  })
  .refine((lines) => lines.every((line) => httpUrl(line) !== null), {
    message: "Write each social account as a full address starting with https://, one a line.",
  })
  .transform((lines): SocialAccount[] =>
    lines.map((line) => {
      const url = httpUrl(line)!;
      return { network: networkOf(url), url: url.href };
    }),
  );

/** The address readers use: empty for none (GALLEY_PUBLIC_URL or the request's own address). */
const publicUrl = z
  .string()
  .trim()
  .max(300)
  .refine((value) => value === "" || httpUrl(value)?.pathname === "/", {
    message: "Enter the address readers use, such as https://news.example.com, without a path.",
  })
  .transform((value) => (value === "" ? null : httpUrl(value)!.origin));

export const ZPublicationSettings = z.strictObject({
  /** The version the form was loaded at: a save over a newer one is refused. */
  version: z.coerce.number().int().min(0),
  nameHant: name,
  nameHans: name,
  nameEn: name,
  taglineHant: tagline,
  taglineHans: tagline,
  taglineEn: tagline,
  logoMediaId: z
    .union([z.literal(""), z.uuid("Choose an image from the media library.")])
    .transform((value) => (value === "" ? null : value)),
  defaultLanguage: z.enum(LANGUAGES, "Choose the script new articles start in."),
  socialAccounts,
  copyright: z.string().trim().max(300, "Keep the copyright line under 300 characters."),
  publicUrl,
});
export type TPublicationSettings = z.output<typeof ZPublicationSettings>;
