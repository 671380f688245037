"use client";

import { useTranslations } from "next-intl";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import type { TArticleFields } from "@/lib/schemas/article";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

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
 * until they do, and "Merge both" keeps every paragraph either of them wrote.
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
    // Escape does not dismiss it: the person has to choose, or nothing would be saved.
    <Dialog
      open
      onClose={() => undefined}
      size="lg"
      title={t("title")}
      description={t("explain")}
      footer={
        <>
          <Button variant="primary" onClick={props.onKeepMine}>
            {t("keepMine")}
          </Button>
          <Button onClick={props.onTakeTheirs}>{t("takeTheirs")}</Button>
          <Button onClick={props.onMerge}>{t("merge")}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-3 md:flex-row">
        <Column title={t("mine")} side={props.mine} />
        <Column title={t("theirs")} side={props.theirs} />
      </div>
    </Dialog>
  );
}
