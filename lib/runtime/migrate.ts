import { spawn } from "node:child_process";
import { createRequire } from "node:module";
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
}
