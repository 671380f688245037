/**
 * `npm run user -- create --email E --name N --role admin|editor|proofreader|reporter` and
 * `npm run user -- reset-password --email E`: accounts for a newsroom that lost access
 * (no admin left who can sign in). Prints a one-time link to set a password, as the users
 * page does, on the same database `npm start` uses. Every failure is one sentence and
 * exit code 1, never a stack trace. Runs with the react-server condition so the
 * use-cases' "server-only" guard resolves.
 */
import { parseArgs } from "node:util";
import { isDatabaseUnavailable } from "../lib/database-unavailable";
import { AppError } from "../lib/errors";
import { StartupError } from "../lib/runtime/startup-error";
import { withDatabase } from "./with-database";

const USAGE = [
  "Usage: npm run user -- create --email EMAIL --name NAME --role admin|editor|proofreader|reporter",
  "       npm run user -- reset-password --email EMAIL",
].join("\n");

function readCommand() {
  try {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
      },
    });
    const [command, ...extra] = positionals;
    if (extra.length === 0 && values.email) {
      if (command === "reset-password") return { command, email: values.email } as const;
      if (command === "create" && values.name && values.role)
        return { command, email: values.email, name: values.name, role: values.role } as const;
    }
  } catch {
    // An unknown option or a missing value: the usage says what is expected.
  }
  return null;
}

/** The sentence for a failure the person can act on; anything else still has no stack. */
function sentenceFor(error: unknown): string {
  if (error instanceof AppError || error instanceof StartupError) return error.message;
  if (isDatabaseUnavailable(error))
    return "The database cannot be reached; check DATABASE_URL and that PostgreSQL is running.";
  if ((error as { code?: string }).code === "P2021")
    return "The database has no Galley tables yet; run `npm run db:migrate` (or `npm start`) first.";
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

const request = readCommand();
if (!request) {
  console.error(USAGE);
  process.exit(1);
}

await withDatabase(async (database, env) => {
  process.env.DATABASE_URL = database.url;
  // The link's origin follows the users page: GALLEY_PUBLIC_URL, else NEXTAUTH_URL, else
  // the address `npm start` serves on.
  process.env.NEXTAUTH_URL ??= env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const { db } = await import("../lib/db");
  const users = await import("../lib/server/users/command-line-users");
  try {
    if (request.command === "create") {
      const made = await users.createUserFromCommandLine(request);
      return [
        `Created the ${made.role.toLowerCase()} account ${made.email}. One-time link to set a password (valid 48 hours):`,
        made.link,
        ...(made.mailed ? ["The link was also sent by email."] : []),
      ].join("\n");
    }
    const issued = await users.resetPasswordFromCommandLine(request.email);
    return [
      `One-time link to set a new password for ${issued.email} (valid 48 hours):`,
      issued.link,
      ...(issued.mailed ? ["The link was also sent by email."] : []),
      ...(issued.isActive
        ? []
        : ["This account is deactivated: an admin must reactivate it before it can sign in."]),
    ].join("\n");
  } catch (error) {
    throw new StartupError(sentenceFor(error));
  } finally {
    await db.$disconnect();
  }
});
