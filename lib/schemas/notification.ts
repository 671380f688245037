import { z } from "./zod";

/** Opening a notification: its id, and its article or planned item when it has one (an empty field is none). */
export const ZNotificationOpen = z.strictObject({
  id: z.uuid(),
  articleId: z.union([z.uuid(), z.literal("").transform(() => undefined)]).optional(),
  planItemId: z.union([z.uuid(), z.literal("").transform(() => undefined)]).optional(),
});
