"use server";

import { previewPath } from "@/lib/security/preview-token";
import { ZPreviewRevoke, ZPreviewShare } from "@/lib/schemas/article-actions";
import { inputAction } from "@/lib/server/actions/define-action";
import { absoluteUrl } from "@/lib/server/http/request-origin";
import { createPreviewLink, revokePreviewLink } from "@/lib/server/preview/preview-links";

const editorPage = ({ articleId }: { articleId: string }) => [`/newsroom/articles/${articleId}`];

/** "Share preview": a new secret link; its URL is shown this once. */
export const sharePreviewAction = inputAction({
  input: ZPreviewShare,
  run: async ({ articleId }, { actor, ip }) => {
    const link = await createPreviewLink(actor, articleId, ip);
    return {
      // At the site's public address (the one rule for absolute links), as it is sent on.
      url: await absoluteUrl(previewPath(link.token)),
      expiresAt: link.expiresAt.toISOString(),
    };
  },
  revalidate: editorPage,
});

/** "Revoke": the link answers 404 from now on. */
export const revokePreviewAction = inputAction({
  input: ZPreviewRevoke,
  run: ({ articleId, linkId }, { actor, ip }) => revokePreviewLink(actor, articleId, linkId, ip),
  revalidate: editorPage,
});
