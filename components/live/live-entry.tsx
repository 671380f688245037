"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { EditorMedia } from "@/components/editor/editor-media";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import type { Doc } from "@/lib/content/doc";
import type { ActionResult } from "@/lib/schemas/action-result";
import { useLiveSentences } from "./live-sentences";
import { UpdateComposer, type UpdateDraft } from "./update-composer";

/** One update as the desk sees it (dates as ISO strings). */
export type DeskEntry = {
  id: string;
  version: number;
  status: "PENDING" | "PUBLISHED" | "REMOVED";
  title: string | null;
  body: Doc;
  bodyHtml: string;
  isKey: boolean;
  at: string;
  editedAt: string | null;
  authors: { id: string; name: string }[];
  isOwn: boolean;
  removed: { at: string; byName: string | null; note: string } | null;
  correction: { text: string; at: string } | null;
};

type Ref = { updateId: string; version: number };
export type EntryActions = {
  edit: (input: Ref & UpdateDraft) => Promise<ActionResult<unknown>>;
  publish: (input: Ref) => Promise<ActionResult<unknown>>;
  remove: (input: Ref & { note: string }) => Promise<ActionResult<unknown>>;
  correct: (input: Ref & { text: string }) => Promise<ActionResult<unknown>>;
};

const STAMP = {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;

/**
 * One update on the live desk, with what this person may do to it: "Publish update" (a
 * waiting one, for editors), "Edit" and "Remove" (their own, or anyone's for editors),
 * "Add correction" (published, editors). Refusals are sentences under the entry.
 */
export function LiveEntry(props: {
  entry: DeskEntry;
  canManage: boolean;
  isOpen: boolean;
  timeZone: string;
  authorChoices: { id: string; name: string }[];
  media: EditorMedia[];
  actions: EntryActions;
  onChanged: () => void;
}) {
  const { entry, canManage } = props;
  const t = useTranslations("live.desk");
  const format = useFormatter();
  const sentence = useLiveSentences();
  const [asking, setAsking] = useState<"edit" | "remove" | "correct" | null>(null);
  const [text, setText] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const ref = { updateId: entry.id, version: entry.version };
  const time = (iso: string) =>
    format.dateTime(new Date(iso), { ...STAMP, timeZone: props.timeZone });
  const removed = entry.status === "REMOVED";
  const mayChange = !removed && (canManage || entry.isOwn);

  const run = (action: () => Promise<ActionResult<unknown>>, done: string) => {
    setMessage(null);
    startTransition(async () => {
      const result = await action();
      setMessage(sentence(result, done));
      if (result.ok) setAsking(null);
      props.onChanged();
    });
  };

  if (asking === "edit")
    return (
      <li className="py-4">
        <UpdateComposer
          heading={t("editUpdate")}
          submitLabel={t("saveUpdate")}
          initial={{
            title: entry.title,
            body: entry.body,
            isKey: entry.isKey,
            authorIds: entry.authors.map((author) => author.id),
          }}
          authorChoices={props.authorChoices}
          defaultAuthorId={null}
          media={props.media}
          submit={async (draft) => {
            const result = await props.actions.edit({ ...ref, ...draft });
            // Refused (say someone saved first): the list reloads under the open form, so
            // saving again is against their version and nothing typed here is lost.
            if (!result.ok) props.onChanged();
            return result;
          }}
          doneKey={() => "saved"}
          onDone={() => {
            setAsking(null);
            props.onChanged();
          }}
          onCancel={() => setAsking(null)}
        />
      </li>
    );

  return (
    <li
      className={`py-4 ${removed ? "opacity-70" : ""}`}
      aria-labelledby={`desk-update-${entry.id}`}
      data-update-status={entry.status}
    >
      <p
        id={`desk-update-${entry.id}`}
        className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm"
      >
        <time dateTime={entry.at} className="font-semibold tabular-nums">
          {time(entry.at)}
        </time>
        {entry.status === "PENDING" && (
          <span className="rounded bg-amber-100 px-1.5 text-amber-900">{t("waiting")}</span>
        )}
        {entry.isKey && (
          <span className="rounded border border-[var(--color-accent)] px-1.5 text-[var(--color-accent)]">
            {t("keyEvent")}
          </span>
        )}
        <span className="text-[var(--color-muted)]">
          {t("by", { names: entry.authors.map((author) => author.name).join("、") })}
        </span>
        {entry.editedAt && (
          <span className="text-[var(--color-muted)]">
            {t("edited", { time: time(entry.editedAt) })}
          </span>
        )}
      </p>
      {entry.title && <p className="mt-1 font-serif text-lg font-bold">{entry.title}</p>}
      {/* Rendered on the server from the validated update (lib/server/live/update-content.ts). */}
      <div
        className={`article-body font-serif text-base ${removed ? "line-through" : ""}`}
        dangerouslySetInnerHTML={{ __html: entry.bodyHtml }}
      />
      {entry.correction && (
        <p className="mt-2 text-sm">
          <strong>{t("correctionLabel")}</strong> {time(entry.correction.at)}{" "}
          {entry.correction.text}
        </p>
      )}
      {entry.removed && (
        <p className="mt-2 text-sm text-[var(--color-muted)]">
          {t("removed", {
            name: entry.removed.byName ?? "—",
            time: time(entry.removed.at),
            note: entry.removed.note,
          })}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {canManage && entry.status === "PENDING" && props.isOpen && (
          <Button
            size="xs"
            variant="primary"
            disabled={isPending}
            onClick={() => run(() => props.actions.publish(ref), "published")}
          >
            {t("publishUpdate")}
          </Button>
        )}
        {mayChange && props.isOpen && (
          <Button size="xs" onClick={() => setAsking("edit")}>
            {t("edit")}
          </Button>
        )}
        {canManage && entry.status === "PUBLISHED" && !entry.correction && (
          <Button size="xs" onClick={() => (setText(""), setAsking("correct"))}>
            {t("addCorrection")}
          </Button>
        )}
        {mayChange && (
          <Button size="xs" variant="danger" onClick={() => (setText(""), setAsking("remove"))}>
            {t("remove")}
          </Button>
        )}
      </div>
      {message && (
        <Alert tone={message.ok ? "success" : "error"} className="mt-2">
          {message.text}
        </Alert>
      )}
      {(asking === "remove" || asking === "correct") && (
        <FormDialog
          title={asking === "remove" ? t("removeTitle") : t("addCorrection")}
          submitLabel={asking === "remove" ? t("remove") : t("addCorrection")}
          cancelLabel={t("cancel")}
          onClose={() => setAsking(null)}
          onSubmit={() =>
            asking === "remove"
              ? run(() => props.actions.remove({ ...ref, note: text }), "removed")
              : run(() => props.actions.correct({ ...ref, text }), "corrected")
          }
        >
          <Textarea
            label={asking === "remove" ? t("removeNote") : t("correctionLabel")}
            hint={asking === "remove" ? t("removeHint") : t("correctionHint")}
            value={text}
            rows={3}
            onChange={(event) => setText(event.target.value)}
          />
          {message && !message.ok && <Alert tone="error">{message.text}</Alert>}
        </FormDialog>
      )}
    </li>
  );
}
