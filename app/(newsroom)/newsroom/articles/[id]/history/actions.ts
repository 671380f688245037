"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, requireUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formArgument } from "@/lib/schemas/form-argument";
import { restoreRevision } from "@/lib/server/articles/revisions";

const ZRestore = z.strictObject({ articleId: z.uuid(), revisionId: z.uuid() });

/**
 * "Restore this version", then back to the editor with the restored copy; a refusal goes
 * back to the history with its code, which the page turns into a sentence.
 */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const form = formArgument(formData);
  const input = ZRestore.safeParse({
    articleId: form.get("articleId"),
    revisionId: form.get("revisionId"),
  });
  if (!input.success) redirect("/newsroom/stories");
  const { articleId, revisionId } = input.data;
  const user = await requireUser();
  let refused: string | null = null;
  try {
    await restoreRevision(
      { id: user.id, role: user.role },
      articleId,
      revisionId,
      await clientIp(),
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refused = error.code;
  }
  redirect(
    refused
      ? `/newsroom/articles/${articleId}/history?result=${refused}`
      : `/newsroom/articles/${articleId}`,
  );
}
