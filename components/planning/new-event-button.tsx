"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { EventSectionChoice, TPlanEventFormInput } from "@/lib/schemas/plan-events";
import { emptyEvent } from "./event-fields";
import { EventFormDialog } from "./event-form-dialog";

type Create = (input: TPlanEventFormInput) => Promise<ActionResult<{ id: string }>>;

/**
 * "New event" (shown only to those who may manage the plan). After saving, the page
 * moves to the event's week when it is not the one shown, so the new event is in view.
 */
export function NewEventButton({
  action,
  sections,
  days,
}: {
  action: Create;
  sections: EventSectionChoice[];
  /** The week shown, Monday first: a new event starts on its Monday by default. */
  days: string[];
}) {
  const t = useTranslations("planning.eventsPage");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <div className="space-y-2">
      <Button variant="primary" onClick={() => (setDone(false), setOpen(true))}>
        {t("new")}
      </Button>
      {done && (
        <Alert role="status" tone="success">
          <p>{t("done.created")}</p>
        </Alert>
      )}
      {open && (
        <EventFormDialog
          title={t("new")}
          submitLabel={t("create")}
          initial={emptyEvent(days[0]!)}
          sections={sections}
          save={(values) => action(values)}
          onClose={(saved) => {
            setOpen(false);
            if (!saved) return;
            setDone(true);
            const day = saved.startsAt.slice(0, 10);
            if (!days.includes(day)) router.push(`/newsroom/planning/events?week=${day}`);
          }}
        />
      )}
    </div>
  );
}
