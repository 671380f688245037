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

/** Opening a notification marks it read and goes to its article or planned item. */
export const openNotificationAction = formAction({
  input: ZNotificationOpen,
  run: ({ id }, { actor }) => markRead(actor.id, id),
  redirectTo: (result, sent) => {
    if (result.ok && typeof sent.articleId === "string" && sent.articleId)
      return `/newsroom/articles/${sent.articleId}`;
    if (result.ok && typeof sent.planItemId === "string" && sent.planItemId)
      return `/newsroom/planning/items/${sent.planItemId}`;
    return "/newsroom/notifications";
  },
});
