"use server";

import {
  ZCreateContributor,
  ZDeleteContributor,
  ZMergeContributor,
  ZUpdateContributor,
} from "@/lib/schemas/contributors";
import { inputAction } from "@/lib/server/actions/define-action";
import { createContributorProfile } from "@/lib/server/contributors/create-contributor-profile";
import { deleteContributor } from "@/lib/server/contributors/delete-contributor";
import { mergeContributor } from "@/lib/server/contributors/merge-contributor";
import { updateContributor } from "@/lib/server/contributors/update-contributor";

// Reader pages and the page cache are dropped by the use-cases' cache tags (every
// instance); these newsroom pages re-render here.
const revalidate = () => ["/newsroom/contributors"];
// The refusal's finer kind (a taken slug or account, a merge into itself) and the number
// of bylines that keep a contributor from being deleted.
const details = ["reason", "count"] as const;

export const createContributorProfileAction = inputAction({
  input: ZCreateContributor,
  details,
  run: (input, { actor, ip }) => createContributorProfile(actor, input, ip),
  revalidate,
});

export const updateContributorAction = inputAction({
  input: ZUpdateContributor,
  details,
  run: (input, { actor, ip }) => updateContributor(actor, input, ip),
  revalidate: ({ contributorId }) => [...revalidate(), `/newsroom/contributors/${contributorId}`],
});

export const mergeContributorAction = inputAction({
  input: ZMergeContributor,
  details,
  run: (input, { actor, ip }) => mergeContributor(actor, input, ip),
  revalidate,
});

export const deleteContributorAction = inputAction({
  input: ZDeleteContributor,
  details,
  run: (input, { actor, ip }) => deleteContributor(actor, input, ip),
  revalidate,
});
