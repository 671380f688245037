"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { IMAGE_LIMITS } from "@/lib/content/image-node";
import { previewUrl, type EditorMedia } from "./editor-media";
import { useSaveMediaDetails } from "./featured-image-context";

const field = "w-full rounded border border-[var(--color-rule)] bg-white px-2 py-1 text-sm";
type Details = { alt: string; caption: string; credit: string };

/**
 * The featured image's "Alt text", "Caption" and "Credit", edited in place and saved to
 * the media library (the uploader and editors may; the server decides again). The alt
 * field has a fixed id: refusals and warnings take the person straight to it.
 */
export function FeaturedImageDetails({
  image,
  onSaved,
}: {
  image: EditorMedia;
  onSaved: (details: Details) => void;
}) {
  const t = useTranslations("editor.featured");
  const save = useSaveMediaDetails();
  const [draft, setDraft] = useState<Details>({
    alt: image.alt ?? "",
    caption: image.caption ?? "",
    credit: image.credit ?? "",
  });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const canManage = image.canManage !== false && save !== null;
  const set = (patch: Partial<Details>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setResult(null);
  };

  async function submit() {
    if (!save) return;
    setBusy(true);
    try {
      const outcome = await save({ id: image.id, ...draft });
      if (outcome.ok) onSaved(draft);
      const code = outcome.ok ? "saved" : outcome.code;
      setResult({
        ok: outcome.ok,
        text: t.has(`results.${code}`) ? t(`results.${code}`) : t("results.failed"),
      });
    } catch {
      setResult({ ok: false, text: t("results.failed") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-3 space-y-2 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] p-2">
      {/* eslint-disable-next-line @next/next/no-img-element -- a library image as stored */}
      <img
        src={previewUrl(image)}
        alt={draft.alt}
        width={image.width}
        height={image.height}
        className="block h-auto max-h-48 w-full rounded bg-white object-contain"
      />
      {(["alt", "caption", "credit"] as const).map((name) => {
        const Control = name === "credit" ? "input" : "textarea";
        const missing = name === "alt" && draft.alt.trim() === "";
        return (
          <div key={name}>
            <label htmlFor={`featured-image-${name}`} className="block text-xs font-medium">
              {t(name)}
            </label>
            <Control
              id={`featured-image-${name}`}
              {...(name === "credit" ? {} : { rows: 2 })}
              value={draft[name]}
              maxLength={IMAGE_LIMITS[name]}
              readOnly={!canManage}
              {...(name === "alt"
                ? { "aria-describedby": "featured-image-alt-hint", "aria-invalid": missing }
                : {})}
              onChange={(event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                set({ [name]: event.target.value })
              }
              className={field}
            />
            {name === "alt" && (
              <p id="featured-image-alt-hint" className="text-xs text-[var(--color-muted)]">
                {missing ? t("altNeeded") : t("altHint")}
              </p>
            )}
          </div>
        );
      })}
      {canManage ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void submit()}
          className="rounded bg-[var(--color-ink)] px-3 py-1 text-sm text-white disabled:opacity-50"
        >
          {t("save")}
        </button>
      ) : (
        <p className="text-xs text-[var(--color-muted)]">{t("readOnly")}</p>
      )}
      {result && (
        <p
          role={result.ok ? "status" : "alert"}
          className={`text-sm ${result.ok ? "text-green-800" : "text-red-800"}`}
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
