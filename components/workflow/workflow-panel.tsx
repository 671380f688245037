"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import {
  sortTransitions,
  TRANSITION_PRESENTATION,
  type TransitionName,
} from "@/lib/workflow/article-workflow";
import { stageName } from "@/lib/workflow/review-chain";
import { instantToWallTime } from "@/lib/time-zone";
import type { ActionRefusal, ActionResult } from "@/lib/schemas/action-result";
import type { WorkflowResult } from "@/lib/schemas/workflow";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField, Textarea } from "@/components/ui/field";
import { EmbargoBox } from "./embargo-box";
import { setFlash, useFlash } from "./use-flash";
import { AltMissingList, type AltMissingImage } from "./alt-missing";
import { useRefusalSentence } from "./refusal-sentence";
import { ReviewStages, type ReviewState } from "./review-stages";
import { SendBackDialog } from "./send-back-dialog";

export type WorkflowPanelState = {
  status: string;
  transitions: TransitionName[];
  canSetEmbargo: boolean;
  scheduledAt: string | null;
  embargoUntil: string | null;
  scheduleError: string | null;
  liveSince: string | null;
  /** Once submitted: the images still without alt text, as a warning. */
  altMissing?: AltMissingImage[];
  /** In review: the chain and the stage the story sits in. */
  review?: ReviewState | null;
};

/** "Send back" is one button: to the previous stage, or (request changes) to the reporter. */
const RETURNS: readonly TransitionName[] = ["send-back", "request-changes"];

type Props = {
  articleId: string;
  state: WorkflowPanelState;
  timeZone: string;
  /** Saves what is on screen first; the version to move, or null when that save failed. */
  prepare: () => Promise<number | null>;
  transition: (input: {
    articleId: string;
    transition: TransitionName;
    version: number;
    note?: string;
    publishAt?: string;
  }) => Promise<WorkflowResult>;
  setEmbargo: (input: { articleId: string; until: string | null }) => Promise<ActionResult>;
};

/**
 * The article's workflow: its state, the moves this person may make (the server decides
 * again), a note for the record, the schedule in the newsroom's time zone, the embargo.
 * The buttons come from the transition table (lib/workflow/article-workflow.ts), so a
 * new move appears here without a change to this file. After a move the page reloads
 * and says what happened ("Submitted for review") in a status line.
 */
