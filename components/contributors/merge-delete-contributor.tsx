"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { useResultSentences } from "@/components/ui/use-result-sentences";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TDeleteContributor, TMergeContributor } from "@/lib/schemas/contributors";

export type ContributorRemoval = {
  merge: (input: TMergeContributor) => Promise<ActionResult<{ slug: string; moved: number }>>;
  remove: (input: TDeleteContributor) => Promise<ActionResult<{ slug: string }>>;
};

/**
 * Merging a duplicate into the contributor kept, and deleting one no byline names: both
 * after a confirmation, both ending on the list (this profile is gone), which says what
 * happened. A refusal stays here, beside the field or under the buttons.
 */
export function MergeDeleteContributor({
  contributor,
  candidates,
  actions,
}: {
  contributor: { id: string; name: string };
  /** Likely duplicates (lib/server/contributors/likely-duplicates.ts): one press fills the field. */
  candidates: { slug: string; name: string; bylineCount: number }[];
  actions: ContributorRemoval;
}) {
  const t = useTranslations("contributors");
  const router = useRouter();
  const { sentence, fieldError } = useResultSentences("contributors");
  const [targetSlug, setTargetSlug] = useState("");
  const [dialog, setDialog] = useState<"merge" | "delete" | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const contributorId = contributor.id;
  const act = (work: () => Promise<ActionResult<unknown> | string>) => {
    setDialog(null);
    setResult(null);
    startTransition(async () => {
      // A string is where to go next: the action succeeded.
      const answer = await work();
      if (typeof answer === "string") router.push(answer);
      else setResult(answer);
    });
  };
  /** Are you sure? Both removals ask first; the answer then goes to `act`. */
  const confirm = (
    title: string,
    description: string,
    label: string,
    work: () => Promise<ActionResult<unknown> | string>,
  ) => (
    <Dialog
      open
      onClose={() => setDialog(null)}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={() => setDialog(null)}>{t("cancel")}</Button>
          <Button variant="danger" onClick={() => act(work)}>
            {label}
          </Button>
        </>
      }
    />
  );
  const message = result && !result.ok && !result.fieldErrors ? sentence(result, "") : null;
  return (
    <section
      aria-labelledby="merge-heading"
      className="space-y-3 rounded border border-[var(--color-rule)] p-4"
    >
      <h2 id="merge-heading" className="font-semibold">
        {t("merge")}
      </h2>
      <p className="text-sm text-[var(--color-muted)]">{t("mergeIntro")}</p>
      <form
        className="flex flex-wrap items-end gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setDialog("merge");
        }}
      >
        <TextField
          id="merge-target"
          label={t("mergeTarget")}
          hint={t("mergeTargetHint")}
          value={targetSlug}
          onChange={(event) => setTargetSlug(event.target.value)}
          error={fieldError(result, "targetSlug")}
          autoCapitalize="off"
          className="min-w-0 flex-1"
        />
        <Button type="submit" disabled={pending || !targetSlug.trim()}>
          {t("mergeButton")}
        </Button>
      </form>
      {candidates.length > 0 && (
        <div>
          <p id="merge-candidates" className="text-sm">
            {t("likelyDuplicates")}
          </p>
          <ul aria-labelledby="merge-candidates" className="mt-1 flex flex-wrap gap-2">
            {candidates.map((candidate) => (
              <li key={candidate.slug}>
                <Button
                  aria-pressed={targetSlug.trim() === candidate.slug}
                  onClick={() => setTargetSlug(candidate.slug)}
                >
                  {candidate.name}
                  <span className="ml-1 font-normal text-[var(--color-muted)]">
                    {candidate.slug} · {t("bylineCount", { count: candidate.bylineCount })}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="border-t border-[var(--color-rule)] pt-3">
        <Button variant="danger" disabled={pending} onClick={() => setDialog("delete")}>
          {t("delete")}
        </Button>
      </div>
      {message && (
        <Alert role="status" tone="error">
          <p>{message}</p>
        </Alert>
      )}
      {dialog === "merge" &&
        confirm(
          t("mergeConfirmTitle", { name: contributor.name, target: targetSlug.trim() }),
          t("mergeDescription"),
          t("mergeConfirm"),
          async () => {
            const answer = await actions.merge({ contributorId, targetSlug });
            if (!answer.ok) return answer;
            const { slug, moved } = answer.data;
            return `/newsroom/contributors?q=${encodeURIComponent(slug)}&merged=${moved}`;
          },
        )}
      {dialog === "delete" &&
        confirm(
          t("deleteTitle", { name: contributor.name }),
          t("deleteDescription"),
          t("delete"),
          async () => {
            const answer = await actions.remove({ contributorId });
            return answer.ok ? "/newsroom/contributors?deleted=1" : answer;
          },
        )}
    </section>
  );
}
