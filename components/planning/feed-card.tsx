"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TCalendarFeedTarget } from "@/lib/schemas/plan-events";

type FeedAction = (input: TCalendarFeedTarget) => Promise<ActionResult<{ token: string }>>;
export type FeedActions = { create: FeedAction; regenerate: FeedAction };

/**
 * One calendar feed: its secret address (selected whole on focus, for copying into a
 * phone's calendar) once created, and "Regenerate address" after a confirmation.
 */
export function FeedCard({
  sectionId,
  title,
  description,
  address,
  actions,
}: {
  sectionId: string | null;
  title: string;
  description: string;
  /** The feed's absolute address, or null before "Create feed". */
  address: string | null;
  actions: FeedActions;
}) {
  const t = useTranslations("planning.feedsPage");
  const [confirming, setConfirming] = useState(false);
  const [answer, setAnswer] = useState<{ result: ActionResult<unknown>; done: string } | null>(
    null,
  );
  const [pending, startTransition] = useTransition();
  const headingId = `feed-${sectionId ?? "mine"}`;
  const run = (done: string, action: FeedAction) => {
    setAnswer(null);
    startTransition(async () =>
      setAnswer({ result: await action({ feed: sectionId ?? "mine" }), done }),
    );
  };
  const message = !answer
    ? null
    : answer.result.ok
      ? t(`done.${answer.done}`)
      : t.has(`refusals.${answer.result.code}`)
        ? t(`refusals.${answer.result.code}`)
        : t("refusals.INTERNAL");
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded border border-[var(--color-rule)] p-4"
    >
      <div>
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        <p className="text-sm text-[var(--color-muted)]">{description}</p>
      </div>
      {address ? (
        <>
          <TextField
            label={t("addressOf", { name: title })}
            value={address}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            controlClassName="font-mono text-xs"
            hint={t("addressHint")}
          />
          <Button size="sm" disabled={pending} onClick={() => setConfirming(true)}>
            {t("regenerate")}
          </Button>
        </>
      ) : (
        <Button
          size="sm"
          variant="primary"
          disabled={pending}
          onClick={() => run("created", actions.create)}
        >
          {t("create")}
        </Button>
      )}
      {message && (
        <Alert role="status" tone={answer?.result.ok ? "success" : "error"}>
          <p>{message}</p>
        </Alert>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("regenerateTitle", { name: title })}
        description={t("regenerateDescription")}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                setConfirming(false);
                run("regenerated", actions.regenerate);
              }}
            >
              {t("confirmRegenerate")}
            </Button>
          </>
        }
      />
    </section>
  );
}
