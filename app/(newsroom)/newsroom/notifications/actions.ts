"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { markRead } from "@/lib/server/notifications/inbox";
import { formArgument } from "@/lib/schemas/form-argument";

export async function markAllReadAction(): Promise<void> {
  const user = await requireUser();
  await markRead(user.id);
  redirect("/newsroom/notifications");
}

const ZOpen = z.object({ id: z.uuid(), articleId: z.uuid().optional() });

/** Opening a notification marks it read and goes to its article. */
export async function openNotificationAction(form: FormData): Promise<void> {
  form = formArgument(form);
  const user = await requireUser();
  const parsed = ZOpen.safeParse({
    id: form.get("id"),
    articleId: form.get("articleId") || undefined,
  });
  if (!parsed.success) redirect("/newsroom/notifications");
  await markRead(user.id, parsed.data.id);
  redirect(
    parsed.data.articleId
      ? `/newsroom/articles/${parsed.data.articleId}`
      : "/newsroom/notifications",
  );
}
