/**
 * `npm run db:reset`: drop every table and apply the migrations again, then seed as on a
 * first start. Asks for `--yes` so that nobody empties a newsroom's database by accident.
 */
import { runPrisma } from "../lib/runtime/migrate";
import { seedCommand } from "../prisma/seed/run";
import { withDatabase } from "./with-database";

if (!process.argv.includes("--yes")) {
  console.error(
    "db:reset deletes every article, account and revision in the database. Run `npm run db:reset -- --yes` to go ahead.",
  );
  process.exit(1);
}

await withDatabase(async (database, env) => {
  await runPrisma(["migrate", "reset", "--force"], database.url);
  return `Database reset. ${await seedCommand(database.url, { isEmbedded: database.isEmbedded, demo: env.GALLEY_DEMO })}`;
});
