/**
 * Which images of a story readers would get without alt text, from the body and the
 * library's rows: the rule the server enforces (lib/server/articles/check-image-alt.ts)
 * and the editor's live checklist shows, written once.
 */
import { docImages, imageAlt } from "./image-node";

/** What the rule needs of a Media row (lowercase id). */
export type AltLibraryRow = { id: string; alt: string | null };

export type MissingAlt = {
  mediaId: string;
  field: "featured" | "body";
  /** This use's caption, when the body gives one (the featured image has none of its own). */
  useCaption: string | null;
};

/**
 * Body images first, then the featured image. An image has alt text when this use's alt
 * (the body node's) or the library's is non-blank; the featured image counts as described
 * when the library's alt is set or the body shows the same photo with alt text. Images
 * whose row is unknown are left out, as they are left out of the page.
 */
export function findImagesWithoutAlt(
  body: unknown,
  featuredImageId: string | null,
  library: ReadonlyMap<string, AltLibraryRow>,
): MissingAlt[] {
  const described = new Set<string>();
  const missing = new Map<string, MissingAlt>();
  for (const image of docImages(body)) {
    const id = image.mediaId.toLowerCase();
    const row = library.get(id);
    if (!row) continue;
    if (imageAlt(image.alt, row.alt) !== "") described.add(id);
    else if (!missing.has(id))
      missing.set(id, { mediaId: id, field: "body", useCaption: image.caption });
  }
  const featured = featuredImageId?.toLowerCase() ?? null;
  const row = featured ? library.get(featured) : undefined;
  if (row && !described.has(row.id) && !missing.has(row.id) && imageAlt("", row.alt) === "") {
    missing.set(row.id, { mediaId: row.id, field: "featured", useCaption: null });
  }
  return [...missing.values()];
}
