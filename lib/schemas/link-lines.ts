import { httpUrl } from "./settings";
import { z } from "./zod";

/**
 * A "Links" box: one address per line, each a full http(s) URL. A bad line is refused with
 * the form as typed rather than dropped (a `javascript:` link never reaches a page);
 * repeats are kept once. Contributors' profiles and planning events share it.
 */
export const linkLines = (max: number) =>
  z
    .string()
    .max(4_000, "Keep the links under 4,000 characters.")
    .optional()
    .transform((text) =>
      (text ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine((lines) => lines.length <= max, { message: `List at most ${max} links.` })
    .refine((lines) => lines.every((line) => httpUrl(line) !== null), {
      message: "Write each link as a full address starting with https://, one a line.",
    })
    .transform((lines) => [...new Set(lines.map((line) => httpUrl(line)!.href))]);
