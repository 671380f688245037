"use server";

import { ZDeleteTag, ZMergeTags, ZRenameTag } from "@/lib/schemas/tags";
import { inputAction } from "@/lib/server/actions/define-action";
import { deleteTag } from "@/lib/server/tags/delete-tag";
import { mergeTags } from "@/lib/server/tags/merge-tags";
import { renameTag } from "@/lib/server/tags/rename-tag";

// Reader pages and the page cache are dropped by the use-cases' cache tags (every
// instance); this page re-renders here.
const revalidate = () => ["/newsroom/tags"];
// The refusal's finer kind (a taken name, merging into itself) and the number of stories
// that keep a tag from being deleted.
const details = ["reason", "count"] as const;

export const renameTagAction = inputAction({
  input: ZRenameTag,
  details,
  run: (input, { actor, ip }) => renameTag(actor, input, ip),
  revalidate,
});

export const mergeTagsAction = inputAction({
  input: ZMergeTags,
  details,
  run: (input, { actor, ip }) => mergeTags(actor, input, ip),
  revalidate,
});

export const deleteTagAction = inputAction({
  input: ZDeleteTag,
  details,
  run: (input, { actor, ip }) => deleteTag(actor, input, ip),
  revalidate,
});
