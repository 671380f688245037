/** Live coverage as the reader's page shows it (lib/server/reader/live-updates.ts reads it). */
export type ReaderLiveUpdate = {
  id: string;
  title: string | null;
  bodyHtml: string;
  isKey: boolean;
  publishedAt: Date;
  editedAt: Date | null;
  authors: { name: string; slug: string }[];
  correction: { text: string; at: Date } | null;
};

export type ReaderLiveCoverage = {
  keyEvents: { id: string; title: string; publishedAt: Date }[];
  updates: ReaderLiveUpdate[];
  /** The cursor for "Older updates" (the last update shown), or null at the first update. */
  olderCursor: string | null;
  /** Whether this page is the newest one (the script adds new updates only there). */
  isNewest: boolean;
  count: number;
  lastPublishedAt: Date | null;
};
