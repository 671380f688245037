import path from "node:path";
import { isDatabaseUnavailable } from "../../database-unavailable";
import { StartupError } from "../startup-error";
import type { BackupSummary } from "./create-backup";
import type { Manifest } from "./manifest";
import type { RestoreSummary } from "./restore-backup";

/** What `npm run db:backup` and `db:restore` print: sentences, never a stack trace. */

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

const rowsOf = (manifest: Manifest, table: string) =>
  manifest.tables.find((entry) => entry.name === table)?.rows ?? 0;

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function newsroomText(manifest: Manifest): string {
  return `${plural(rowsOf(manifest, "Article"), "story", "stories")}, ${plural(rowsOf(manifest, "User"), "account", "accounts")}`;
}

export const s3Sentence = (bucket: string) =>
  `Media are kept in the S3 bucket ${bucket}, which this backup does not hold: back the bucket up with the store's own tools (for example \`aws s3 sync\`, \`mc mirror\`, or bucket versioning).`;

export function backupDone(summary: BackupSummary, bucket = "S3_BUCKET"): string {
  const { manifest } = summary;
  const media =
    manifest.media.storage === "local"
      ? ` and ${plural(manifest.media.files.length, "media file", "media files")}`
      : "";
  const lines = [
    `Backed up the database (${newsroomText(manifest)})${media} to ${summary.file} (${sizeText(summary.bytes)}).`,
  ];
  if (manifest.media.storage === "s3") lines.push(s3Sentence(bucket));
  return lines.join("\n");
}

export function restoreDone(file: string, summary: RestoreSummary, isS3Here: boolean): string {
  const { manifest } = summary;
  const made = manifest.createdAt.slice(0, 16).replace("T", " ");
  const lines = [
    `Restored ${path.basename(file)} (made ${made} UTC by Galley ${manifest.galleyVersion}): ${newsroomText(manifest)}${summary.restoredMedia ? `, ${plural(manifest.media.files.length, "media file", "media files")}` : ""}.`,
  ];
  if (summary.newerMigrations.length > 0) {
    lines.push(
      `Applied this Galley's ${plural(summary.newerMigrations.length, "newer migration", "newer migrations")} to it.`,
    );
  }
  if (manifest.media.storage === "local" && isS3Here && manifest.media.files.length > 0) {
    lines.push(
      `Its ${plural(manifest.media.files.length, "media file", "media files")} were not restored, because media here are kept in S3: extract them with \`tar -xzf ${file} media/\` and copy them into the bucket.`,
    );
  }
  if (manifest.media.storage === "s3" && !isS3Here) {
    lines.push(
      "The backup holds no media files (they were kept in S3): copy them from the bucket's own backup into the media folder.",
    );
  }
  return lines.join("\n");
}

/** Anything that is not already a sentence becomes one (the database away, a full disk). */
export function failure(action: "Backing up" | "Restoring", error: unknown): StartupError {
  if (error instanceof StartupError) return error;
  if (isDatabaseUnavailable(error))
    return new StartupError(
      "The database cannot be reached; check DATABASE_URL and that PostgreSQL is running.",
    );
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new StartupError(`${action} failed: ${message}.`);
}
