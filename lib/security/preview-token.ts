import crypto from "node:crypto";

/**
 * Share-preview tokens: 32 random bytes as base64url in the link, only their SHA-256 in
 * the database (PreviewLink.tokenHash), so a leaked database copy opens no preview. Plain
 * Node (no server-only): the front server's gate checks tokens before Next renders.
 */
export const PREVIEW_LINK_HOURS = 48;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newPreviewToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Whether `value` could be a token at all; anything else names no preview. */
export function isPreviewToken(value: string): boolean {
  return TOKEN.test(value);
}

export function hashPreviewToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The path a token opens; the same on every host. */
export function previewPath(token: string): string {
  return `/preview/${token}`;
}

const PREVIEW_PATH = /^\/preview\/([^/]+)\/?$/;

/** The token in a /preview/<token> path, or null for every other path. */
export function previewTokenFromPath(pathname: string): string | null {
  return PREVIEW_PATH.exec(pathname)?.[1] ?? null;
}
