"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, requireActor } from "@/lib/auth";
import { restoreRevision } from "@/lib/server/articles/revisions";

const ZRestore = z.strictObject({ articleId: z.uuid(), revisionId: z.uuid() });

/** "Restore this version", then back to the editor with the restored copy. */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const input = ZRestore.parse({
    articleId: formData.get("articleId"),
    revisionId: formData.get("revisionId"),
  });
  const user = await requireActor();
  await restoreRevision(
    { id: user.id, role: user.role },
    input.articleId,
    input.revisionId,
    await clientIp(),
  );
  redirect(`/newsroom/articles/${input.articleId}`);
}
