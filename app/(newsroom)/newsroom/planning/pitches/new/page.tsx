import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PlanItemForm } from "@/components/planning/plan-item-form";
import { PlanningNav } from "@/components/planning/planning-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, toActor } from "@/lib/auth";
import {
  getPlanFormOptions,
  tomorrowInNewsroom,
} from "@/lib/server/planning/items/plan-form-options";
import { createPitchAction } from "../../actions";

/** /newsroom/planning/pitches/new: "New pitch", for anyone in the newsroom. */
export default async function NewPitchPage() {
  const actor = toActor(await requireUser());
  const [t, options] = await Promise.all([
    getTranslations("planning"),
    getPlanFormOptions(actor, "plan.pitch"),
  ]);
  return (
    <NextIntlClientProvider>
      <PlanningNav current="pitches" />
      <section aria-labelledby="new-pitch-heading" className="max-w-3xl space-y-4">
        <PageHeader
          id="new-pitch-heading"
          title={t("pitch.new")}
          description={t("pitch.newHint")}
        />
        <PlanItemForm
          mode="pitch"
          action={createPitchAction}
          values={{ ...options.empty, day: tomorrowInNewsroom() }}
          sections={options.sections}
        />
      </section>
    </NextIntlClientProvider>
  );
}
