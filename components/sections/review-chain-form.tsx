"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { ReviewChainPage } from "@/lib/schemas/review-chain-page";
import { MAX_STAGES, type ReviewChain } from "@/lib/workflow/review-chain";
import { moveStage, newStage, stageLabel } from "./review-chain-edit";
import { ReviewStageFieldset, stageControlId } from "./review-stage-fieldset";
import { TemplateChoiceField, type TemplateChoice } from "./template-choice-field";
import { useReviewChainResult } from "./use-review-chain-result";

export type SaveReviewChain = (input: {
  sectionId: string;
  version: number;
  chain: ReviewChain;
}) => Promise<ActionResult<{ version: number; isDefault: boolean; slug: string }>>;

/**
 * The section's chain, edited on screen and saved whole with "Save chain": stages in
 * order (each its own group), "Add stage", a template to start from. Nothing is stored
 * until the save; the save carries the version the page was loaded at, so a save over
 * another admin's is refused with their name and time, and the stages stay on screen.
 */
export function ReviewChainForm({
  page,
  language,
  suggested,
  note,
  action,
}: {
  page: ReviewChainPage;
  /** The paper's own language: stages are named on buttons as it prints them. */
  language: string;
  /** The template the choice starts on. */
  suggested: TemplateChoice;
  /** One line beside the template choice (why a template is suggested), if any. */
  note?: string | undefined;
  action: SaveReviewChain;
}) {
  const t = useTranslations("reviewChain");
  const idBase = useId().replace(/:/g, "");
  const [stages, setStages] = useState<ReviewChain>(page.chain);
  const [version, setVersion] = useState(page.version);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [applied, setApplied] = useState(false);
  const [pending, startTransition] = useTransition();
  // Where focus goes once the stages re-render after a move, add or remove.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [stages]);

  const labelOf = (index: number) => {
    const stage = stages[index];
    return (stage && stageLabel(stage, language)) ?? t("unnamed", { number: index + 1 });
  };
  const { sentence, stageError } = useReviewChainResult(labelOf);
  const edit = (next: ReviewChain, focus?: string) => {
    if (focus) focusNext.current = focus;
    setStages(next);
    // The last answer was about the stages as they were (its field errors by position).
    setResult(null);
    setApplied(false);
  };
  const move = (index: number, step: -1 | 1) => {
    const key = stages[index]!.key;
    const landed = index + step;
    // Keep focus on the button pressed, or on its pair once the stage reaches an end.
    const which =
      step === -1 ? (landed === 0 ? "down" : "up") : landed === stages.length - 1 ? "up" : "down";
    edit(moveStage(stages, index, step), stageControlId(idBase, key, which));
  };
  const remove = (index: number) => {
    const next = stages.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    edit(next, neighbour && stageControlId(idBase, neighbour.key, "hant"));
  };
  const add = () => {
    const stage = newStage(stages);
    edit([...stages, stage], stageControlId(idBase, stage.key, "hant"));
  };
  const save = () =>
    startTransition(async () => {
      setResult(null);
      const answer = await action({ sectionId: page.section.id, version, chain: stages });
      if (answer.ok) setVersion(answer.data.version);
      setResult(answer);
      setApplied(false);
    });

  const message = sentence(result);
  const deskHeadNames = page.deskHeads.map((head) => head.name);
  return (
    <form
      aria-label={t("formLabel")}
      noValidate
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <TemplateChoiceField
        initial={suggested}
        note={note}
        onUse={(chain) => {
          edit(chain);
          setApplied(true);
        }}
      />
      {applied && <Alert tone="info">{t("templateApplied")}</Alert>}
      <section aria-labelledby={`${idBase}-stages`} className="space-y-4">
        <h2 id={`${idBase}-stages`} className="text-lg font-semibold">
          {t("stagesHeading")}
        </h2>
        <ol className="space-y-4">
          {stages.map((stage, index) => (
            <li key={stage.key}>
              <ReviewStageFieldset
                stage={stage}
                index={index}
                count={stages.length}
                label={stageLabel(stage, language)}
                idBase={idBase}
                people={page.people}
                deskHeadNames={deskHeadNames}
                errorFor={(field) => stageError(result, index, field)}
                onChange={(changed) => edit(stages.map((s, i) => (i === index ? changed : s)))}
                onMove={(step) => move(index, step)}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
        <Button disabled={stages.length >= MAX_STAGES} onClick={add}>
          {t("add")}
        </Button>
      </section>
      <div className="space-y-3 border-t border-[var(--color-rule)] pt-4">
        {message && (
          <Alert role="status" tone={result?.ok ? "success" : "error"}>
            <p>{message}</p>
          </Alert>
        )}
        <Button type="submit" variant="primary" size="md" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
