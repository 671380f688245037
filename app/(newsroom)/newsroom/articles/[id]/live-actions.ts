"use server";

import {
  ZLiveCoverageEnd,
  ZLiveDeskPing,
  ZLiveUpdateAdd,
  ZLiveUpdateCorrect,
  ZLiveUpdateEdit,
  ZLiveUpdateRef,
  ZLiveUpdateRemove,
} from "@/lib/schemas/live";
import { inputAction } from "@/lib/server/actions/define-action";
import { addLiveUpdate } from "@/lib/server/live/add-live-update";
import { endLiveCoverage } from "@/lib/server/live/end-live-coverage";
import { pingLiveDesk } from "@/lib/server/live/live-desk";
import {
  correctLiveUpdate,
  editLiveUpdate,
  publishLiveUpdate,
  removeLiveUpdate,
} from "@/lib/server/live/live-update-verbs";

const deskPage = (articleId: string) => [`/newsroom/articles/${articleId}`];
// The refusal's kind ("ended", "stale", "empty", …) picks the desk's sentence.
const details = ["reason"] as const;

/** "Add update" on live coverage. */
export const addLiveUpdateAction = inputAction({
  input: ZLiveUpdateAdd,
  details: [...details],
  run: (update, { actor, ip }) => addLiveUpdate({ actor, update, ip }),
  revalidate: ({ articleId }) => deskPage(articleId),
});

/** Saving an edited update (title, text, key event, authors), against its version. */
export const editLiveUpdateAction = inputAction({
  input: ZLiveUpdateEdit,
  details: [...details],
  run: (edit, { actor, ip }) => editLiveUpdate({ actor, edit, ip }),
  revalidate: (_input, { articleId }) => deskPage(articleId),
});

/** "Publish update" on an update that waits for an editor. */
export const publishLiveUpdateAction = inputAction({
  input: ZLiveUpdateRef,
  details: [...details],
  run: (ref, { actor, ip }) => publishLiveUpdate({ actor, ...ref, ip }),
  revalidate: (_input, { articleId }) => deskPage(articleId),
});

/** "Remove update", with the note kept on the record. */
export const removeLiveUpdateAction = inputAction({
  input: ZLiveUpdateRemove,
  details: [...details],
  run: (input, { actor, ip }) => removeLiveUpdate({ actor, ...input, ip }),
  revalidate: (_input, { articleId }) => deskPage(articleId),
});

/** "Add correction" to a published update. */
export const correctLiveUpdateAction = inputAction({
  input: ZLiveUpdateCorrect,
  details: [...details],
  run: (input, { actor, ip }) => correctLiveUpdate({ actor, ...input, ip }),
  revalidate: (_input, { articleId }) => deskPage(articleId),
});

/** "End coverage" and "Reopen coverage". */
export const endLiveCoverageAction = inputAction({
  input: ZLiveCoverageEnd,
  details: [...details],
  run: ({ articleId, ended }, { actor, ip }) =>
    endLiveCoverage({ actor, articleId, ended, ip }).then(({ endedAt }) => ({
      endedAt: endedAt?.toISOString() ?? null,
    })),
  revalidate: ({ articleId }) => deskPage(articleId),
});

/** The desk's heartbeat: who is writing an update now, and whether the list changed. */
export const pingLiveDeskAction = inputAction({
  input: ZLiveDeskPing,
  run: ({ articleId, writing }, { actor }) => pingLiveDesk(actor, articleId, writing),
});
