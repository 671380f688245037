import "server-only";
import { renderImageHtml } from "@/lib/content/image-html";
import { docMediaIds } from "@/lib/content/image-node";
import { getMediaViews } from "./media-views";

/** An article's featured image as readers get it: the page's lead figure, and the share card's picture. */
export type FeaturedImage = {
  /** `<figure>` with AVIF/WebP/JPEG sources, caption and credit (see image-html.ts). */
  html: string;
  /** For og:image and JSON-LD: the JPEG nearest 1200 px wide, else the original. */
  url: string;
  width: number;
  height: number;
  alt: string;
  /**
   * The body shows this image too (with this story's caption): the page then shows it
   * there, once, and the lead figure is left out; the share card still uses it.
   */
  isInBody: boolean;
};

/** Share cards are drawn at about 1200 px wide. */
const CARD_WIDTH = 1200;

/**
 * The featured image with the library's current caption, credit and alt text, or null
 * when none is set or the image is gone. The first thing on the page, so loaded eagerly.
 */
export async function loadFeaturedImage(
  mediaId: string | null,
  body: unknown,
): Promise<FeaturedImage | null> {
  if (!mediaId) return null;
  const media = (await getMediaViews([mediaId])).get(mediaId);
  if (!media) return null;
  const html = renderImageHtml(
    media,
    { alt: null, caption: media.caption, credit: media.credit },
    { eager: true },
  );
  if (!html) return null;
  const card = media.variants
    .filter((variant) => variant.format === "jpeg")
    .sort((a, b) => Math.abs(a.width - CARD_WIDTH) - Math.abs(b.width - CARD_WIDTH))[0];
  return {
    html,
    url: card?.url ?? media.url,
    width: card?.width ?? media.width,
    height: card?.height ?? media.height,
    alt: media.alt ?? "",
    isInBody: docMediaIds(body).includes(mediaId.toLowerCase()),
  };
}
