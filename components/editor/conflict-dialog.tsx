"use client";

import { useTranslations } from "next-intl";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import type { TArticleFields } from "@/lib/schemas/article";

type Side = { headline: string; body: unknown };

function Column({ title, side }: { title: string; side: Side }) {
  return (
    <section
      aria-label={title}
      className="min-w-0 flex-1 rounded border border-[var(--color-rule)] p-3"
    >
      <h3 className="mb-2 text-sm font-semibold text-[var(--color-muted)]">{title}</h3>
      <p className="font-serif text-lg font-bold">{side.headline}</p>
      <div className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap font-serif text-[15px] leading-7">
        {docToPlainText(side.body as Doc)}
      </div>
    </section>
  );
}

/**
 * A stale save: both versions side by side; the person chooses. Nothing is overwritten
 * until they do; "Merge both" merges three-way (merge-panel.tsx) and marks what it cannot.
 */
export function ConflictDialog(props: {
  mine: TArticleFields;
  theirs: TArticleFields;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: () => void;
}) {
  const t = useTranslations("editor.conflict");
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="conflict-title"
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4"
    >
      <div className="max-h-full w-full max-w-5xl overflow-auto rounded bg-white p-5 shadow-xl">
        <h2 id="conflict-title" className="text-lg font-bold">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{t("explain")}</p>
        <div className="mt-4 flex flex-col gap-3 md:flex-row">
          <Column title={t("mine")} side={props.mine} />
          <Column title={t("theirs")} side={props.theirs} />
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <button
            type="button"
            onClick={props.onKeepMine}
            className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-white"
          >
            {t("keepMine")}
          </button>
          <button
            type="button"
            onClick={props.onTakeTheirs}
            className="rounded border border-[var(--color-rule)] px-3 py-1.5"
          >
            {t("takeTheirs")}
          </button>
          <button
            type="button"
            onClick={props.onMerge}
            className="rounded border border-[var(--color-rule)] px-3 py-1.5"
          >
            {t("merge")}
          </button>
        </div>
      </div>
    </div>
  );
}
