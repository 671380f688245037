/** `npm run db:seed`: seed the demo newsroom (embedded or GALLEY_DEMO=1), else the sections. */
import { migrateDatabase } from "../lib/runtime/migrate";
import { withDatabase } from "../scripts/with-database";
import { seedCommand } from "./seed/run";

await withDatabase(async (database, env) => {
  await migrateDatabase(database.url);
  return seedCommand(database.url, { isEmbedded: database.isEmbedded, demo: env.GALLEY_DEMO });
});
