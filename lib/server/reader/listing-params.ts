import "server-only";
import { parseScript, type Script } from "@/lib/content/reader-script";
import { parseCursor, type ListingCursor } from "./listings";

export type ListingSearchParams = { script?: string | string[]; after?: string | string[] };

/** A listing URL's options: the script, and where to continue (malformed values are ignored). */
export function readListingParams(params: ListingSearchParams): {
  script: Script | null;
  after: ListingCursor | undefined;
} {
  return {
    script: parseScript(params.script),
    after: typeof params.after === "string" ? parseCursor(params.after) : undefined,
  };
}
