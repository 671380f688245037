"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import { thumbnailUrl, uploadImageFile, type EditorMedia } from "./editor-media";
import { FeaturedImageDetails } from "./featured-image-details";

/** How an image is called in the picker: caption, else file name, else "Untitled image". */
function useImageTitle() {
  const t = useTranslations("editor.featured");
  return (image: EditorMedia) => image.caption?.trim() || image.fileName?.trim() || t("untitled");
}

/**
 * "Featured image": the article's own images and recent uploads as thumbnails, each with
 * its caption (or file name), whether it has alt text, when and by whom it was uploaded;
 * searchable, with an upload of its own. Radio buttons, so arrow keys move the choice.
 * The chosen image's alt text, caption and credit are edited right under the list.
 */
export function FeaturedImagePicker(props: {
  value: string | null;
  images: EditorMedia[];
  onChange: (id: string | null) => void;
}) {
  const t = useTranslations("editor.featured");
  const format = useFormatter();
  const title = useImageTitle();
  const name = useId();
  const [query, setQuery] = useState("");
  // Uploads from here and details saved here, until the page is loaded again.
  const [added, setAdded] = useState<EditorMedia[]>([]);
  const [edited, setEdited] = useState<Record<string, Partial<EditorMedia>>>({});
  const [upload, setUpload] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const fileRef = useRef<HTMLInputElement>(null);

  const images = useMemo(() => {
    const seen = new Set<string>();
    return [...added, ...props.images]
      .filter((image) => !seen.has(image.id.toLowerCase()) && seen.add(image.id.toLowerCase()))
      .map((image) => ({ ...image, ...edited[image.id] }));
  }, [added, props.images, edited]);
  const selectedId = props.value?.toLowerCase() ?? null;
  const selected = images.find((image) => image.id.toLowerCase() === selectedId);
  const words = query.trim().toLowerCase();
  const shown = images.filter(
    (image) =>
      image.id.toLowerCase() === selectedId ||
      words === "" ||
      [image.caption, image.fileName, image.alt, image.credit, image.uploadedBy]
        .join(" ")
        .toLowerCase()
        .includes(words),
  );

  async function uploadFile(file: File) {
    setUpload({ busy: true, error: null });
    const outcome = await uploadImageFile(file);
    if (!outcome.ok) return setUpload({ busy: false, error: outcome.message ?? t("uploadFailed") });
    setAdded((current) => [{ ...outcome.media, canManage: true }, ...current]);
    setUpload({ busy: false, error: null });
    props.onChange(outcome.media.id);
    // The new photo needs its alt text: that is the next thing to write.
    requestAnimationFrame(() => document.getElementById("featured-image-alt")?.focus());
  }

  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const card =
    "flex cursor-pointer items-start gap-2 rounded border border-[var(--color-rule)] bg-white p-1.5 text-xs has-[:checked]:border-[var(--color-ink)] has-[:checked]:ring-1 has-[:checked]:ring-[var(--color-ink)]";
  // A visible radio: the choice shows, and the keyboard focus ring is the browser's own.
  const radio = "mt-1 shrink-0 accent-[var(--color-ink)]";

  return (
    // A fieldset is as wide as its widest content unless told otherwise: long file names must truncate.
    <fieldset aria-describedby={`${name}-hint`} className="min-w-0">
      <legend className="text-sm font-medium">{t("label")}</legend>
      <p id={`${name}-hint`} className="text-xs text-[var(--color-muted)]">
        {t("hint")}
      </p>
      <div className="mt-2 flex gap-2">
        <label className="sr-only" htmlFor={`${name}-search`}>
          {t("search")}
        </label>
        <input
          id={`${name}-search`}
          type="search"
          value={query}
          placeholder={t("search")}
          onChange={(event) => setQuery(event.target.value)}
          className="min-w-0 flex-1 rounded border border-[var(--color-rule)] bg-white px-2 py-1 text-sm"
        />
        <button
          type="button"
          disabled={upload.busy}
          aria-label={t("upload")}
          onClick={() => fileRef.current?.click()}
          className="shrink-0 rounded border border-[var(--color-rule)] bg-white px-2 py-1 text-sm disabled:opacity-50"
        >
          {upload.busy ? t("uploading") : t("uploadShort")}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void uploadFile(file);
          }}
        />
      </div>
      {upload.error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {upload.error}
        </p>
      )}
      <div
        role="radiogroup"
        aria-label={t("label")}
        className="mt-2 max-h-80 space-y-1.5 overflow-y-auto rounded bg-[var(--color-paper)] p-1.5"
      >
        <label className={card}>
          <input
            type="radio"
            name={name}
            checked={selectedId === null}
            onChange={() => props.onChange(null)}
            className={radio}
          />
          <span className="py-0.5">{t("none")}</span>
        </label>
        {props.value && !selected && (
          <label className={card}>
            <input type="radio" name={name} checked readOnly className={radio} />
            <span className="py-0.5">{t("missing")}</span>
          </label>
        )}
        {shown.map((image) => {
          const hasAlt = (image.alt ?? "").trim() !== "";
          return (
            <label key={image.id} className={card} data-media-id={image.id}>
              <input
                type="radio"
                name={name}
                value={image.id}
                checked={image.id.toLowerCase() === selectedId}
                onChange={() => props.onChange(image.id)}
                className={radio}
              />
              {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail as stored */}
              <img
                src={thumbnailUrl(image)}
                alt=""
                width={image.width}
                height={image.height}
                loading="lazy"
                className="h-14 w-20 shrink-0 rounded bg-[var(--color-paper)] object-cover"
              />
              <span className="min-w-0 flex-1 leading-snug">
                <span className="block truncate font-medium text-[var(--color-ink)]">
                  {title(image)}
                </span>
                <span
                  className={`mt-0.5 inline-block rounded px-1 ${hasAlt ? "bg-green-50 text-green-800" : "bg-amber-100 text-amber-900"}`}
                >
                  {hasAlt ? t("altSet") : t("altMissing")}
                </span>
                <span className="block truncate text-[var(--color-muted)]">
                  {when(image.createdAt)}
                  {image.uploadedBy ? ` · ${image.uploadedBy}` : ""}
                </span>
                <span className="block truncate text-[var(--color-muted)]">
                  {image.width}×{image.height}
                  {image.fileName && image.caption ? ` · ${image.fileName}` : ""}
                </span>
              </span>
            </label>
          );
        })}
        {shown.length === 0 && (
          <p className="p-2 text-sm text-[var(--color-muted)]">{t("noMatch")}</p>
        )}
      </div>
      {selected && (
        <FeaturedImageDetails
          key={selected.id}
          image={selected}
          onSaved={(details) =>
            setEdited((current) => ({
              ...current,
              [selected.id]: {
                alt: details.alt.trim() || null,
                caption: details.caption.trim() || null,
                credit: details.credit.trim() || null,
              },
            }))
          }
        />
      )}
    </fieldset>
  );
}
