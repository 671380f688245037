import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A draft nobody has saved: "New story" made it and nothing was typed (every save bumps
 * the version; imports arrive with a headline). Lists leave these out, and the job
 * queue deletes one a day after it was made (lib/server/articles/discard-empty-draft.ts).
 */
export const UNTOUCHED_DRAFT = {
  status: "DRAFT",
  version: 1,
  headline: "",
} as const satisfies Prisma.ArticleWhereInput;

/** Select for `hasUnpublishedChanges`. */
export const liveSourceSelect = {
  status: true,
  version: true,
  liveVersion: { select: { isLive: true, sourceVersion: true } },
} as const satisfies Prisma.ArticleSelect;

/**
 * Whether a published story's working copy is ahead of what readers see: the live
 * snapshot records the version it was frozen from, and every save bumps the version.
 */
export function hasUnpublishedChanges(row: {
  status: string;
  version: number;
  liveVersion: { isLive: boolean; sourceVersion: number | null } | null;
}): boolean {
  const source = row.liveVersion?.isLive ? row.liveVersion.sourceVersion : null;
  return row.status === "PUBLISHED" && source !== null && row.version > source;
}
