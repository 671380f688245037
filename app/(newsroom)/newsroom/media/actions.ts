"use server";

import type { ActionResult } from "@/lib/schemas/action-result";
import { ZMediaDelete, ZMediaDetails, ZMediaUpdate } from "@/lib/schemas/media";
import { formAction, inputAction } from "@/lib/server/actions/define-action";
import { deleteMedia, updateMediaDetails } from "@/lib/server/media/library";

/** The library's own filters, kept across a save; anything else in `back` is dropped. */
const KEPT = ["q", "type", "from", "to", "after"];

/**
 * Back to the library, at the card, with the result the card turns into a sentence:
 * `done` on success, else the refusal's reason (e.g. "inUse") or its code.
 */
function back(done: string) {
  return (result: ActionResult, sent: Record<string, unknown>): string => {
    const query = typeof sent.back === "string" ? sent.back : "";
    const given = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
    const params = new URLSearchParams();
    for (const name of KEPT) {
      const value = given.get(name);
      if (value) params.set(name, value.slice(0, 200));
    }
    const item = (typeof sent.id === "string" ? sent.id : "").slice(0, 64);
    params.set("item", item);
    const reason = result.ok ? undefined : result.details?.reason;
    params.set("result", result.ok ? done : String(reason ?? result.code));
    return `/newsroom/media?${params}#media-${encodeURIComponent(item)}`;
  };
}

export const updateMediaAction = formAction({
  input: ZMediaUpdate,
  details: ["reason"],
  run: ({ id, alt, caption, credit }, { actor }) =>
    updateMediaDetails(actor, id, { alt, caption, credit }),
  redirectTo: back("saved"),
});

export const deleteMediaAction = formAction({
  input: ZMediaDelete,
  details: ["reason"],
  run: ({ id }, { actor }) => deleteMedia(actor, id),
  redirectTo: back("deleted"),
});

/** "Alt text", "Caption", "Credit" saved from the editor's featured-image picker. */
export const saveMediaDetailsAction = inputAction({
  input: ZMediaDetails,
  details: ["reason", "field"],
  run: ({ id, ...details }, { actor }) => updateMediaDetails(actor, id, details),
});
