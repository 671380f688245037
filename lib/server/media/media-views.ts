import "server-only";
import { db } from "@/lib/db";
import type { Media, MediaVariant, Prisma } from "@/lib/generated/prisma/client";
import { mediaUrl } from "./media-keys";
import type { MediaVariantView, MediaView } from "./media-view";

const FORMAT_ORDER: Record<string, number> = { avif: 0, webp: 1, jpeg: 2 };

/** One image as its users see it (the MediaView contract), with its checksum's variants. */
export function toMediaView(media: Media, variants: readonly MediaVariant[] = []): MediaView {
  const ready = media.variantsReadyAt !== null;
  return {
    id: media.id,
    url: mediaUrl(media.storageKey),
    mimeType: media.mimeType,
    width: media.width,
    height: media.height,
    fileName: media.fileName,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    camera: media.camera,
    capturedAt: media.capturedAt?.toISOString() ?? null,
    placeholder: media.placeholder,
    // Listed only once the job has finished, so a <picture> never names a missing file.
    variants: ready
      ? variants
          .filter((variant) => variant.checksum === media.checksum)
          .map((variant): MediaVariantView => ({
            width: variant.width,
            height: variant.height,
            format: variant.format,
            url: mediaUrl(variant.storageKey),
          }))
          .sort(
            (a, b) =>
              (FORMAT_ORDER[a.format] ?? 9) - (FORMAT_ORDER[b.format] ?? 9) || a.width - b.width,
          )
      : [],
    createdAt: media.createdAt.toISOString(),
  };
}

/**
 * The views of several images in two queries (media, then their variants by checksum),
 * keyed by id; ids that name no image are simply absent. Reading an image is public once
 * it is on a published page, so this makes no permission check: callers decide what to show.
 * `client` is a transaction's when the caller is inside one (publishing renders the body
 * in its transaction: a second pool connection there could starve the pool).
 */
export async function getMediaViews(
  ids: readonly string[],
  client: Prisma.TransactionClient = db,
): Promise<Map<string, MediaView>> {
  const unique = [...new Set(ids)].filter((id) => UUID.test(id));
  if (unique.length === 0) return new Map();
  const media = await client.media.findMany({ where: { id: { in: unique } } });
  const checksums = [...new Set(media.filter((m) => m.variantsReadyAt).map((m) => m.checksum))];
  const variants = checksums.length
    ? await client.mediaVariant.findMany({ where: { checksum: { in: checksums } } })
    : [];
  return new Map(media.map((m) => [m.id, toMediaView(m, variants)]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
