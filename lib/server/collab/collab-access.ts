import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { decode } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth";
import { schemaFingerprint } from "@/lib/content/collab-doc";
import { AppError } from "@/lib/errors";
import { can, toActor, type Actor } from "@/lib/workflow/permissions";
import { getSessionUser } from "../auth/get-session-user";
import { loadViewableArticle } from "../articles/viewable-article";
import { ensureBodyDoc } from "./body-store";

/**
 * Why a co-editing connection was refused; the editor turns each into a sentence.
 * `signed-out`: no live session. `not-found`: no such article for this person.
 * `outdated`: the page's editor is older than the server's (schema) or its document was
 * replaced (lineage): reload.
 */
export type CollabRefusal = "signed-out" | "not-found" | "outdated";

const refuse = (reason: CollabRefusal) => Object.assign(new Error(reason), { reason });

export type CollabUser = { id: string; name: string; actor: Actor };

/** What the browser sends when it connects: the editor it runs and the document it holds. */
export type CollabTicket = { schema: string; lineage: string };

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** The newsroom session the WebSocket handshake carried (the same cookie as the pages). */
export async function sessionFromHeaders(headers: IncomingHttpHeaders): Promise<CollabUser> {
  const raw = cookieValue(headers.cookie, sessionCookieName());
  if (!raw) throw refuse("signed-out");
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(
    () => null,
  );
  if (!token?.sub || typeof token.sv !== "number") throw refuse("signed-out");
  const user = await getSessionUser({ userId: token.sub, sessionVersion: token.sv });
  if (!user) throw refuse("signed-out");
  return { id: user.id, name: user.name, actor: toActor(user) };
}

/**
 * How this person may type in the body now: `edit` changes it, `suggest` may only propose
 * changes (suggestion mode, which the server holds them to), `read` gets a live view.
 */
export type BodyMode = "edit" | "suggest" | "read";

export async function bodyMode(actor: Actor, articleId: string): Promise<BodyMode> {
  try {
    const { access } = await loadViewableArticle(actor, articleId);
    if (can(actor, "article.edit", access)) return "edit";
    return can(actor, "article.suggest", access) ? "suggest" : "read";
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw refuse("not-found");
    throw error;
  }
}

/**
 * Checks a connection to article `articleId`: the person may see it, their editor's
 * schema is the server's and the document is the one their page was built on.
 */
export async function admitConnection(
  headers: IncomingHttpHeaders,
  articleId: string,
  ticketText: string,
): Promise<{ user: CollabUser; mode: BodyMode }> {
  const user = await sessionFromHeaders(headers);
  const mode = await bodyMode(user.actor, articleId);
  let ticket: Partial<CollabTicket> = {};
  try {
    ticket = JSON.parse(ticketText) as Partial<CollabTicket>;
  } catch {
    throw refuse("outdated");
  }
  if (ticket.schema !== schemaFingerprint()) throw refuse("outdated");
  const { lineage } = await ensureBodyDoc(articleId);
  if (ticket.lineage !== lineage) throw refuse("outdated");
  return { user, mode };
}
