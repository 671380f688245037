"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type {
  EventSectionChoice,
  PlanEventView,
  TDeletePlanEvent,
  TPlanEventUpdateInput,
} from "@/lib/schemas/plan-events";
import { valuesOf } from "./event-fields";
import { EventFormDialog } from "./event-form-dialog";
import { useEventResult } from "./use-event-result";

export type EventActionsProps = {
  update: (input: TPlanEventUpdateInput) => Promise<ActionResult<{ version: number }>>;
  remove: (input: TDeletePlanEvent) => Promise<ActionResult<{ title: string }>>;
};

/** One event's "Edit event" and "Delete event" (after a confirmation), for plan.manage. */
export function EventActions({
  event,
  sections,
  actions,
}: {
  event: PlanEventView;
  sections: EventSectionChoice[];
  actions: EventActionsProps;
}) {
  const t = useTranslations("planning.eventsPage");
  const { sentence } = useEventResult();
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const [answer, setAnswer] = useState<ActionResult<unknown> | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const message = sentence(answer);
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-1">
        <Button
          size="xs"
          disabled={pending}
          aria-label={t("editLabel", { title: event.title })}
          onClick={() => (setSaved(false), setDialog("edit"))}
        >
          {t("edit")}
        </Button>
        <Button
          size="xs"
          variant="danger"
          disabled={pending}
          aria-label={t("deleteLabel", { title: event.title })}
          onClick={() => (setSaved(false), setDialog("delete"))}
        >
          {t("delete")}
        </Button>
      </div>
      {saved && (
        <Alert role="status" tone="success">
          <p>{t("done.saved")}</p>
        </Alert>
      )}
      {message && (
        <Alert role="status" tone="error">
          <p>{message}</p>
        </Alert>
      )}
      {dialog === "edit" && (
        <EventFormDialog
          title={t("editTitle", { title: event.title })}
          submitLabel={t("save")}
          initial={valuesOf(event)}
          // An archived desk is no longer offered, but an event filed under it keeps it.
          sections={
            event.section && !sections.some((s) => s.id === event.section!.id)
              ? [...sections, event.section]
              : sections
          }
          save={(values) =>
            actions.update({ eventId: event.id, version: event.version, ...values })
          }
          onClose={(values) => {
            setDialog(null);
            setSaved(values !== null);
          }}
        />
      )}
      <Dialog
        open={dialog === "delete"}
        onClose={() => setDialog(null)}
        title={t("deleteTitle", { title: event.title })}
        description={t("deleteDescription")}
        footer={
          <>
            <Button onClick={() => setDialog(null)}>{t("cancel")}</Button>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => {
                setDialog(null);
                setAnswer(null);
                startTransition(async () => setAnswer(await actions.remove({ eventId: event.id })));
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
