import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { FrontEditor } from "@/components/front/front-editor";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { getFrontEditor } from "@/lib/server/front/get-front-editor";
import { findFrontStoriesAction, publishFrontAction, restoreFrontAction } from "./actions";

const actions = {
  find: findFrontStoriesAction,
  publish: publishFrontAction,
  restore: restoreFrontAction,
};

/** /newsroom/front: the desk arranges the reader's home page (`front.manage`). */
export default async function FrontPage() {
  const user = await requireUser();
  const actor = toActor(user);
  // Like sections and users: to anyone without the permission the page does not exist.
  if (!can(actor, "front.manage")) notFound();
  const [state, t, locale] = await Promise.all([
    getFrontEditor(actor),
    getTranslations("front"),
    getLocale(),
  ]);
  const sections = state.sections.map((section) => ({
    id: section.id,
    name: locale === "en" ? section.nameEn : section.name,
  }));
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="front-heading" className="space-y-6">
        <PageHeader id="front-heading" title={t("title")} description={t("intro")} className="" />
        <FrontEditor
          number={state.number}
          cards={state.cards}
          sections={sections}
          history={state.history}
          actions={actions}
        />
      </section>
    </NextIntlClientProvider>
  );
}
