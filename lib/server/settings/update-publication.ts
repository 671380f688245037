import "server-only";
import { tagsForPublication } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TPublicationSettings } from "@/lib/schemas/settings";
import type { Actor } from "@/lib/workflow/permissions";
import { LANGUAGE_TO_DB } from "../articles/article-columns";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { invalidateTags } from "../cache/reader-cache";

/**
 * Saves the publication's settings (admins: `settings.manage`).
 *
 * - FORBIDDEN (audited) for anyone else.
 * - INVALID_INPUT on `logoMediaId` when the logo names no image in the library.
 * - CONFLICT when someone saved since this form was loaded (`version` moved on): their
 *   save is not silently overwritten; nothing is written.
 *
 * The name is on every reader page, feed and sitemap, so a save drops all of them on
 * every instance (the cache channel carries the tags to the others' page caches).
 */
export async function updatePublication(
  actor: Actor,
  input: TPublicationSettings,
  ip: string | null = null,
): Promise<{ version: number }> {
  await authorize(actor, "settings.manage", { resourceType: "publication", ip });
  if (input.logoMediaId) {
    const logo = await db.media.findUnique({
      where: { id: input.logoMediaId },
      select: { id: true },
    });
    if (!logo)
      throw new AppError("INVALID_INPUT", "That logo is no longer in the media library.", {
        field: "logoMediaId",
      });
  }
  const { version, defaultLanguage, ...fields } = input;
  // Guarded by version, like article saves: one statement, so a stale form changes nothing.
  const { count } = await db.publication.updateMany({
    where: { id: 1, version },
    data: {
      ...fields,
      defaultLanguage: LANGUAGE_TO_DB[defaultLanguage],
      version: { increment: 1 },
    },
  });
  if (count === 0)
    throw new AppError(
      "CONFLICT",
      "Someone else saved the settings after you opened them; reload the page to see their changes, then save again.",
    );
  await recordAudit({
    actorId: actor.id,
    action: "settings.manage",
    outcome: "ALLOWED",
    resourceType: "publication",
    ip,
    details: { version: version + 1 },
  });
  invalidateTags(tagsForPublication());
  return { version: version + 1 };
}
