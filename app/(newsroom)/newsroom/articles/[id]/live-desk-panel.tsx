import { LiveDesk } from "@/components/live/live-desk";
import type { Doc } from "@/lib/content/doc";
import { findLiveDesk } from "@/lib/server/live/live-desk";
import { getEditorMedia } from "@/lib/server/media/editor-media";
import { newsroomTimeZone } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import {
  addLiveUpdateAction,
  correctLiveUpdateAction,
  editLiveUpdateAction,
  endLiveCoverageAction,
  pingLiveDeskAction,
  publishLiveUpdateAction,
  removeLiveUpdateAction,
} from "./live-actions";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The live desk under a live coverage's editor (nothing for a story). */
export async function LiveDeskPanel({ actor, articleId }: { actor: Actor; articleId: string }) {
  const desk = await findLiveDesk(actor, articleId);
  if (!desk) return null;
  // The images the updates show, so an update opened for editing draws its photos.
  const updatesDoc = {
    type: "doc",
    content: desk.updates.flatMap((update) => (update.body as Doc).content ?? []),
  };
  const media = await getEditorMedia(actor, updatesDoc, null);
  return (
    <LiveDesk
      desk={{
        ...desk,
        endedAt: iso(desk.endedAt),
        updates: desk.updates.map((update) => ({
          ...update,
          body: update.body as Doc,
          at: update.at.toISOString(),
          editedAt: iso(update.editedAt),
          removed: update.removed && { ...update.removed, at: update.removed.at.toISOString() },
          correction: update.correction && {
            ...update.correction,
            at: update.correction.at.toISOString(),
          },
        })),
      }}
      timeZone={newsroomTimeZone()}
      media={media}
      actions={{
        add: addLiveUpdateAction,
        edit: editLiveUpdateAction,
        publish: publishLiveUpdateAction,
        remove: removeLiveUpdateAction,
        correct: correctLiveUpdateAction,
        end: endLiveCoverageAction,
        ping: pingLiveDeskAction,
      }}
    />
  );
}
