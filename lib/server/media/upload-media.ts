import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { enqueueJob, mediaVariantsJobKey, TASKS } from "../jobs/queue";
import { originalKey } from "./media-keys";
import type { MediaView } from "./media-view";
import { toMediaView } from "./media-views";
import { prepareOriginal } from "./prepare-original";
import { getMediaStorage } from "./storage";

/** The last part of the name the browser sent, without control characters, at most 200 characters. */
function fileNameOf(name: string): string | null {
  const base = (name.split(/[\\/]/).at(-1) ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return base === "" ? null : Array.from(base).slice(0, 200).join("");
}

/**
 * Takes one image into the library (any signed-in newsroom user may: photos come from
 * everyone). The file is checked and cleaned first (prepare-original.ts), so a refused
 * upload stores nothing. The cleaned original is stored once per checksum: the same photo
 * uploaded twice is one file and two Media rows, whose caption, credit and alt text are
 * each their own. The row and its variants job are created in one transaction; the
 * original is usable at once, variants follow.
 */
export async function uploadMedia(
  actor: Actor,
  input: { bytes: Buffer; filename: string },
): Promise<MediaView> {
  const prepared = await prepareOriginal(input.bytes);
  const storage = getMediaStorage();
  const key = originalKey(prepared.checksum, prepared.ext);
  const wroteFile = !(await storage.exists(key));
  if (wroteFile) await storage.put(key, prepared.bytes, prepared.mimeType);

  try {
    const { media, variants } = await db.$transaction(async (tx) => {
      // A photo seen before already has its variants: share them instead of a new job.
      const twin = await tx.media.findFirst({
        where: { checksum: prepared.checksum, variantsReadyAt: { not: null } },
        select: { variantsReadyAt: true },
      });
      const media = await tx.media.create({
        data: {
          checksum: prepared.checksum,
          storageKey: key,
          mimeType: prepared.mimeType,
          sizeBytes: prepared.bytes.length,
          fileName: fileNameOf(input.filename),
          width: prepared.width,
          height: prepared.height,
          credit: prepared.credit,
          camera: prepared.camera,
          capturedAt: prepared.capturedAt,
          placeholder: prepared.placeholder,
          variantsReadyAt: twin?.variantsReadyAt ?? null,
          uploadedById: actor.id,
        },
      });
      if (twin) {
        const variants = await tx.mediaVariant.findMany({ where: { checksum: prepared.checksum } });
        return { media, variants };
      }
      await enqueueJob(
        tx,
        TASKS.mediaVariants,
        { checksum: prepared.checksum },
        { runAt: new Date(), jobKey: mediaVariantsJobKey(prepared.checksum) },
      );
      return { media, variants: [] };
    });
    return toMediaView(media, variants);
  } catch (error) {
    // Leave no file behind that no row names (unless another upload now uses it).
    if (wroteFile && (await db.media.count({ where: { checksum: prepared.checksum } })) === 0)
      await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
