/**
 * `npm run db:backup [-- FILE|FOLDER]`: the database (one consistent snapshot, while
 * Galley keeps running) and the local media folder in one .tar.gz, by default in
 * `${GALLEY_DATA_DIR}/backups/`. With media in S3 the archive holds the database only, and
 * says how to back the bucket up. Every failure is one sentence and exit code 1.
 */
import fs from "node:fs";
import path from "node:path";
import { createBackup, resolveBackupPath } from "../lib/runtime/backup/create-backup";
import { backupDone, failure } from "../lib/runtime/backup/sentences";
import { StartupError } from "../lib/runtime/startup-error";
import { findRunningEmbedded } from "../lib/runtime/backup/running-embedded";
import { root, withDatabase } from "./with-database";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
if (args.length > 1 || args.some((arg) => arg.startsWith("-"))) {
  console.error("Usage: npm run db:backup [-- FILE.tar.gz | FOLDER]");
  process.exit(1);
}
// A Galley running on the embedded PostgreSQL keeps it: the backup reads alongside.
const running = await findRunningEmbedded(root);
if (running) process.env.DATABASE_URL = running;

await withDatabase(async (database, env) => {
  const dataDir = path.resolve(root, env.GALLEY_DATA_DIR);
  // npm runs scripts in the project folder; a relative path means the caller's folder.
  const output = resolveBackupPath(args[0], dataDir, process.env.INIT_CWD ?? process.cwd());
  if (fs.existsSync(output)) throw new StartupError(`${output} already exists: give another name.`);
  const isS3 = Boolean(env.S3_ENDPOINT && env.S3_BUCKET);
  try {
    const summary = await createBackup({
      databaseUrl: database.url,
      mediaDir: isS3 ? null : path.join(dataDir, "media"),
      output,
      root,
    });
    return backupDone(summary, env.S3_BUCKET);
  } catch (error) {
    throw failure("Backing up", error);
  }
});
