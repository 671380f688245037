import fs from "node:fs";
import { runMigrations } from "graphile-worker";
import pg from "pg";
import { CACHE_CHANNEL } from "../../cache-channel";
import { quietLogger } from "../../job-logger";
import { migrateDatabase } from "../migrate";
import { readManifest, verifyArchive } from "./archive-reader";
import { createJobsTable, replaceJobs } from "./jobs";
import { LoadError, loadArchive } from "./load-archive";
import { BackupError, type Manifest } from "./manifest";
import { createStagingFolder, swapMediaFolder } from "./media-files";
import {
  advanceSequences,
  checkCompatible,
  checkStagingShape,
  checkTarget,
  knownMigrations,
} from "./restore-checks";
import {
  buildStagingSchema,
  deferConstraints,
  dropStagingSchema,
  restoreDeferred,
  swapIntoPublic,
} from "./staging-schema";

export type RestoreSummary = {
  manifest: Manifest;
  /** Migrations this Galley has beyond the backup's, applied after the restore. */
  newerMigrations: string[];
  /** Whether the backup's media files replaced the local media folder. */
  restoredMedia: boolean;
};

/**
 * Replaces the database (and the local media folder) with a backup's. In order, each
 * step before the transaction's COMMIT leaves the newsroom as it was:
 *
 * 1. the manifest (a foreign file, or one from a newer Galley, stops here); nobody else
 *    connected, and `confirmed` if the database holds a newsroom; then every entry's
 *    size and checksum (a damaged file stops here);
 * 2. the backup's schema built by its own migrations in a staging schema;
 * 3. one transaction: load every table there (constraints and indexes after), move
 *    sequences on, swap staging into public, replay the job queue, tell every app
 *    instance's cache to drop everything, COMMIT;
 * 4. the media folder swapped for the restored one (written beside it during 3);
 * 5. statistics for the planner, and this Galley's newer migrations, as a start would.
 */
export async function restoreBackup(options: {
  file: string;
  databaseUrl: string;
  /** `${GALLEY_DATA_DIR}/media`, or null when media live in S3. */
  mediaDir: string | null;
  root: string;
  confirmed: boolean;
}): Promise<RestoreSummary> {
  const { file, databaseUrl, mediaDir, root } = options;
  const manifest = await readManifest(file);
  const newerMigrations = checkCompatible(file, manifest, knownMigrations(root));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let restoredMedia = false;
  try {
    // Asked before the long read, so "add --yes" does not wait for the checksums.
    await checkTarget(client, { file, confirmed: options.confirmed });
    await verifyArchive(file, manifest);
    // The job queue's own schema, as every start makes it: jobs are replayed into it.
    await runMigrations({ connectionString: databaseUrl, logger: quietLogger });
    let mediaStage: string | null = null;
    try {
      await buildStagingSchema(client, root, manifest.migrations);
      if (mediaDir && manifest.media.storage === "local")
        mediaStage = createStagingFolder(mediaDir);
      await client.query("begin");
      await checkStagingShape(client, file, manifest);
      const deferred = await deferConstraints(client);
      await createJobsTable(client);
      await client.query("set local maintenance_work_mem = '256MB'");
      await loadArchive({ client, file, manifest, mediaStage });
      await restoreDeferred(client, deferred);
      await advanceSequences(client, manifest);
      await swapIntoPublic(client);
      await replaceJobs(client);
      // Not JSON: every listener takes an unreadable message as "drop everything".
      await client.query("select pg_notify($1, 'restored')", [CACHE_CHANNEL]);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      await dropStagingSchema(client).catch(() => undefined);
      if (mediaStage) fs.rmSync(mediaStage, { recursive: true, force: true });
      if (error instanceof LoadError || isDatabaseError(error)) {
        throw new BackupError(
          `${file} could not be loaded into this database (${(error as Error).message.split("\n")[0]}). Nothing was changed.`,
        );
      }
      throw error;
    }
    if (mediaDir && mediaStage) {
      await swapMediaFolder(mediaDir, mediaStage).catch((error: Error) => {
        throw new BackupError(
          `The database was restored, but the media folder could not be replaced (${error.message}); the restored media are in ${mediaStage}: move them to ${mediaDir} by hand.`,
        );
      });
      restoredMedia = true;
    }
    // Fresh tables have no statistics; search plans depend on them (see the migration
    // 20261129090000_search_statistics). Autovacuum would get there, later.
    await client.query("analyze").catch(() => undefined);
  } finally {
    await client.end();
  }
  if (newerMigrations.length > 0) {
    await migrateDatabase(databaseUrl).catch((error: Error) => {
      throw new BackupError(
        `${file} was restored, but this Galley's newer migrations could not be applied to it: ${error.message} Run \`npm run db:migrate\` once that is fixed.`,
      );
    });
  }
  return { manifest, newerMigrations, restoredMedia };
}

/** An error PostgreSQL sent (it has a SQLSTATE), as opposed to one of ours. */
function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}
