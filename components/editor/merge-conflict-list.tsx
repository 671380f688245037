"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import type { MarkedConflict } from "./merge-conflicts";

/**
 * The list beside the body: one entry per conflict, each with "Keep yours" and "Keep theirs".
 * `onKeep` comes from the editor's own chunk: importing the editor code here would split
 * Tiptap out of that chunk (lazy-parts.tsx).
 */
export function MergePanel({
  editor,
  conflicts,
  onKeep,
}: {
  editor: Editor | null;
  conflicts: MarkedConflict[];
  onKeep: (number: number, keep: "mine" | "theirs") => void;
}) {
  const t = useTranslations("editor.merge");
  if (!editor || conflicts.length === 0) return null;
  const excerpt = (from: number, to: number) =>
    to > from ? editor.state.doc.textBetween(from, to, " ").slice(0, 160) : t("deleted");
  return (
    <section
      aria-labelledby="merge-title"
      className="my-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <h2 id="merge-title" className="font-semibold">
        {t("title")}
      </h2>
      <p role="alert" className="mt-1 text-amber-900">
        {t("explain", { count: conflicts.length })}
      </p>
      <ol className="mt-2 space-y-3">
        {conflicts.map((conflict) => (
          <li key={conflict.number} aria-label={t("conflict", { number: conflict.number })}>
            <p className="font-medium">{t("conflict", { number: conflict.number })}</p>
            <dl className="mt-1 grid gap-1 sm:grid-cols-2">
              {(["mine", "theirs"] as const).map((side) => (
                <div key={side} className="min-w-0 rounded bg-white p-2">
                  <dt className="text-xs text-[var(--color-muted)]">
                    {t(side === "mine" ? "yours" : "theirs")}
                  </dt>
                  <dd className="font-serif">{excerpt(conflict[side].from, conflict[side].to)}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => onKeep(conflict.number, "mine")}
                className="rounded border border-amber-400 bg-white px-2 py-1"
              >
                {t("keepYours")}
              </button>
              <button
                type="button"
                onClick={() => onKeep(conflict.number, "theirs")}
                className="rounded border border-amber-400 bg-white px-2 py-1"
              >
                {t("keepTheirs")}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
