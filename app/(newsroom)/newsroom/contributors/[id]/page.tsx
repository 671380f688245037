import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ContributorForm } from "@/components/contributors/contributor-form";
import { MergeDeleteContributor } from "@/components/contributors/merge-delete-contributor";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { getContributorForm } from "@/lib/server/contributors/get-contributor-form";
import { likelyDuplicates } from "@/lib/server/contributors/likely-duplicates";
import {
  deleteContributorAction,
  mergeContributorAction,
  updateContributorAction,
} from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One contributor: the profile, and merging or deleting it. */
export default async function EditContributorPage({ params, searchParams }: Props) {
  const actor = toActor(await requireUser());
  if (!can(actor, "contributor.manage")) notFound();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const [form, t, query] = await Promise.all([
    getContributorForm(actor, id),
    getTranslations("contributors"),
    searchParams,
  ]);
  const profile = form?.profile;
  if (!form || !profile) notFound();
  const candidates = await likelyDuplicates(profile);
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="contributor-heading" className="max-w-3xl space-y-6">
        <Link href="/newsroom/contributors" className="text-sm underline">
          {t("backToList")}
        </Link>
        <PageHeader
          id="contributor-heading"
          title={t("editTitle", { name: profile.name })}
          description={`${t("bylines")}: ${profile.bylineCount}`}
          className=""
          actions={
            <Link href={`/contributors/${profile.slug}`} className="text-sm underline">
              {t("viewPage")}
            </Link>
          }
        />
        {query.created === "1" && (
          <Alert role="status" tone="success">
            <p>{t("done.created")}</p>
          </Alert>
        )}
        <ContributorForm
          profile={profile}
          photos={form.photos}
          users={form.users}
          action={{ update: updateContributorAction }}
        />
        <MergeDeleteContributor
          contributor={{ id: profile.id, name: profile.name }}
          candidates={candidates}
          actions={{ merge: mergeContributorAction, remove: deleteContributorAction }}
        />
      </section>
    </NextIntlClientProvider>
  );
}
