import "server-only";
import { docImages, imageAlt } from "@/lib/content/image-node";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mediaUrl } from "../media/media-keys";

/**
 * An image readers would get without alt text, as the person is told about it: by its
 * caption (this use's, then the library's), else its file name; `field` says where it
 * is fixed (the featured image's "Alt text", or the body image's).
 */
export type ImageWithoutAlt = {
  name: string;
  mediaId: string;
  field: "featured" | "body";
  /** The original's URL, for a thumbnail beside the sentence. */
  thumbnail: string;
};

/** Named by caption, else file name; the upload time only when an image has neither. */
function imageName(
  caption: string | null | undefined,
  row: { fileName: string | null; createdAt: Date },
): string {
  const text = (caption ?? "").trim().replace(/\s+/g, " ") || (row.fileName ?? "").trim();
  if (text === "") return `uploaded ${row.createdAt.toISOString().slice(0, 16).replace("T", " ")}`;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Every image of an article that readers would get without alt text, body images first.
 * An image has alt text when this use's alt (the body node's) or the library's (Media.alt)
 * is non-blank; the featured image has no node of its own, so it counts as described when
 * the library's alt is set or the body shows the same photo with alt text. Images whose
 * Media row is gone are left out here, as they are left out of the page.
 */
export async function listImagesWithoutAlt(
  body: unknown,
  featuredImageId: string | null,
): Promise<ImageWithoutAlt[]> {
  const images = docImages(body);
  const featured = featuredImageId?.toLowerCase() ?? null;
  const ids = [...new Set([...images.map((image) => image.mediaId.toLowerCase()), featured])];
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return [];
  const rows = await db.media.findMany({
    where: { id: { in: wanted } },
    select: {
      id: true,
      alt: true,
      caption: true,
      fileName: true,
      createdAt: true,
      storageKey: true,
    },
  });
  const media = new Map(rows.map((row) => [row.id, row]));
  const described = new Set<string>();
  const missing = new Map<string, ImageWithoutAlt>();
  for (const image of images) {
    const id = image.mediaId.toLowerCase();
    const row = media.get(id);
    if (!row) continue;
    if (imageAlt(image.alt, row.alt) !== "") described.add(id);
    else if (!missing.has(id)) {
      const name = imageName(image.caption ?? row.caption, row);
      missing.set(id, { name, mediaId: id, field: "body", thumbnail: mediaUrl(row.storageKey) });
    }
  }
  const row = featured ? media.get(featured) : undefined;
  if (row && !described.has(row.id) && !missing.has(row.id) && imageAlt("", row.alt) === "") {
    const name = imageName(row.caption, row);
    missing.set(row.id, {
      name,
      mediaId: row.id,
      field: "featured",
      thumbnail: mediaUrl(row.storageKey),
    });
  }
  return [...missing.values()];
}

/** The first image without alt text, by name, or null. */
export async function findImageWithoutAlt(
  body: unknown,
  featuredImageId: string | null,
): Promise<string | null> {
  return (await listImagesWithoutAlt(body, featuredImageId))[0]?.name ?? null;
}

/**
 * Refuses to put an article before readers while one of its images lacks alt text
 * (publish, publish update, schedule). CONFLICT with reason "altMissing" and the image
 * (`details.image` its name, `mediaId`, `field`, `thumbnail`), for the workflow panel's
 * translated sentence and its way to the field that fixes it.
 */
export async function assertImagesHaveAlt(articleId: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { body: true, featuredImageId: true },
  });
  if (!article) return;
  const [first] = await listImagesWithoutAlt(article.body, article.featuredImageId);
  if (first) {
    throw new AppError(
      "CONFLICT",
      `The image “${first.name}” has no alt text: add it before publishing.`,
      {
        reason: "altMissing",
        image: first.name,
        mediaId: first.mediaId,
        field: first.field,
        thumbnail: first.thumbnail,
      },
    );
  }
}
