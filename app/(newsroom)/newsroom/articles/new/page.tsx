import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth";
import { createArticleAction } from "../actions";

/** Starting a story is a POST (a draft row is created), so this page is one button. */
export default async function NewArticlePage() {
  await requireUser();
  const t = await getTranslations("editor");
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <h1 className="mb-6 text-2xl font-bold">{t("newStory")}</h1>
      <form action={createArticleAction}>
        <Button type="submit" variant="primary" size="md">
          {t("startDraft")}
        </Button>
      </form>
    </section>
  );
}