export function WorkflowPanel(props: Props) {
  const t = useTranslations("workflow");
  const statusName = useTranslations("status");
  const format = useFormatter();
  const [note, setNote] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A refusal over alt text names the image; this is the way to its field.
  const [altFix, setAltFix] = useState<AltMissingImage | null>(null);
  const [confirming, setConfirming] = useState<TransitionName | null>(null);
  const [choosingReturn, setChoosingReturn] = useState(false);
  const done = useFlash(`workflow:${props.articleId}`);
  const locale = useLocale();
  const { state } = props;
  const review = state.review ?? null;
  const stageLabel = (offset: number) => {
    const stage = review?.stages[review.index + offset];
    return stage ? stageName(stage, locale) : "";
  };
  const returns = RETURNS.filter((name) => state.transitions.includes(name));
  // The two ways back share one button, placed where "send back" sorts.
  const available = sortTransitions(
    state.transitions.map((name) =>
      name === "request-changes" && returns.length > 0 ? returns[0]! : name,
    ),
  );
  const label = (name: string) => {
    if (RETURNS.includes(name as TransitionName)) return t("actions.send-back");
    if (name === "pass") return t("actions.pass", { stage: stageLabel(1) });
    return t.has(`actions.${name}`) ? t(`actions.${name}`) : name;
  };

  const refusalSentence = useRefusalSentence();
  const explain = (refusal: ActionRefusal) => {
    const { sentence, altFix: image } = refusalSentence(refusal);
    setAltFix(image);
    return sentence;
  };

  /** Runs one step; on success leaves its confirmation for the reloaded page. */
  async function attempt(work: () => Promise<ActionResult<unknown> | string>, doneKey: string) {
    setError(null);
    setBusy(true);
    let reloading = false;
    try {
      const result = await work();
      if (typeof result === "string") return setError(result);
      if (!result.ok) return setError(explain(result));
      setFlash(`workflow:${props.articleId}`, doneKey);
      // The panel stays disabled until the page is back: a time typed or a button pressed
      // in the moment before the reload would be lost with the old page.
      reloading = true;
      window.location.reload();
    } finally {
      if (!reloading) setBusy(false);
    }
  }

  const sendBack = () => {
    if (!note.trim()) return setError(t("errors.noteRequired"));
    if (returns.length > 1) return setChoosingReturn(true);
    if (returns[0]) run(returns[0]);
  };

  const press = (name: TransitionName) => {
    if (RETURNS.includes(name)) return sendBack();
    // Asked before the confirmation, so the reason is typed before anyone confirms.
    if (name === "publish-now" && !note.trim()) return setError(t("errors.reasonRequired"));
    if (TRANSITION_PRESENTATION[name].confirm) return setConfirming(name);
    run(name);
  };

  const run = (name: TransitionName) => {
    setConfirming(null);
    setChoosingReturn(false);
    if ((name === "request-changes" || name === "send-back") && !note.trim())
      return setError(t("errors.noteRequired"));
    if (name === "publish-now" && !note.trim()) return setError(t("errors.reasonRequired"));
    if (name === "schedule" && !publishAt) return setError(t("errors.noTime"));
    void attempt(async () => {
      const version = await props.prepare();
      if (version === null) return t("errors.saveFirst");
      return props.transition({
        articleId: props.articleId,
        transition: name,
        version,
        ...(note.trim() ? { note } : {}),
        ...(name === "schedule" ? { publishAt } : {}),
      });
    }, `done.${name}`);
  };

  const saveEmbargo = (until: string | null) =>
    void attempt(
      () => props.setEmbargo({ articleId: props.articleId, until }),
      until ? "done.embargoSet" : "done.embargoLifted",
    );

  const when = (iso: string) =>
    format.dateTime(new Date(iso), {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: props.timeZone,
    });

  return (
    <section
      aria-labelledby="workflow-heading"
      className="rounded border border-[var(--color-rule)] p-4"
    >
      <h2 id="workflow-heading" className="text-sm font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm" data-testid="workflow-status">
        {t("state")}: <strong>{statusName(state.status)}</strong>
      </p>
      {review && <ReviewStages review={review} />}
      <p role="status" className={done ? "mt-2 text-sm font-medium text-green-800" : "sr-only"}>
        {done && t.has(done) ? t(done) : ""}
      </p>
      {state.scheduledAt && state.status === "SCHEDULED" && (
        <p className="mt-1 text-sm">{t("scheduledFor", { time: when(state.scheduledAt) })}</p>
      )}
      {state.scheduleError && state.status === "SCHEDULED" && (
        <Alert tone="error" className="mt-2">
          {t("scheduleFailed", { reason: state.scheduleError })}
        </Alert>
      )}
      {state.embargoUntil && (
        <p className="mt-1 text-sm text-amber-800">
          {t("embargoed", { time: when(state.embargoUntil) })}
        </p>
      )}
      {state.liveSince && (
        <p className="mt-1 text-xs text-[var(--color-muted)]">
          {t("liveSince", { time: when(state.liveSince) })}
        </p>
      )}

      <fieldset disabled={busy} className="m-0 min-w-0 border-0 p-0">
        {available.length > 0 && (
          <Textarea
            label={t("note")}
            className="mt-3"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
        {state.transitions.includes("schedule") && (
          <TextField
            label={t("publishAt")}
            hint={t("timeZone", { zone: props.timeZone })}
            className="mt-3"
            type="datetime-local"
            step={1}
            value={publishAt}
            onChange={(event) => setPublishAt(event.target.value)}
          />
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          {available.map((name) => {
            const look = TRANSITION_PRESENTATION[name];
            return (
              <Button
                key={name}
                disabled={busy}
                variant={look.tone === "primary" ? "primary" : "secondary"}
                className={look.tone === "danger" ? "text-red-800" : ""}
                onClick={() => press(name)}
              >
                {label(name)}
              </Button>
            );
          })}
        </div>
      </fieldset>
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? label(confirming) : ""}
        description={confirming && t.has(`confirm.${confirming}`) ? t(`confirm.${confirming}`) : ""}
        footer={
          <>
            <Button onClick={() => setConfirming(null)}>{t("confirmNo")}</Button>
            <Button variant="danger" onClick={() => confirming && run(confirming)}>
              {t("confirmYes")}
            </Button>
          </>
        }
      />
      <SendBackDialog
        open={choosingReturn}
        previousStage={stageLabel(-1)}
        onClose={() => setChoosingReturn(false)}
        onChoose={run}
      />
      {state.canSetEmbargo && !["PUBLISHED", "ARCHIVED"].includes(state.status) && (
        <EmbargoBox
          initial={
            state.embargoUntil
              ? instantToWallTime(new Date(state.embargoUntil), props.timeZone)
              : ""
          }
          isSet={state.embargoUntil !== null}
          busy={busy}
          onSave={saveEmbargo}
        />
      )}
      {error && (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      )}
      {error && altFix && <AltMissingList images={[altFix]} title={t("altFix.refused")} />}
      {!altFix && <AltMissingList images={state.altMissing ?? []} title={t("altFix.warning")} />}
    </section>
  );
}
