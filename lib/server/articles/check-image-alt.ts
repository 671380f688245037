import "server-only";
import { docImages } from "@/lib/content/image-node";
import { findImagesWithoutAlt } from "@/lib/content/images-without-alt";
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
 * Every image of an article that readers would get without alt text, body images first
 * (the rule itself is lib/content/images-without-alt.ts, shared with the editor's
 * checklist); each named for the person.
 */
export async function listImagesWithoutAlt(
  body: unknown,
  featuredImageId: string | null,
): Promise<ImageWithoutAlt[]> {
  const featured = featuredImageId?.toLowerCase() ?? null;
  const ids = [
    ...new Set([...docImages(body).map((image) => image.mediaId.toLowerCase()), featured]),
  ];
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
  return findImagesWithoutAlt(body, featuredImageId, media).flatMap((image) => {
    const row = media.get(image.mediaId);
    if (!row) return [];
    return [
      {
        name: imageName(image.useCaption ?? row.caption, row),
        mediaId: image.mediaId,
        field: image.field,
        thumbnail: mediaUrl(row.storageKey),
      },
    ];
  });
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
