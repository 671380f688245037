/** `npm run db:migrate`: apply committed migrations (what `npm start` does on every start). */
import { migrateDatabase } from "../lib/runtime/migrate";
import { withDatabase } from "./with-database";

await withDatabase(async (database) => {
  await migrateDatabase(database.url);
  return "Migrations applied.";
});
