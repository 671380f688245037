"use server";

import { ZNoInput } from "@/lib/schemas/article-actions";
import { ZNotificationOpen } from "@/lib/schemas/notification";
import { formAction } from "@/lib/server/actions/define-action";
import { markRead } from "@/lib/server/notifications/inbox";

export const markAllReadAction = formAction({
  input: ZNoInput,
  run: (_input, { actor }) => markRead(actor.id),
  redirectTo: () => "/newsroom/notifications",
});

/** Opening a notification marks it read and goes to its article. */
export const openNotificationAction = formAction({
  input: ZNotificationOpen,
  run: ({ id }, { actor }) => markRead(actor.id, id),
  redirectTo: (result, sent) =>
    result.ok && typeof sent.articleId === "string" && sent.articleId
      ? `/newsroom/articles/${sent.articleId}`
      : "/newsroom/notifications",
});
