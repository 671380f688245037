/**
 * `npm run db:restore -- FILE [--yes]`: replaces the database `npm start` uses (and the
 * local media folder) with a backup made by `npm run db:backup`. A database that holds a
 * newsroom is replaced only with `--yes`; a damaged or foreign file changes nothing. Stop
 * Galley first. Every failure is one sentence and exit code 1.
 */
import path from "node:path";
import { restoreBackup } from "../lib/runtime/backup/restore-backup";
import { failure, restoreDone } from "../lib/runtime/backup/sentences";
import { findRunningEmbedded } from "../lib/runtime/backup/running-embedded";
import { root, withDatabase } from "./with-database";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const confirmed = args.includes("--yes");
const files = args.filter((arg) => arg !== "--yes");
if (files.length !== 1 || files[0]!.startsWith("-")) {
  console.error("Usage: npm run db:restore -- FILE.tar.gz [--yes]");
  process.exit(1);
}
// npm runs scripts in the project folder; a relative path means the caller's folder.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!);

// A Galley running on the embedded PostgreSQL keeps it, and the restore asks to stop it.
const running = await findRunningEmbedded(root);
if (running) process.env.DATABASE_URL = running;

await withDatabase(async (database, env) => {
  const dataDir = path.resolve(root, env.GALLEY_DATA_DIR);
  const isS3 = Boolean(env.S3_ENDPOINT && env.S3_BUCKET);
  try {
    const summary = await restoreBackup({
      file,
      databaseUrl: database.url,
      mediaDir: isS3 ? null : path.join(dataDir, "media"),
      root,
      confirmed,
    });
    return restoreDone(file, summary, isS3);
  } catch (error) {
    throw failure("Restoring", error);
  }
});
