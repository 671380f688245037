"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type {
  DeskHeadChoice,
  SectionRow,
  TArchiveSection,
  TDeleteSection,
  TMoveSection,
} from "@/lib/schemas/sections";
import { EditSectionDialog, type UpdateSection } from "./edit-section-dialog";
import { useSectionResult } from "./use-section-result";

export type SectionActions = {
  update: UpdateSection;
  move: (input: TMoveSection) => Promise<ActionResult<{ position: number }>>;
  archive: (input: TArchiveSection) => Promise<ActionResult<{ archived: boolean }>>;
  remove: (input: TDeleteSection) => Promise<ActionResult<{ slug: string }>>;
};

/**
 * One section's buttons: order, edit, archive or restore, delete (after a confirmation).
 * The answer to the last one pressed shows under them.
 */
export function SectionRowActions({
  section,
  people,
  isFirst,
  isLast,
  actions,
}: {
  section: SectionRow;
  people: DeskHeadChoice[];
  isFirst: boolean;
  isLast: boolean;
  actions: SectionActions;
}) {
  const t = useTranslations("sections");
  const { sentence } = useSectionResult();
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ result: ActionResult<unknown>; done: string } | null>(
    null,
  );
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const run = (done: string, call: () => Promise<ActionResult<unknown>>) => {
    setAnswer(null); // the last answer is not this one's
    startTransition(async () => {
      const result = await call();
      setAnswer({ result, done });
    });
  };
  const message = answer && sentence(answer.result, answer.done);
  const id = section.id;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1">
        <Button
          size="xs"
          disabled={pending || isFirst}
          onClick={() => run("moved", () => actions.move({ sectionId: id, direction: "up" }))}
        >
          {t("moveUp")}
        </Button>
        <Button
          size="xs"
          disabled={pending || isLast}
          onClick={() => run("moved", () => actions.move({ sectionId: id, direction: "down" }))}
        >
          {t("moveDown")}
        </Button>
        <Button size="xs" disabled={pending} onClick={() => setDialog("edit")}>
          {t("edit")}
        </Button>
        <Button
          size="xs"
          disabled={pending}
          onClick={() =>
            run(section.isArchived ? "restored" : "archived", () =>
              actions.archive({ sectionId: id, archived: !section.isArchived }),
            )
          }
        >
          {section.isArchived ? t("restore") : t("archive")}
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
      {dialog === "edit" && (
        <EditSectionDialog
          section={section}
          people={people}
          action={actions.update}
          onClose={(saved) => {
            setDialog(null);
            if (saved) setAnswer({ result: { ok: true, data: undefined }, done: "saved" });
          }}
        />
      )}
      <Dialog
        open={dialog === "delete"}
        onClose={() => setDialog(null)}
        title={t("deleteTitle", { name: section.name })}
        description={t("deleteDescription")}
        footer={
          <>
            <Button onClick={() => setDialog(null)}>{t("cancel")}</Button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                setDialog(null);
                run("deleted", () => actions.remove({ sectionId: id }));
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
