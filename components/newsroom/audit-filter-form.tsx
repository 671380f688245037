import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import type { TAuditFilter } from "@/lib/schemas/audit-filter";
import { ACTIVITY_KINDS, activityLabelKey } from "@/lib/workflow/activity";

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
  return (
    <form
      method="get"
      aria-label={t("audit.filters")}
      className="flex flex-wrap items-end gap-3 rounded border border-[var(--color-rule)] p-3"
    >
      <Select name="who" label={t("audit.who")} defaultValue={filter.who ?? ""}>
        <option value="">{t("audit.anyone")}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </Select>
      <Select name="what" label={t("audit.what")} defaultValue={filter.what ?? ""}>
        <option value="">{t("audit.anything")}</option>
        {ACTIVITY_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(activityLabelKey(kind))}
          </option>
        ))}
      </Select>
      <TextField type="date" name="from" label={t("audit.from")} defaultValue={filter.from ?? ""} />
      <TextField type="date" name="to" label={t("audit.to")} defaultValue={filter.to ?? ""} />
      <TextField
        type="search"
        name="article"
        label={t("audit.article")}
        defaultValue={filter.article ?? ""}
        placeholder={t("audit.articleHint")}
      />
      <Button type="submit" variant="primary">
        {t("audit.apply")}
      </Button>
      <Link href="/newsroom/audit" className="py-1.5 text-sm underline">
        {t("audit.clear")}
      </Link>
      <p className="w-full text-xs text-[var(--color-muted)]">
        {t("audit.timeZone", { zone: timeZone })}
      </p>
    </form>
  );
}
