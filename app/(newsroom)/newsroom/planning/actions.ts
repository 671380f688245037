"use server";

import {
  ZAssign,
  ZCreatePitch,
  ZCreatePlanItem,
  ZDecidePitch,
  ZLinkStory,
  ZRespondAssignment,
  ZSpikePlanItem,
  ZStartStory,
  ZUpdatePlanItem,
  ZWithdrawAssignment,
} from "@/lib/schemas/planning";
import { inputAction } from "@/lib/server/actions/define-action";
import { assign } from "@/lib/server/planning/assignments/assign";
import { respondToAssignment } from "@/lib/server/planning/assignments/respond-assignment";
import { withdrawAssignment } from "@/lib/server/planning/assignments/withdraw-assignment";
import { createPlanItem } from "@/lib/server/planning/items/create-plan-item";
import { linkStory } from "@/lib/server/planning/items/link-story";
import { spikePlanItem } from "@/lib/server/planning/items/spike-plan-item";
import { startStory } from "@/lib/server/planning/items/start-story";
import { updatePlanItem } from "@/lib/server/planning/items/update-plan-item";
import { createPitch } from "@/lib/server/planning/pitches/create-pitch";
import { decidePitch } from "@/lib/server/planning/pitches/decide-pitch";

// The refusal's finer kind (planning.refusals.*) and the item a linked story belongs to.
const details = ["reason", "headline", "articleId"] as const;
const PITCHES = "/newsroom/planning/pitches";
const BUDGET = "/newsroom/budget";
const item = (id: string) => `/newsroom/planning/items/${id}`;

export const createPitchAction = inputAction({
  input: ZCreatePitch,
  details,
  run: (input, { actor, ip }) => createPitch(actor, input, ip),
  revalidate: () => [PITCHES],
});

export const decidePitchAction = inputAction({
  input: ZDecidePitch,
  details,
  run: (input, { actor, ip }) => decidePitch(actor, input, ip),
  revalidate: ({ itemId }) => [PITCHES, BUDGET, item(itemId)],
});

export const createPlanItemAction = inputAction({
  input: ZCreatePlanItem,
  details,
  run: (input, { actor, ip }) => createPlanItem(actor, input, ip),
  revalidate: () => [BUDGET],
});

export const updatePlanItemAction = inputAction({
  input: ZUpdatePlanItem,
  details,
  run: (input, { actor, ip }) => updatePlanItem(actor, input, ip),
  revalidate: ({ itemId }) => [BUDGET, item(itemId)],
});

export const spikePlanItemAction = inputAction({
  input: ZSpikePlanItem,
  details,
  run: (input, { actor, ip }) => spikePlanItem(actor, input, ip),
  revalidate: ({ itemId }) => [BUDGET, item(itemId)],
});

export const assignAction = inputAction({
  input: ZAssign,
  details,
  run: (input, { actor, ip }) => assign(actor, input, ip),
  revalidate: ({ itemId }) => [BUDGET, item(itemId)],
});

export const withdrawAssignmentAction = inputAction({
  input: ZWithdrawAssignment,
  details,
  run: (input, { actor, ip }) => withdrawAssignment(actor, input, ip),
  revalidate: (_input, { planItemId }) => [BUDGET, item(planItemId)],
});

export const respondToAssignmentAction = inputAction({
  input: ZRespondAssignment,
  details,
  run: (input, { actor, ip }) => respondToAssignment(actor, input, ip),
  revalidate: (_input, { planItemId }) => [BUDGET, item(planItemId)],
});

export const startStoryAction = inputAction({
  input: ZStartStory,
  details,
  run: (input, { actor, user, ip }) => startStory({ ...actor, name: user.name }, input, ip),
  revalidate: ({ itemId }) => [BUDGET, item(itemId), "/newsroom"],
});

export const linkStoryAction = inputAction({
  input: ZLinkStory,
  details,
  run: (input, { actor, ip }) => linkStory(actor, input, ip),
  revalidate: ({ itemId }) => [BUDGET, item(itemId)],
});
