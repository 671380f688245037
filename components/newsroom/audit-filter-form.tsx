import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TAuditFilter } from "@/lib/schemas/audit-filter";
import { ACTIVITY_KINDS, activityLabelKey } from "@/lib/workflow/activity";

const FIELD = "rounded border border-[var(--color-rule)] px-2 py-1";

/**
 * The audit log's filters: a plain GET form, so filtering works without JavaScript and
 * a filtered view is a link one can send. Dates are days in the newsroom's zone.
 */
export async function AuditFilterForm({
  filter,
  people,
  timeZone,
}: {
  filter: TAuditFilter;
  people: Array<{ id: string; name: string }>;
  timeZone: string;
}) {
  const t = await getTranslations();
  const label = (text: string, control: React.ReactNode) => (
    <label className="text-sm">
      <span className="block font-medium">{text}</span>
      {control}
    </label>
  );
  return (
    <form
      method="get"
      aria-label={t("audit.filters")}
      className="flex flex-wrap items-end gap-3 rounded border border-[var(--color-rule)] p-3"
    >
      {label(
        t("audit.who"),
        <select name="who" defaultValue={filter.who ?? ""} className={FIELD}>
          <option value="">{t("audit.anyone")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>,
      )}
      {label(
        t("audit.what"),
        <select name="what" defaultValue={filter.what ?? ""} className={FIELD}>
          <option value="">{t("audit.anything")}</option>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(activityLabelKey(kind))}
            </option>
          ))}
        </select>,
      )}
      {label(
        t("audit.from"),
        <input
          type="date"
          name="from"
          defaultValue={filter.from ?? ""}
          aria-describedby="audit-zone"
          className={FIELD}
        />,
      )}
      {label(
        t("audit.to"),
        <input
          type="date"
          name="to"
          defaultValue={filter.to ?? ""}
          aria-describedby="audit-zone"
          className={FIELD}
        />,
      )}
      {label(
        t("audit.article"),
        <input
          type="search"
          name="article"
          defaultValue={filter.article ?? ""}
          placeholder={t("audit.articleHint")}
          className={FIELD}
        />,
      )}
      <button type="submit" className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-white">
        {t("audit.apply")}
      </button>
      <Link href="/newsroom/audit" className="py-1.5 text-sm underline">
        {t("audit.clear")}
      </Link>
      <p id="audit-zone" className="w-full text-xs text-[var(--color-muted)]">
        {t("audit.timeZone", { zone: timeZone })}
      </p>
    </form>
  );
}
