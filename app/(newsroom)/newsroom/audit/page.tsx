import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/newsroom/audit-filter-form";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { parseAuditFilter, type TAuditFilter } from "@/lib/schemas/audit-filter";
import { listAuditLog, listAuditPeople, type AuditRow } from "@/lib/server/audit/list-audit-log";
import { newsroomTimeZone } from "@/lib/time-zone";
import { activityLabelKey } from "@/lib/workflow/activity";
import { stageName } from "@/lib/workflow/review-chain";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The filters as a query string, with or without a paging cursor. */
function query(filter: TAuditFilter, cursor?: { createdAt: Date; id: string }) {
  const params = new URLSearchParams();
  for (const key of ["who", "what", "from", "to", "article"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (cursor) {
    params.set("before", cursor.createdAt.toISOString());
    params.set("id", cursor.id);
  }
  const text = params.toString();
  return text ? `/newsroom/audit?${text}` : "/newsroom/audit";
}

/** "Audit log": who did what to which story, when; filtered by a GET form, paged by links. */
export default async function AuditPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser();
  const actor = toActor(user);
  if (!can(actor, "audit.read")) notFound();
  const { filter, invalid } = parseAuditFilter(await searchParams);
  const timeZone = newsroomTimeZone();
  const [{ items, next }, people, t, format, locale] = await Promise.all([
    listAuditLog(actor, { filter }),
    listAuditPeople(actor),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const subject = (row: AuditRow) => {
    const about = row.subject;
    if (!about) return "—";
    if (about.type === "article")
      return (
        <Link href={`/newsroom/articles/${about.id}`} className="underline">
          {about.headline || t("newsroom.untitled")}
        </Link>
      );
    if (about.type === "user") return t("audit.account", { name: about.name });
    if (about.type === "media")
      return about.caption ? `${t("audit.image")}: ${about.caption}` : t("audit.image");
    return about.name;
  };
  return (
    <section aria-labelledby="audit-heading" className="space-y-4">
      <PageHeader id="audit-heading" title={t("audit.title")} className="" />
      <AuditFilterForm filter={filter} people={people} timeZone={timeZone} />
      {invalid.length > 0 && <Alert tone="error">{t("audit.invalidFilter")}</Alert>}
      {items.length === 0 ? (
        <EmptyState>{t("audit.empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("audit.time"),
            t("audit.who"),
            t("audit.what"),
            t("audit.article"),
            t("audit.outcome"),
            t("audit.address"),
          ]}
        >
          {items.map((row) => (
            <tr key={row.id}>
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={row.createdAt.toISOString()}>
                  {format.dateTime(row.createdAt, {
                    dateStyle: "short",
                    timeStyle: "medium",
                    timeZone,
                  })}
                </time>
              </td>
              <td className="py-2 pr-4">{row.actorName ?? t("audit.system")}</td>
              <td className="py-2 pr-4">
                {row.what ? t(activityLabelKey(row.what)) : row.action}
                {row.stageName && ` · ${stageName({ name: row.stageName }, locale)}`}
              </td>
              <td className="py-2 pr-4">{subject(row)}</td>
              <td
                className={`py-2 pr-4 ${row.outcome === "ALLOWED" ? "" : "font-semibold text-red-800"}`}
              >
                {t(`audit.outcomes.${row.outcome}`)}
              </td>
              <td className="py-2 font-mono text-xs">{row.ip ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav className="flex gap-4 text-sm">
        {filter.before && (
          <Link href={query(filter)} className="underline">
            {t("audit.newer")}
          </Link>
        )}
        {next && (
          <Link href={query(filter, next)} className="underline">
            {t("audit.older")}
          </Link>
        )}
      </nav>
    </section>
  );
}
