import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PlanItemForm } from "@/components/planning/plan-item-form";
import { PlanningNav } from "@/components/planning/planning-nav";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { getPlanFormOptions, todayInNewsroom } from "@/lib/server/planning/items/plan-form-options";
import { createPlanItemAction } from "../../actions";

/** /newsroom/planning/items/new: an editor puts a story straight on the budget (`?day=`). */
export default async function NewPlanItemPage(props: { searchParams: Promise<{ day?: string }> }) {
  const actor = toActor(await requireUser());
  if (!can(actor, "plan.manage")) notFound();
  const { day } = await props.searchParams;
  const [t, options] = await Promise.all([
    getTranslations("planning"),
    getPlanFormOptions(actor, "plan.manage"),
  ]);
  return (
    <NextIntlClientProvider>
      <PlanningNav current="budget" />
      <section aria-labelledby="new-item-heading" className="max-w-3xl space-y-4">
        <PageHeader id="new-item-heading" title={t("item.new")} />
        <PlanItemForm
          mode="item"
          action={createPlanItemAction}
          values={{
            ...options.empty,
            day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : todayInNewsroom(),
          }}
          sections={options.sections}
          events={options.events}
        />
      </section>
    </NextIntlClientProvider>
  );
}
