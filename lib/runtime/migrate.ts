import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { runMigrations } from "graphile-worker";
import { quietLogger } from "../job-logger";
import { StartupError } from "./startup-error";

const require = createRequire(import.meta.url);

/** Runs the Prisma CLI (with the project's schema-engine stand-in, set in prisma.config.ts). */
export function runPrisma(args: string[], databaseUrl: string): Promise<string> {
  const cli = require.resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(output))));
  });
}

/** Applies committed migrations (`prisma migrate deploy`); never creates new ones. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  try {
    await runPrisma(["migrate", "deploy"], databaseUrl);
  } catch (error) {
    const lines = String((error as Error).message)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^(Error|P\d{4})|error/i.test(line));
    throw new StartupError(
      `Applying the database migrations failed: ${lines.slice(0, 3).join(" ") || "see `npx prisma migrate status`"}.`,
    );
  }
  // The job queue's own schema (graphile_worker), so that a schedule can be enqueued in
  // the same transaction as the transition that sets it, even before a worker has run.
  try {
    await runMigrations({ connectionString: databaseUrl, logger: quietLogger });
  } catch (error) {
    throw new StartupError(
      `Preparing the job queue's tables failed: ${(error as Error).message.split("\n")[0]}.`,
    );
  }
}
