import "server-only";
import { docImages, imageAlt } from "@/lib/content/image-node";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** How an image is named to the person: its caption (this use's, then the library's), else its id. */
function imageName(caption: string | null | undefined, id: string): string {
  const text = (caption ?? "").trim().replace(/\s+/g, " ");
  if (text === "") return id;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The first image of an article that readers would get without alt text, named, or null.
 * An image has alt text when this use's alt (the body node's) or the library's (Media.alt)
 * is non-blank; the featured image has no node of its own, so it counts as described when
 * the library's alt is set or the body shows the same photo with alt text. Images whose
 * Media row is gone are left out here, as they are left out of the page.
 */
export async function findImageWithoutAlt(
  body: unknown,
  featuredImageId: string | null,
): Promise<string | null> {
  const images = docImages(body);
  const featured = featuredImageId?.toLowerCase() ?? null;
  const ids = [...new Set([...images.map((image) => image.mediaId.toLowerCase()), featured])];
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return null;
  const rows = await db.media.findMany({
    where: { id: { in: wanted } },
    select: { id: true, alt: true, caption: true },
  });
  const media = new Map(rows.map((row) => [row.id, row]));
  const described = new Set<string>();
  let missing: string | null = null;
  for (const image of images) {
    const id = image.mediaId.toLowerCase();
    const row = media.get(id);
    if (!row) continue;
    if (imageAlt(image.alt, row.alt) !== "") described.add(id);
    else missing ??= imageName(image.caption ?? row.caption, id);
  }
  if (missing !== null) return missing;
  const row = featured ? media.get(featured) : undefined;
  if (row && !described.has(row.id) && imageAlt("", row.alt) === "") {
    return imageName(row.caption, row.id);
  }
  return null;
}

/**
 * Refuses to put an article before readers while one of its images lacks alt text
 * (publish, publish update, schedule). CONFLICT with reason "altMissing" and the image's
 * name in `details.image`, for the workflow panel's translated sentence.
 */
export async function assertImagesHaveAlt(articleId: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { body: true, featuredImageId: true },
  });
  if (!article) return;
  const name = await findImageWithoutAlt(article.body, article.featuredImageId);
  if (name !== null) {
    throw new AppError(
      "CONFLICT",
      `The image “${name}” has no alt text: add it before publishing.`,
      { reason: "altMissing", image: name },
    );
  }
}
