"use server";

import { ZCreatePlanEvent, ZDeletePlanEvent, ZUpdatePlanEvent } from "@/lib/schemas/plan-events";
import { inputAction } from "@/lib/server/actions/define-action";
import { createEvent } from "@/lib/server/planning/events/create-event";
import { deleteEvent } from "@/lib/server/planning/events/delete-event";
import { updateEvent } from "@/lib/server/planning/events/update-event";

// The budget shows linked events too (the lead's week view), so it re-renders with this page.
const revalidate = () => ["/newsroom/planning/events", "/newsroom/budget"];
// The refusal's finer kind, and for a stale edit who saved last and when.
const details = ["reason", "by", "at"] as const;

export const createPlanEventAction = inputAction({
  input: ZCreatePlanEvent,
  details,
  run: async (input, { actor, ip }) => {
    const { id } = await createEvent(actor, input, ip);
    return { id };
  },
  revalidate,
});

export const updatePlanEventAction = inputAction({
  input: ZUpdatePlanEvent,
  details,
  run: async (input, { actor, ip }) => {
    const { version } = await updateEvent(actor, input, ip);
    return { version };
  },
  revalidate,
});

export const deletePlanEventAction = inputAction({
  input: ZDeletePlanEvent,
  details,
  run: (input, { actor, ip }) => deleteEvent(actor, input, ip),
  revalidate,
});
