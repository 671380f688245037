import { CorrectionForm } from "@/components/corrections/correction-form";
import { SharePreviewPanel } from "@/components/preview/share-preview-panel";
import { getCorrectionPanel } from "@/lib/server/articles/correction-panel";
import { listPreviewLinks } from "@/lib/server/preview/preview-links";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import { addCorrectionAction } from "./correction-actions";
import { revokePreviewAction, sharePreviewAction } from "./preview-actions";

/**
 * The editor sidebar's "Share preview" and corrections boxes, each shown only to those
 * who may use it (the use-cases refuse everyone else anyway).
 */
export async function EditorPanels({ actor, articleId }: { actor: Actor; articleId: string }) {
  const [preview, corrections] = await Promise.all([
    listPreviewLinks(actor, articleId),
    getCorrectionPanel(actor, articleId),
  ]);
  const timeZone = newsroomTimeZone();
  return (
    <>
      {preview.canShare && (
        <SharePreviewPanel
          articleId={articleId}
          links={preview.links.map((link) => ({
            id: link.id,
            expiresAt: link.expiresAt.toISOString(),
            createdByName: link.createdByName,
          }))}
          share={sharePreviewAction}
          revoke={revokePreviewAction}
        />
      )}
      {corrections.canCorrect && (
        <CorrectionForm
          articleId={articleId}
          defaultTime={instantToWallTime(new Date(), timeZone)}
          timeZone={timeZone}
          corrections={corrections.corrections.map((correction) => ({
            ...correction,
            correctedAt: correction.correctedAt.toISOString(),
          }))}
          add={addCorrectionAction}
        />
      )}
    </>
  );
}
