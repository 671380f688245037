import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The one-time setup token: while no active admin exists, whoever can read the server's
 * log or its data folder may create the first admin at /setup. It lives in a file (0600)
 * rather than in memory, so the Next process, `npm run dev`'s separate process and a
 * restart all agree on it. Here, not in lib/server: `npm start` writes it before Next
 * loads, outside the react-server condition that `server-only` needs.
 */
const FILE_NAME = "setup-token";

/** The data folder as the app sees it (prepareRuntime exports it resolved). */
export function dataDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  // A folder chosen at run time: not a file for the build to trace (it would trace everything).
  return path.resolve(/*turbopackIgnore: true*/ env.GALLEY_DATA_DIR || ".data");
}

export function setupTokenPath(dataDir: string): string {
  return path.join(dataDir, FILE_NAME);
}

/** A new token, replacing any earlier one: each start that finds no admin prints a fresh link. */
export function issueSetupToken(dataDir: string): string {
  const token = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(dataDir, { recursive: true });
  const file = setupTokenPath(dataDir);
  fs.rmSync(file, { force: true }); // writeFileSync's mode applies only to a new file
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

function readSetupToken(dataDir: string): string | null {
  try {
    return fs.readFileSync(setupTokenPath(dataDir), "utf8").trim() || null;
  } catch {
    return null; // no file: no setup is open
  }
}

/**
 * Whether `given` is the current token. Both sides are hashed first, so the comparison is
 * constant-time whatever their lengths; no file (used, or never issued) matches nothing.
 */
export function matchesSetupToken(dataDir: string, given: string | null | undefined): boolean {
  const expected = readSetupToken(dataDir);
  if (!expected || !given) return false;
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  return crypto.timingSafeEqual(digest(expected), digest(given));
}

export function removeSetupToken(dataDir: string): void {
  fs.rmSync(setupTokenPath(dataDir), { force: true });
}
