import { hash, verify } from "@node-rs/argon2";

/**
 * Passwords are hashed with argon2id (OWASP's first choice; @node-rs/argon2's default
 * algorithm, whose const enum cannot be imported under isolatedModules) at the
 * library's recommended parameters. Neither the password nor the hash is ever logged.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}
