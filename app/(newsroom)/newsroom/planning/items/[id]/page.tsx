import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AssignForm } from "@/components/planning/assign-form";
import { ItemAssignments } from "@/components/planning/item-assignments";
import { ItemFacts } from "@/components/planning/item-facts";
import { ItemStory } from "@/components/planning/item-story";
import { PitchDecision } from "@/components/planning/pitch-decision";
import { PlanItemForm } from "@/components/planning/plan-item-form";
import { PlanningNav } from "@/components/planning/planning-nav";
import { SpikeControl } from "@/components/planning/spike-control";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, toActor } from "@/lib/auth";
import { sectionNameInUi } from "@/lib/content/reader-script";
import { AppError } from "@/lib/errors";
import { getPlanItem, getPlanItemOptions } from "@/lib/server/planning/items/get-plan-item";
import { newsroomTimeZone } from "@/lib/time-zone";
import * as actions from "../../actions";

/** /newsroom/planning/items/<id>: one pitch or planned item, its people and its story. */
export default async function PlanItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const actor = toActor(user);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const item = await getPlanItem(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, locale, format, options] = await Promise.all([
    getTranslations("planning"),
    getLocale(),
    getFormatter(),
    item.may.manage ? getPlanItemOptions(item) : null,
  ]);
  const zone = newsroomTimeZone();
  const people = (options?.people ?? []).map((p) => ({ id: p.id, label: p.name }));
  const sections = (options?.sections ?? []).map((s) => ({
    id: s.id,
    label: sectionNameInUi(s, locale),
  }));
  const events = (options?.events ?? []).map((e) => ({
    id: e.id,
    label: `${format.dateTime(e.startsAt, { dateStyle: "short", timeStyle: "short", timeZone: zone })} ${e.title}`,
  }));
  const stories = (options?.stories ?? []).map((s) => ({ id: s.id, label: s.headline }));
  const planned = item.status === "PLANNED";
  return (
    <NextIntlClientProvider>
      <PlanningNav
        current={item.status === "PITCHED" || item.status === "DECLINED" ? "pitches" : "budget"}
      />
      <section aria-labelledby="plan-item-heading" className="max-w-4xl space-y-8">
        <PageHeader
          id="plan-item-heading"
          title={item.headline}
          description={item.status === "PITCHED" ? t("item.isPitch") : undefined}
          actions={
            item.may.manage &&
            (item.status === "PITCHED" ? (
              <PitchDecision
                itemId={item.id}
                headline={item.headline}
                action={actions.decidePitchAction}
              />
            ) : (
              (planned || item.status === "SPIKED") && (
                <SpikeControl
                  itemId={item.id}
                  version={item.version}
                  spiked={item.status === "SPIKED"}
                  action={actions.spikePlanItemAction}
                />
              )
            ))
          }
        />
        <ItemFacts item={item} />
        {(item.article || item.may.startStory || (item.may.manage && planned)) && (
          <section aria-labelledby="item-story-heading" className="space-y-3">
            <h2 id="item-story-heading" className="text-lg font-semibold">
              {t("story.heading")}
            </h2>
            <ItemStory
              itemId={item.id}
              hasStory={item.article !== null}
              mayStart={item.may.startStory}
              mayLink={item.may.manage && planned}
              stories={stories}
              start={actions.startStoryAction}
              link={actions.linkStoryAction}
            />
          </section>
        )}
        {item.status !== "PITCHED" && item.status !== "DECLINED" && (
          <section aria-labelledby="item-assignments-heading" className="space-y-3">
            <h2 id="item-assignments-heading" className="text-lg font-semibold">
              {t("assignment.heading")}
            </h2>
            <ItemAssignments
              item={item}
              meId={user.id}
              people={people}
              actions={{
                respond: actions.respondToAssignmentAction,
                withdraw: actions.withdrawAssignmentAction,
                assign: actions.assignAction,
              }}
            />
            {item.may.manage && planned && (
              <div className="rounded border border-[var(--color-rule)] p-4">
                <h3 className="mb-3 font-semibold">{t("assign.heading")}</h3>
                <AssignForm
                  itemId={item.id}
                  action={actions.assignAction}
                  people={people}
                  defaultDeadline={`${item.day}T18:00`}
                />
              </div>
            )}
          </section>
        )}
        {item.may.manage && (
          <section aria-labelledby="item-edit-heading" className="space-y-3">
            <h2 id="item-edit-heading" className="text-lg font-semibold">
              {t("item.edit")}
            </h2>
            <PlanItemForm
              key={item.version}
              mode="edit"
              action={actions.updatePlanItemAction}
              values={item}
              sections={sections}
              events={events}
              itemId={item.id}
              version={item.version}
            />
          </section>
        )}
      </section>
    </NextIntlClientProvider>
  );
}
