import { getTranslations } from "next-intl/server";
import type { PlanState } from "@/lib/workflow/plan-state";

const TONES: Partial<Record<PlanState, string>> = {
  PUBLISHED: "bg-emerald-50 text-emerald-900 border-emerald-300",
  SCHEDULED: "bg-sky-50 text-sky-900 border-sky-300",
  APPROVED: "bg-sky-50 text-sky-900 border-sky-300",
  IN_REVIEW: "bg-amber-50 text-amber-900 border-amber-300",
  CHANGES_REQUESTED: "bg-orange-50 text-orange-900 border-orange-300",
  TURNED_DOWN: "bg-red-50 text-red-900 border-red-300",
  DECLINED: "bg-stone-100 text-stone-700 border-stone-300",
  SPIKED: "bg-stone-100 text-stone-700 border-stone-300",
};

/** An item's state as a word (and, in review, the stage: "In review · 複審"). */
export async function PlanStateBadge(props: {
  state: PlanState;
  stage: string | null;
  testId?: string;
}) {
  const t = await getTranslations("planning.states");
  const tone = TONES[props.state] ?? "bg-white text-[var(--color-ink)] border-[var(--color-rule)]";
  return (
    <span
      data-testid={props.testId}
      className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs ${tone}`}
    >
      {t(props.state)}
      {props.stage && ` · ${props.stage}`}
    </span>
  );
}
