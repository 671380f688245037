"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clientIp, requireActor } from "@/lib/auth";
import { AppError, type ErrorCode } from "@/lib/errors";
import { previewPath } from "@/lib/security/preview-token";
import { absoluteUrl } from "@/lib/server/http/request-origin";
import { createPreviewLink, revokePreviewLink } from "@/lib/server/preview/preview-links";

export type PreviewLinkResult =
  { ok: true; url: string; expiresAt: string } | { ok: false; code: ErrorCode };

/** "Share preview": a new secret link; its URL is shown this once. */
export async function sharePreviewAction(articleId: string): Promise<PreviewLinkResult> {
  const id = z.uuid().safeParse(articleId);
  if (!id.success) return { ok: false, code: "NOT_FOUND" };
  try {
    const user = await requireActor();
    const link = await createPreviewLink(
      { id: user.id, role: user.role },
      id.data,
      await clientIp(),
    );
    revalidatePath(`/newsroom/articles/${id.data}`);
    return {
      ok: true,
      // At the site's public address (the one rule for absolute links), as it is sent on.
      url: await absoluteUrl(previewPath(link.token)),
      expiresAt: link.expiresAt.toISOString(),
    };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

const ZRevoke = z.strictObject({ articleId: z.uuid(), linkId: z.uuid() });

/** "Revoke": the link answers 404 from now on. */
export async function revokePreviewAction(input: {
  articleId: string;
  linkId: string;
}): Promise<{ ok: true } | { ok: false; code: ErrorCode }> {
  const parsed = ZRevoke.safeParse(input);
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  try {
    const user = await requireActor();
    await revokePreviewLink(
      { id: user.id, role: user.role },
      parsed.data.articleId,
      parsed.data.linkId,
      await clientIp(),
    );
    revalidatePath(`/newsroom/articles/${parsed.data.articleId}`);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}
