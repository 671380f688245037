"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { EditorMedia } from "@/components/editor/editor-media";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import { LiveEntry, type DeskEntry, type EntryActions } from "./live-entry";
import { useLiveSentences } from "./live-sentences";
import { UpdateComposer, type UpdateDraft } from "./update-composer";

/** How often the desk says whether this person is writing, and hears who else is. */
const PING_MS = 8_000;

export type LiveDeskData = {
  articleId: string;
  isOpen: boolean;
  isPublished: boolean;
  endedAt: string | null;
  canPost: boolean;
  canManage: boolean;
  holdsForEditor: boolean;
  updates: DeskEntry[];
  writers: string[];
  authorChoices: { id: string; name: string }[];
  myContributorId: string | null;
  signature: string;
  publicPath: string | null;
};

/**
 * The newsroom's live desk under a live coverage's editor: the coverage's state ("End
 * coverage" / "Reopen coverage"), "Add update", who else is writing one now, and every
 * update newest first. A heartbeat every few seconds keeps "… is writing an update" true
 * and reloads the list when someone else changed it.
 */
export function LiveDesk(props: {
  desk: LiveDeskData;
  timeZone: string;
  media: EditorMedia[];
  actions: EntryActions & {
    add: (input: UpdateDraft & { articleId: string }) => Promise<ActionResult<{ status: string }>>;
    end: (input: { articleId: string; ended: boolean }) => Promise<ActionResult<unknown>>;
    ping: (input: {
      articleId: string;
      writing: boolean;
    }) => Promise<ActionResult<{ writers: string[]; signature: string }>>;
  };
}) {
  const { desk, actions } = props;
  const t = useTranslations("live.desk");
  const format = useFormatter();
  const router = useRouter();
  const sentence = useLiveSentences();
  const [writers, setWriters] = useState(desk.writers);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const writing = useRef(false);
  const signature = useRef(desk.signature);
  useEffect(() => {
    signature.current = desk.signature;
  }, [desk.signature]);
  const { ping } = actions;

  const beat = useCallback(async () => {
    const result = await ping({ articleId: desk.articleId, writing: writing.current });
    if (!result.ok) return;
    setWriters(result.data.writers);
    if (result.data.signature !== signature.current) router.refresh();
  }, [ping, desk.articleId, router]);

  useEffect(() => {
    const timer = setInterval(() => void beat(), PING_MS);
    return () => clearInterval(timer);
  }, [beat]);
  const onWriting = useCallback(
    (now: boolean) => {
      if (writing.current === now) return;
      writing.current = now;
      void beat();
    },
    [beat],
  );

  const setEnded = (ended: boolean) =>
    startTransition(async () => {
      const result = await actions.end({ articleId: desk.articleId, ended });
      setMessage(sentence(result, ended ? "ended" : "reopened"));
      setConfirming(false);
      router.refresh();
    });

  const time = (iso: string) =>
    format.dateTime(new Date(iso), {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: props.timeZone,
    });

  return (
    <section aria-labelledby="live-desk-heading" className="mx-auto mb-10 max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-[var(--color-rule)] pb-2">
        <div className="flex items-center gap-2">
          {desk.isOpen && (
            <span className="rounded bg-[var(--color-accent)] px-1.5 text-xs font-bold uppercase text-white">
              {t("live")}
            </span>
          )}
          <h2 id="live-desk-heading" className="text-lg font-semibold">
            {t("heading")}
          </h2>
        </div>
        <div className="flex flex-wrap gap-2">
          {desk.publicPath && (
            <a
              href={desk.publicPath}
              target="_blank"
              rel="noreferrer"
              className="text-sm underline"
            >
              {t("viewPage")}
            </a>
          )}
          {desk.canManage && desk.isOpen && (
            <Button size="sm" onClick={() => setConfirming(true)}>
              {t("endCoverage")}
            </Button>
          )}
          {desk.canManage && desk.isPublished && desk.endedAt && (
            <Button size="sm" disabled={isPending} onClick={() => setEnded(false)}>
              {t("reopen")}
            </Button>
          )}
        </div>
      </div>
      <p className="text-sm text-[var(--color-muted)]">
        {desk.endedAt
          ? t("ended", { time: time(desk.endedAt) })
          : desk.isPublished
            ? t("running")
            : t("notPublished")}
      </p>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      <p role="status" className="min-h-5 text-sm text-[var(--color-accent)]">
        {writers.length > 0 && t("writing", { names: writers.join("、") })}
      </p>
      {desk.canPost && desk.isOpen && (
        <UpdateComposer
          heading={t("addUpdate")}
          submitLabel={t("addUpdate")}
          authorChoices={desk.authorChoices}
          defaultAuthorId={desk.myContributorId}
          media={props.media}
          {...(desk.holdsForEditor ? { hint: t("holdHint") } : {})}
          submit={(draft) => actions.add({ articleId: desk.articleId, ...draft })}
          doneKey={(result) =>
            result.ok && (result.data as { status?: string }).status === "PENDING"
              ? "held"
              : "published"
          }
          onDone={() => router.refresh()}
          onWriting={onWriting}
        />
      )}
      {desk.updates.length === 0 ? (
        <p className="text-sm text-[var(--color-muted)]">{t("empty")}</p>
      ) : (
        <ol aria-label={t("heading")} className="divide-y divide-[var(--color-rule)]">
          {desk.updates.map((entry) => (
            <LiveEntry
              key={entry.id}
              entry={entry}
              canManage={desk.canManage}
              isOpen={desk.isOpen}
              timeZone={props.timeZone}
              authorChoices={desk.authorChoices}
              media={props.media}
              actions={actions}
              onChanged={() => router.refresh()}
            />
          ))}
        </ol>
      )}
      {confirming && (
        <Dialog
          open
          onClose={() => setConfirming(false)}
          title={t("endTitle")}
          description={t("endBody")}
          footer={
            <>
              <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
              <Button variant="danger" disabled={isPending} onClick={() => setEnded(true)}>
                {t("endCoverage")}
              </Button>
            </>
          }
        />
      )}
    </section>
  );
}
