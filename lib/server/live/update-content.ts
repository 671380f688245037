import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import { docMediaIds } from "@/lib/content/image-node";
import { renderDocToHtml } from "@/lib/content/render-html";
import { readerDoc } from "@/lib/content/suggestions";
import { validateDoc } from "@/lib/content/validate-doc";
import type { Actor } from "@/lib/workflow/permissions";
import { staffContributor } from "../contributors/staff-contributor";
import { getMediaViews } from "../media/media-views";
import { liveRefusal } from "./live-coverage";

type Tx = Prisma.TransactionClient;

/** An update's body is short: a few paragraphs and a photo, not a story. */
const UPDATE_LIMITS = { maxBytes: 256 * 1024 };

/**
 * The update's text checked with the article body's own schema (unknown nodes, unsafe
 * links and the rest are refused with the validator's sentence) and rendered to the HTML
 * readers get. An update with neither text nor an image is refused as empty.
 */
export async function prepareUpdateBody(
  body: unknown,
  client: Tx | typeof db = db,
): Promise<{ doc: Doc; html: string }> {
  const checked = validateDoc(body);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.message, { reason: "invalid" });
  if (JSON.stringify(checked.doc).length > UPDATE_LIMITS.maxBytes)
    throw new AppError("INVALID_INPUT", "An update can be at most 256 KB; split it in two.", {
      reason: "invalid",
    });
  const doc = readerDoc(checked.doc);
  const mediaIds = docMediaIds(doc);
  if (docToPlainText(doc).trim() === "" && mediaIds.length === 0)
    throw liveRefusal("INVALID_INPUT", "empty", "Write the update: it cannot be empty.");
  const media = await getMediaViews(mediaIds, client);
  const missing = mediaIds.find((id) => !media.has(id));
  if (missing)
    throw new AppError("INVALID_INPUT", "An image in the update is no longer in the library.", {
      reason: "invalid",
    });
  return { doc, html: renderDocToHtml(doc, { media }) };
}

/**
 * Whom an update credits, in order: the people asked for, each of whom must be on the
 * coverage's bylines, be the writer, or already be credited on this update; none asked
 * means the writer alone (their contributor record is made the first time).
 */
export async function resolveAuthors(
  actor: Actor,
  articleId: string,
  asked: readonly string[],
  current: readonly string[] = [],
): Promise<string[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  const writer = await staffContributor({ ...actor, name: user.name });
  if (asked.length === 0) return current.length ? [...current] : [writer.id];
  const bylines = await db.byline.findMany({
    where: { articleId },
    select: { contributorId: true },
  });
  const allowed = new Set([
    writer.id,
    ...current,
    ...bylines.map((byline) => byline.contributorId),
  ]);
  const wanted = asked.map((id) => id.toLowerCase());
  if (wanted.some((id) => !allowed.has(id)))
    throw liveRefusal(
      "INVALID_INPUT",
      "authors",
      "An update credits only people on the coverage's bylines, or its writer.",
    );
  return wanted;
}
