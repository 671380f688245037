import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { getFormatter, getTranslations } from "next-intl/server";
import { can, requireUser } from "@/lib/auth";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";

type Props = { searchParams: Promise<{ before?: string; id?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  const actor = { id: user.id, role: user.role };
  if (!can(actor, "audit.read")) notFound();
  const { before, id } = await searchParams;
  const beforeDate = before ? new Date(before) : null;
  const after =
    beforeDate && !Number.isNaN(beforeDate.getTime()) && id && /^[0-9a-f-]{36}$/i.test(id)
      ? { createdAt: beforeDate, id }
      : undefined;
  const [{ items, next }, t, format] = await Promise.all([
    listAuditLog(actor, after ? { after } : {}),
    getTranslations("audit"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="audit-heading" className="space-y-4">
      <PageHeader id="audit-heading" title={t("title")} className="" />
      <DataTable
        columns={[t("time"), t("who"), t("action"), t("outcome"), t("resource"), t("address")]}
      >
        {items.map((row) => (
          <tr key={row.id}>
            <td className="py-2 pr-4 whitespace-nowrap">
              <time dateTime={row.createdAt.toISOString()}>
                {format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </time>
            </td>
            <td className="py-2 pr-4">{row.actorName ?? "—"}</td>
            <td className="py-2 pr-4 font-mono text-xs">{row.action}</td>
            <td
              className={`py-2 pr-4 ${row.outcome === "ALLOWED" ? "" : "font-semibold text-red-800"}`}
            >
              {t(`outcomes.${row.outcome}`)}
            </td>
            <td className="py-2 pr-4 font-mono text-xs">{row.resource ?? "—"}</td>
            <td className="py-2 font-mono text-xs">{row.ip ?? "—"}</td>
          </tr>
        ))}
      </DataTable>
      {next && (
        <Link
          href={`/newsroom/audit?before=${encodeURIComponent(next.createdAt.toISOString())}&id=${next.id}`}
          className="underline"
        >
          {t("older")}
        </Link>
      )}
    </section>
  );
}
