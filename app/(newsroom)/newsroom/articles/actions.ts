"use server";

import {
  ZContributorCreate,
  ZConvertScript,
  ZNoInput,
  ZSuggestSlug,
} from "@/lib/schemas/article-actions";
import { formAction, inputAction } from "@/lib/server/actions/define-action";
import { convertArticleScript } from "@/lib/server/articles/convert-script";
import { createArticle } from "@/lib/server/articles/create-article";
import { suggestSlug } from "@/lib/server/articles/suggest-slug";
import { createContributor } from "@/lib/server/contributors/create-contributor";
import { ZCreateTag, ZSearchTags } from "@/lib/schemas/tags";
import { createTag } from "@/lib/server/tags/create-tag";
import { searchTags } from "@/lib/server/tags/search-tags";

/** "New story": a draft row, then its editor. */
export const createArticleAction = formAction({
  input: ZNoInput,
  run: (_input, { actor, user }) => createArticle({ ...actor, name: user.name }),
  redirectTo: (result) =>
    result.ok
      ? `/newsroom/articles/${result.data.id}`
      : `/newsroom/articles/new?result=${result.code}`,
});

/** "New live coverage": a draft of kind live, then its editor (updates once it is published). */
export const createLiveCoverageAction = formAction({
  input: ZNoInput,
  run: (_input, { actor, user }) => createArticle({ ...actor, name: user.name }, { kind: "LIVE" }),
  redirectTo: (result) =>
    result.ok
      ? `/newsroom/articles/${result.data.id}`
      : `/newsroom/articles/new?result=${result.code}`,
});

/** The slug the headline suggests (signed-in only). */
export const suggestSlugAction = inputAction({
  input: ZSuggestSlug,
  run: ({ headline, articleId }) => suggestSlug(headline, articleId),
});

/** Converts the working copy's script; answers the new version (CONFLICT when it moved on). */
export const convertScriptAction = inputAction({
  input: ZConvertScript,
  run: async ({ articleId, ...input }, { actor, ip }) => {
    const { version } = await convertArticleScript(actor, articleId, input, ip);
    return { version };
  },
});

/** "Add contributor" inside the bylines editor. */
export const createContributorAction = inputAction({
  input: ZContributorCreate,
  run: (input, { actor }) => createContributor(actor, input),
});

/** The Tags type-ahead (and the merge dialog's target): ten tags matching across scripts. */
export const searchTagsAction = inputAction({
  input: ZSearchTags,
  run: ({ q }, { actor }) => searchTags(actor, q),
});

/** "Create tag …" in the editor: the existing tag when the name is one in either script. */
export const createTagAction = inputAction({
  input: ZCreateTag,
  // A symbol-only name has no address: the editor names that refusal.
  details: ["reason"],
  run: (input, { actor, ip }) => createTag(actor, input, ip),
});
