import { z } from "./zod";

/** Where the library form came from (its filters), kept across the answer; anything unusable is dropped. */
const ZBack = z.string().max(2000).optional().catch(undefined);

/** "Alt text", "Caption", "Credit" on a library card; lengths are the use-case's to refuse, with the field named. */
export const ZMediaUpdate = z.strictObject({
  id: z.string().max(64),
  alt: z.string().default(""),
  caption: z.string().default(""),
  credit: z.string().default(""),
  back: ZBack,
});

export const ZMediaDelete = z.strictObject({ id: z.string().max(64), back: ZBack });

/** The featured-image picker's in-place "Alt text", "Caption", "Credit". */
export const ZMediaDetails = z.strictObject({
  id: z.uuid(),
  alt: z.string().max(5000),
  caption: z.string().max(5000),
  credit: z.string().max(5000),
});
