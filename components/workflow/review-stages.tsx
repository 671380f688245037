"use client";

import { useLocale, useTranslations } from "next-intl";
import { stageName, type ReviewStage } from "@/lib/workflow/review-chain";

export type ReviewState = { stages: Array<Pick<ReviewStage, "name" | "kind">>; index: number };

/**
 * Where a story in review stands: "Stage: 複審 (2 of 6)" and the chain in order, each
 * stage marked passed, here or to come in words (not colour only).
 */
export function ReviewStages({ review }: { review: ReviewState }) {
  const t = useTranslations("workflow");
  const locale = useLocale();
  const here = review.stages[review.index];
  if (!here) return null;
  return (
    <div className="mt-1 text-sm">
      <p data-testid="review-stage">
        {t("stage", {
          stage: stageName(here, locale),
          n: review.index + 1,
          count: review.stages.length,
        })}
      </p>
      <ol aria-label={t("stagesLabel")} className="mt-1 flex flex-wrap gap-1 text-xs">
        {review.stages.map((stage, index) => {
          const place = index < review.index ? "passed" : index === review.index ? "here" : "next";
          return (
            <li
              key={index}
              aria-current={place === "here" ? "step" : undefined}
              className={
                place === "here"
                  ? "rounded bg-[var(--color-ink)] px-1.5 py-0.5 text-white"
                  : place === "passed"
                    ? "rounded border border-[var(--color-rule)] px-1.5 py-0.5 text-[var(--color-muted)]"
                    : "rounded border border-dashed border-[var(--color-rule)] px-1.5 py-0.5"
              }
            >
              {place === "passed" ? "✓ " : ""}
              {stageName(stage, locale)}
              {stage.kind === "proof" ? (
                <span className="sr-only"> ({t("proofRound")})</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
