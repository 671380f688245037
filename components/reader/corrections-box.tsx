import { getFormatter, getTranslations } from "next-intl/server";
import { READER_TIME_FORMAT } from "./published-time";

export type CorrectionItem = { id: string; text: string; correctedAt: Date };

/**
 * The corrections box under an article: every correction with its time, oldest first.
 * Shown as soon as an editor adds one; there is nothing to delete them with.
 */
export async function CorrectionsBox({ corrections }: { corrections: CorrectionItem[] }) {
  if (corrections.length === 0) return null;
  const t = await getTranslations("corrections");
  const format = await getFormatter();
  return (
    <section
      aria-labelledby="corrections-heading"
      className="mt-10 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] px-4 py-3"
    >
      <h2 id="corrections-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <ul className="mt-2 space-y-2 text-[15px] leading-7">
        {corrections.map((correction) => (
          <li key={correction.id}>
            <time
              dateTime={correction.correctedAt.toISOString()}
              className="mr-2 text-sm text-[var(--color-muted)]"
            >
              {format.dateTime(correction.correctedAt, READER_TIME_FORMAT)}
            </time>
            <span>{correction.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
