"use server";

import { previewPath } from "@/lib/security/preview-token";
import { ZPreviewRevoke, ZPreviewShare } from "@/lib/schemas/article-actions";
import { inputAction } from "@/lib/server/actions/define-action";
import { createPreviewLink, revokePreviewLink } from "@/lib/server/preview/preview-links";

/** The link at the site's public address, as the person will send it on. */
function publicUrl(path: string): string {
  const base = process.env.GALLEY_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base).toString();
}

const editorPage = ({ articleId }: { articleId: string }) => [`/newsroom/articles/${articleId}`];

/** "Share preview": a new secret link; its URL is shown this once. */
export const sharePreviewAction = inputAction({
  input: ZPreviewShare,
  run: async ({ articleId }, { actor, ip }) => {
    const link = await createPreviewLink(actor, articleId, ip);
    return { url: publicUrl(previewPath(link.token)), expiresAt: link.expiresAt.toISOString() };
  },
  revalidate: editorPage,
});

/** "Revoke": the link answers 404 from now on. */
export const revokePreviewAction = inputAction({
  input: ZPreviewRevoke,
  run: ({ articleId, linkId }, { actor, ip }) => revokePreviewLink(actor, articleId, linkId, ip),
  revalidate: editorPage,
});
