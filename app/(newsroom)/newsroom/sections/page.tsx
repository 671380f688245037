import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { NewSectionForm } from "@/components/sections/new-section-form";
import { SectionRowActions } from "@/components/sections/section-row-actions";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { listSectionsForAdmin } from "@/lib/server/sections/list-sections";
import {
  archiveSectionAction,
  createSectionAction,
  deleteSectionAction,
  moveSectionAction,
  updateSectionAction,
} from "./actions";

const actions = {
  update: updateSectionAction,
  move: moveSectionAction,
  archive: archiveSectionAction,
  remove: deleteSectionAction,
};

/** /newsroom/sections: the desks, their order (the reader's navigation) and desk heads. */
export default async function SectionsPage() {
  const user = await requireUser();
  const actor = toActor(user);
  // Like users and settings: to anyone without the permission the page does not exist.
  if (!can(actor, "taxonomy.manage")) notFound();
  const [{ sections, people }, t] = await Promise.all([
    listSectionsForAdmin(actor),
    getTranslations("sections"),
  ]);
  // Admins only: the pre-publish checklist is `review.manage`.
  const canManageReview = can(actor, "review.manage");
  const columns = {
    name: t("name"),
    slug: t("slug"),
    stories: t("stories"),
    state: t("state"),
    actions: t("actions"),
  };
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="sections-heading" className="space-y-6">
        <PageHeader
          id="sections-heading"
          title={t("title")}
          description={t("intro")}
          className=""
        />
        <NewSectionForm action={createSectionAction} people={people} />
        {sections.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <DataTable columns={Object.values(columns)} stackOnPhone>
            {sections.map((section, index) => (
              <tr key={section.id} className="align-top" data-section-slug={section.slug}>
                <td data-label={columns.name} className="py-3 pr-4">
                  <span lang="zh-Hant" className="font-medium">
                    {section.name}
                  </span>
                  <span className="text-[var(--color-muted)]"> · </span>
                  <span lang="zh-Hans">{section.shownHans}</span>
                  <span className="text-[var(--color-muted)]"> · </span>
                  <span lang="en">{section.nameEn}</span>
                </td>
                <td data-label={columns.slug} className="py-3 pr-4 font-mono text-xs">
                  {section.slug}
                </td>
                <td data-label={columns.stories} className="py-3 pr-4 tabular-nums">
                  {section.storyCount}
                </td>
                <td data-label={columns.state} className="whitespace-nowrap py-3 pr-4">
                  {section.isArchived ? t("archived") : t("inNavigation")}
                </td>
                <td data-label={columns.actions} className="py-3">
                  {canManageReview && (
                    <Link
                      href={`/newsroom/sections/${section.slug}/review`}
                      aria-label={t("reviewChainOf", { name: section.name })}
                      className={`${buttonClass("secondary", "xs")} mb-1 mr-1`}
                    >
                      {t("reviewChain")}
                    </Link>
                  )}
                  {canManageReview && (
                    <Link
                      href={`/newsroom/sections/${section.slug}/checks`}
                      aria-label={t("checksLabel", { name: section.nameEn })}
                      className={`${buttonClass("secondary", "xs")} mb-1`}
                    >
                      {t("checks")}
                    </Link>
                  )}
                  <SectionRowActions
                    section={section}
                    people={people}
                    isFirst={index === 0}
                    isLast={index === sections.length - 1}
                    actions={actions}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </NextIntlClientProvider>
  );
}
