"use client";

import { useTranslations } from "next-intl";

/** An image readers would get without alt text (lib/server/articles/check-image-alt.ts). */
export type AltMissingImage = {
  name: string;
  mediaId: string;
  field: "featured" | "body";
  thumbnail: string;
};

/**
 * To the field that fixes it: the featured image's "Alt text" beside the picker, or the
 * body image's own "Alt text" field.
 */
export function goToAltField(image: Pick<AltMissingImage, "mediaId" | "field">): void {
  const target =
    image.field === "featured"
      ? document.getElementById("featured-image-alt")
      : [...document.querySelectorAll<HTMLElement>("figure[data-media-id]")]
          .find((figure) => figure.dataset.mediaId?.toLowerCase() === image.mediaId.toLowerCase())
          ?.querySelector<HTMLElement>("[data-alt-input]");
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

/**
 * The images without alt text, each with its thumbnail and a button to its field: as a
 * warning once a story is submitted, and beside a refusal to publish or schedule.
 */
export function AltMissingList({ images, title }: { images: AltMissingImage[]; title: string }) {
  const t = useTranslations("workflow.altFix");
  if (images.length === 0) return null;
  return (
    <section
      aria-label={title}
      className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
    >
      <p className="font-medium">{title}</p>
      <ul className="mt-2 space-y-2">
        {images.map((image) => (
          <li key={`${image.field}-${image.mediaId}`} className="flex items-center gap-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail as stored */}
            <img
              src={image.thumbnail}
              alt=""
              width={48}
              height={36}
              className="h-9 w-12 shrink-0 rounded bg-white object-cover"
            />
            <span className="min-w-0 flex-1">
              <span className="block truncate">{image.name}</span>
              <span className="text-xs text-amber-800">
                {t(image.field === "featured" ? "featured" : "body")}
              </span>
            </span>
            <button
              type="button"
              onClick={() => goToAltField(image)}
              aria-label={t("addFor", { name: image.name })}
              className="shrink-0 rounded border border-amber-400 bg-white px-2 py-0.5 text-xs"
            >
              {t("add")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
