"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useResultSentences } from "@/components/ui/use-result-sentences";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TagRow, TDeleteTag, TMergeTags } from "@/lib/schemas/tags";
import { MergeTagDialog, type SearchTags } from "./merge-tag-dialog";
import { RenameTagDialog, type RenameTag } from "./rename-tag-dialog";

export type TagActions = {
  rename: RenameTag;
  merge: (input: TMergeTags) => Promise<ActionResult<{ slug: string; moved: number }>>;
  remove: (input: TDeleteTag) => Promise<ActionResult<{ slug: string }>>;
  search: SearchTags;
};

/** One tag's buttons: rename, merge into another, delete; the last answer shows under them. */
export function TagRowActions({ tag, actions }: { tag: TagRow; actions: TagActions }) {
  const t = useTranslations("tags");
  const { sentence } = useResultSentences("tags");
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ result: ActionResult<unknown>; done: string } | null>(
    null,
  );
  const [dialog, setDialog] = useState<"rename" | "merge" | "delete" | null>(null);
  const run = (done: string, call: () => Promise<ActionResult<unknown>>) => {
    setAnswer(null); // the last answer is not this one's
    startTransition(async () => setAnswer({ result: await call(), done }));
  };
  const message = answer && sentence(answer.result, answer.done);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1">
        <Button size="xs" disabled={pending} onClick={() => setDialog("rename")}>
          {t("rename")}
        </Button>
        <Button size="xs" disabled={pending} onClick={() => setDialog("merge")}>
          {t("merge")}
        </Button>
        <Button size="xs" variant="danger" disabled={pending} onClick={() => setDialog("delete")}>
          {t("delete")}
        </Button>
      </div>
      {message && (
        <Alert role="status" tone={answer?.result.ok ? "success" : "error"}>
          <p>{message}</p>
        </Alert>
      )}
      {dialog === "rename" && (
        <RenameTagDialog
          tag={tag}
          action={actions.rename}
          onClose={(saved) => {
            setDialog(null);
            if (saved) setAnswer({ result: { ok: true, data: undefined }, done: "renamed" });
          }}
        />
      )}
      {dialog === "merge" && (
        <MergeTagDialog
          tag={tag}
          search={actions.search}
          onClose={() => setDialog(null)}
          onMerge={(target) => {
            setDialog(null);
            run("merged", () => actions.merge({ sourceId: tag.id, targetId: target.id }));
          }}
        />
      )}
      <Dialog
        open={dialog === "delete"}
        onClose={() => setDialog(null)}
        title={t("deleteTitle", { name: tag.name })}
        description={t("deleteDescription")}
        footer={
          <>
            <Button onClick={() => setDialog(null)}>{t("cancel")}</Button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                setDialog(null);
                run("deleted", () => actions.remove({ tagId: tag.id }));
              }}
            >
              {t("confirmDelete")}
            </Button>
          </>
        }
      />
    </div>
  );
}
