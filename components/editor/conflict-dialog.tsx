"use client";

import { useTranslations } from "next-intl";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import type { TArticleFields } from "@/lib/schemas/article";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Fields = Record<string, unknown> & { headline: string; body: unknown };

const shown = (value: unknown): string =>
  value === null || value === undefined || value === ""
    ? "—"
    : Array.isArray(value)
      ? String(value.length)
      : String(value);

/**
 * One side: its headline, then every other field the two sides disagree on. The body is
 * shown only when it differs (a co-edited body is the same on both sides).
 */
function Column({ title, side, differing }: { title: string; side: Fields; differing: string[] }) {
  const t = useTranslations("editor");
  return (
    <section
      aria-label={title}
      className="min-w-0 flex-1 rounded border border-[var(--color-rule)] p-3"
    >
      <h3 className="mb-2 text-sm font-semibold text-[var(--color-muted)]">{title}</h3>
      <p className="font-serif text-lg font-bold">{side.headline}</p>
      <dl className="mt-2 space-y-1 text-sm">
        {differing
          .filter((name) => name !== "headline" && name !== "body")
          .map((name) => (
            <div key={name}>
              <dt className="inline font-medium">{t.has(name) ? t(name) : name}: </dt>
              <dd className="inline">{shown(side[name])}</dd>
            </div>
          ))}
      </dl>
      {differing.includes("body") && (
        <div className="mt-2 max-h-80 overflow-auto whitespace-pre-wrap font-serif text-[15px] leading-7">
          {docToPlainText(side.body as Doc)}
        </div>
      )}
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
  const mine = props.mine as unknown as Fields;
  const theirs = props.theirs as unknown as Fields;
  const differing = Object.keys(mine).filter(
    (name) => JSON.stringify(mine[name]) !== JSON.stringify(theirs[name]),
  );
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
        <Column title={t("mine")} side={mine} differing={differing} />
        <Column title={t("theirs")} side={theirs} differing={differing} />
      </div>
    </Dialog>
  );
}
