"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { TransitionName } from "@/lib/workflow/article-workflow";
import { instantToWallTime } from "@/lib/time-zone";
import type { ActionRefusal, ActionResult } from "@/lib/schemas/action-result";
import type { WorkflowResult } from "@/lib/schemas/workflow";

export type WorkflowPanelState = {
  status: string;
  transitions: TransitionName[];
  canSetEmbargo: boolean;
  scheduledAt: string | null;
  embargoUntil: string | null;
  scheduleError: string | null;
  liveSince: string | null;
};

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

/** The buttons a person may press, in the order a story moves. */
const ORDER: TransitionName[] = [
  "submit",
  "withdraw",
  "request-changes",
  "approve",
  "publish",
  "publish-update",
  "schedule",
  "cancel-schedule",
  "unpublish",
  "archive",
];
/** Steps that take something away from readers or the desk ask once more. */
const CONFIRM: ReadonlySet<TransitionName> = new Set(["unpublish", "archive"]);

/**
 * The article's workflow: its state, the moves this person may make (the server decides
 * again), a note for the record, the schedule in the newsroom's time zone, the embargo.
 */
export function WorkflowPanel(props: Props) {
  const t = useTranslations("workflow");
  const statusName = useTranslations("status");
  const format = useFormatter();
  const ids = { note: useId(), publishAt: useId(), embargo: useId() };
  const [note, setNote] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [embargo, setEmbargoText] = useState(
    props.state.embargoUntil
      ? instantToWallTime(new Date(props.state.embargoUntil), props.timeZone)
      : "",
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<TransitionName | null>(null);
  const { state } = props;
  const available = ORDER.filter((name) => state.transitions.includes(name));

  const explain = ({ details, message }: ActionRefusal) =>
    details?.reason && t.has(`errors.${details.reason}`)
      ? t(`errors.${details.reason}`, { image: String(details.image ?? "") })
      : message;

  async function run(name: TransitionName) {
    setError(null);
    setConfirming(null);
    if (name === "request-changes" && !note.trim()) return setError(t("errors.noteRequired"));
    if (name === "schedule" && !publishAt) return setError(t("errors.noTime"));
    setBusy(true);
    try {
      const version = await props.prepare();
      if (version === null) return setError(t("errors.saveFirst"));
      const result = await props.transition({
        articleId: props.articleId,
        transition: name,
        version,
        ...(note.trim() ? { note } : {}),
        ...(name === "schedule" ? { publishAt } : {}),
      });
      if (!result.ok) return setError(explain(result));
      window.location.reload();
    } finally {
      setBusy(false);
    }
  }

  async function saveEmbargo(until: string | null) {
    setError(null);
    setBusy(true);
    try {
      const result = await props.setEmbargo({ articleId: props.articleId, until });
      if (!result.ok) return setError(explain(result));
      window.location.reload();
    } finally {
      setBusy(false);
    }
  }

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
      {state.scheduledAt && state.status === "SCHEDULED" && (
        <p className="mt-1 text-sm">{t("scheduledFor", { time: when(state.scheduledAt) })}</p>
      )}
      {state.scheduleError && state.status === "SCHEDULED" && (
        <p
          role="alert"
          className="mt-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800"
        >
          {t("scheduleFailed", { reason: state.scheduleError })}
        </p>
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

      {available.length > 0 && (
        <>
          <label htmlFor={ids.note} className="mt-3 block text-sm font-medium">
            {t("note")}
          </label>
          <textarea
            id={ids.note}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            className="w-full rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
          />
        </>
      )}
      {state.transitions.includes("schedule") && (
        <>
          <label htmlFor={ids.publishAt} className="mt-3 block text-sm font-medium">
            {t("publishAt")}
          </label>
          <input
            id={ids.publishAt}
            type="datetime-local"
            step={1}
            value={publishAt}
            onChange={(event) => setPublishAt(event.target.value)}
            aria-describedby={`${ids.publishAt}-zone`}
            className="w-full rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
          />
          <p id={`${ids.publishAt}-zone`} className="text-xs text-[var(--color-muted)]">
            {t("timeZone", { zone: props.timeZone })}
          </p>
        </>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {available.map((name) => (
          <button
            key={name}
            type="button"
            disabled={busy}
            onClick={() => (CONFIRM.has(name) ? setConfirming(name) : void run(name))}
            className={
              name === "publish" || name === "publish-update" || name === "approve"
                ? "rounded bg-[var(--color-ink)] px-3 py-1 text-sm text-white disabled:opacity-50"
                : "rounded border border-[var(--color-rule)] px-3 py-1 text-sm hover:bg-[var(--color-paper)] disabled:opacity-50"
            }
          >
            {t(`actions.${name}`)}
          </button>
        ))}
      </div>
      {confirming && (
        <div
          role="group"
          aria-label={t(`confirm.${confirming}`)}
          className="mt-3 rounded bg-amber-50 p-2 text-sm"
        >
          <p>{t(`confirm.${confirming}`)}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={() => void run(confirming)}
              className="rounded bg-red-700 px-3 py-1 text-white"
            >
              {t("confirmYes")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(null)}
              className="rounded border border-[var(--color-rule)] px-3 py-1"
            >
              {t("confirmNo")}
            </button>
          </div>
        </div>
      )}
      {state.canSetEmbargo && !["PUBLISHED", "ARCHIVED"].includes(state.status) && (
        <div className="mt-4 border-t border-[var(--color-rule)] pt-3">
          <label htmlFor={ids.embargo} className="block text-sm font-medium">
            {t("embargoUntil")}
          </label>
          <input
            id={ids.embargo}
            type="datetime-local"
            value={embargo}
            onChange={(event) => setEmbargoText(event.target.value)}
            className="w-full rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
          />
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              disabled={busy || !embargo}
              onClick={() => void saveEmbargo(embargo)}
              className="rounded border border-[var(--color-rule)] px-3 py-1 text-sm disabled:opacity-50"
            >
              {t("setEmbargo")}
            </button>
            {state.embargoUntil && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void saveEmbargo(null)}
                className="rounded border border-[var(--color-rule)] px-3 py-1 text-sm"
              >
                {t("liftEmbargo")}
              </button>
            )}
          </div>
        </div>
      )}
      {error && (
        <p
          role="alert"
          className="mt-3 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800"
        >
          {error}
        </p>
      )}
    </section>
  );
}
