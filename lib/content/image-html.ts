/**
 * The reader's HTML for one body image: `<figure>` with a `<picture>` offering AVIF and
 * WebP variants, a JPEG (or the original) fallback with explicit width and height (no
 * layout shift), the blurred placeholder as the image's background until it loads, and a
 * `<figcaption>` with the caption and the credit.
 *
 * The photo's data comes from the media library (`ImageMedia`, which the server's
 * MediaView satisfies), looked up by the node's mediaId: a body names an image, it never
 * carries its URLs. Everything is escaped and every URL checked, as in render-html.
 */
import { imageAlt } from "./image-node";

export type ImageMediaVariant = { width: number; height: number; format: string; url: string };

/** What rendering needs of a Media row: a structural subset of lib/server's MediaView. */
export type ImageMedia = {
  id: string;
  url: string;
  width: number;
  height: number;
  alt: string | null;
  placeholder: string | null;
  variants: ImageMediaVariant[];
};

export type MediaLookup = ReadonlyMap<string, ImageMedia>;

/** The column is 40rem wide at most, the full viewport below that. */
export const IMAGE_SIZES = "(min-width: 40rem) 40rem, 100vw";

/** The fallback `<img src>` is the JPEG variant nearest this width (phones and old browsers). */
const FALLBACK_WIDTH = 960;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escape = (value: string) => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/**
 * A URL fit for src and srcset: a same-site path or an absolute http(s) URL, with no
 * whitespace or commas (which would split a srcset candidate). Media URLs are made by
 * the server, so anything else means something went wrong: leave the image out.
 */
export function safeMediaUrl(url: unknown): string | null {
  if (typeof url !== "string" || url === "" || /[\s,"'<>\\]/.test(url)) return null;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  return /^https?:\/\/[^/]/i.test(url) ? url : null;
}

/** Only a base64 raster data: URL, so nothing can break out of `url("…")` in the style. */
const PLACEHOLDER = /^data:image\/(?:jpeg|png|webp|avif|gif);base64,[A-Za-z0-9+/]+=*$/;

const positive = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0;

function srcset(variants: ImageMediaVariant[]): string {
  return variants.map((variant) => `${variant.url} ${variant.width}w`).join(", ");
}

/** Variants of one format with usable URLs, narrowest first, one per width. */
function variantsOf(media: ImageMedia, format: string): ImageMediaVariant[] {
  const seen = new Set<number>();
  return (Array.isArray(media.variants) ? media.variants : [])
    .filter(
      (variant) =>
        variant.format === format &&
        positive(variant.width) &&
        positive(variant.height) &&
        safeMediaUrl(variant.url) !== null,
    )
    .sort((a, b) => a.width - b.width)
    .filter((variant) => !seen.has(variant.width) && seen.add(variant.width));
}

function nearest(variants: ImageMediaVariant[], width: number): ImageMediaVariant | undefined {
  return variants.reduce<ImageMediaVariant | undefined>(
    (best, variant) =>
      !best || Math.abs(variant.width - width) < Math.abs(best.width - width) ? variant : best,
    undefined,
  );
}

export type ImageNodeAttrs = { alt: unknown; caption: unknown; credit: unknown };

/**
 * One image as HTML, or "" when the media is unknown or unusable. `eager`: the image is
 * on the first screen, so it must not wait for layout (every other image loads lazily).
 * Without variants (published before the variants job finished) the original is served.
 */
export function renderImageHtml(
  media: ImageMedia | undefined,
  attrs: ImageNodeAttrs,
  options: { eager: boolean },
): string {
  if (!media) return "";
  const original = safeMediaUrl(media.url);
  if (!original || !positive(media.width) || !positive(media.height)) return "";
  const sizes = ` sizes="${IMAGE_SIZES}"`;
  const sources = (["avif", "webp"] as const)
    .map((format) => {
      const variants = variantsOf(media, format);
      return variants.length === 0
        ? ""
        : `<source type="image/${format}" srcset="${escape(srcset(variants))}"${sizes}>`;
    })
    .join("");
  const jpegs = variantsOf(media, "jpeg");
  const fallback = nearest(jpegs, FALLBACK_WIDTH);
  const imgSrc = fallback?.url ?? original;
  const imgSrcset = jpegs.length > 0 ? ` srcset="${escape(srcset(jpegs))}"${sizes}` : "";
  const placeholder =
    typeof media.placeholder === "string" && PLACEHOLDER.test(media.placeholder)
      ? ` style="background-image:url(${escape(media.placeholder)});background-size:cover"`
      : "";
  const alt = escape(imageAlt(attrs.alt, media.alt));
  const loading = options.eager ? "eager" : "lazy";
  const img =
    `<img src="${escape(imgSrc)}"${imgSrcset} width="${media.width}" height="${media.height}"` +
    ` alt="${alt}" loading="${loading}" decoding="async"${placeholder}>`;
  return `<figure class="article-image"><picture>${sources}${img}</picture>${figcaption(attrs)}</figure>`;
}

function figcaption(attrs: ImageNodeAttrs): string {
  const caption = typeof attrs.caption === "string" ? attrs.caption.trim() : "";
  const credit = typeof attrs.credit === "string" ? attrs.credit.trim() : "";
  if (caption === "" && credit === "") return "";
  const creditHtml = credit === "" ? "" : `<small class="image-credit">${escape(credit)}</small>`;
  const captionHtml = caption === "" ? "" : `<span class="image-caption">${escape(caption)}</span>`;
  return `<figcaption>${captionHtml}${caption && credit ? " " : ""}${creditHtml}</figcaption>`;
}

/**
 * The body HTML with its image URLs made absolute against the site's origin, for copies
 * read away from the site (feeds, the content API), where "/media/…" would resolve against
 * nothing. Only src and srcset attributes are touched: they are the renderer's own (text
 * is escaped, so a quote in it can never open an attribute), and body links are absolute.
 */
export function withAbsoluteMediaUrls(html: string, origin: string): string {
  const base = origin.replace(/\/+$/, "");
  const absolute = (url: string) =>
    url.startsWith("/") && !url.startsWith("//") ? base + url : url;
  return html.replace(/ (src|srcset)="([^"]*)"/g, (_match, name: string, value: string) => {
    const rewritten =
      name === "src"
        ? absolute(value)
        : value
            .split(", ")
            .map((candidate) => absolute(candidate))
            .join(", ");
    return ` ${name}="${rewritten}"`;
  });
}
