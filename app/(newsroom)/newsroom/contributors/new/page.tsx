import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ContributorForm } from "@/components/contributors/contributor-form";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { getContributorForm } from "@/lib/server/contributors/get-contributor-form";
import { createContributorProfileAction } from "../actions";

/** /newsroom/contributors/new: a whole profile at once (bylines add bare ones inline). */
export default async function NewContributorPage() {
  const actor = toActor(await requireUser());
  if (!can(actor, "contributor.manage")) notFound();
  const [form, t] = await Promise.all([
    getContributorForm(actor, null),
    getTranslations("contributors"),
  ]);
  if (!form) notFound();
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="new-contributor-heading" className="max-w-3xl space-y-6">
        <Link href="/newsroom/contributors" className="text-sm underline">
          {t("backToList")}
        </Link>
        <PageHeader id="new-contributor-heading" title={t("new")} className="" />
        <ContributorForm
          profile={null}
          photos={form.photos}
          users={form.users}
          action={{ create: createContributorProfileAction }}
        />
      </section>
    </NextIntlClientProvider>
  );
}
