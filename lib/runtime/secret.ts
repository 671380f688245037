import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./startup-error";

const MIN_LENGTH = 32;

/**
 * The next-auth signing secret. With the embedded demo database it is generated once
 * and kept in the data folder, so sessions survive restarts. With an external database
 * (production) it must be given: a missing or short one stops start-up.
 */
export function resolveAuthSecret(options: {
  given: string | undefined;
  dataDir: string;
  isExternalDatabase: boolean;
}): string {
  if (options.given !== undefined) {
    if (options.given.length < MIN_LENGTH) {
      throw new StartupError(
        `NEXTAUTH_SECRET is too short (${options.given.length} characters); use at least ${MIN_LENGTH}, for example from \`openssl rand -base64 32\`.`,
      );
    }
    return options.given;
  }
  if (options.isExternalDatabase) {
    throw new StartupError(
      "NEXTAUTH_SECRET is not set; with an external DATABASE_URL Galley needs a secret of at least 32 characters (for example from `openssl rand -base64 32`).",
    );
  }
  const file = path.join(options.dataDir, "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
