import "server-only";
import { db } from "@/lib/db";
import { GENERIC_INPUTS } from "@/lib/schemas/article-fields";
import { newsroomTimeZone } from "@/lib/time-zone";
import { movesFrom, type TransitionName } from "@/lib/workflow/article-workflow";
import { can, suggestionDecider, type Actor, type ArticleAccess } from "@/lib/workflow/permissions";
import { editableSelect, toWorkingCopy, type WorkingCopy } from "./article-editing";
import { loadViewableArticle } from "./viewable-article";

export type ArticleForEdit = {
  id: string;
  status: string;
  isPublished: boolean;
  canEdit: boolean;
  /** Whether they may propose changes to the body (suggestion mode). */
  canSuggest: boolean;
  /** Whose suggestions they may accept or reject (suggestionDecider). */
  decides: "any" | "others" | null;
  transitions: TransitionName[];
  access: ArticleAccess;
  copy: WorkingCopy;
};

/** The working copy for the editor, with what this person may do to it; NOT_FOUND if they may not see it. */
export async function getArticleForEdit(actor: Actor, articleId: string): Promise<ArticleForEdit> {
  const { article: row, access } = await loadViewableArticle(actor, articleId, editableSelect);
  return {
    id: row.id,
    status: row.status,
    isPublished: row.publishedAt !== null,
    canEdit: can(actor, "article.edit", access),
    canSuggest: can(actor, "article.suggest", access),
    decides: suggestionDecider(actor, access),
    transitions: movesFrom(row.status, access.review)
      .filter((t) => can(actor, t.permission, access))
      .map((t) => t.name),
    access,
    copy: toWorkingCopy(row),
  };
}

/**
 * Sections, tags and contributors the editor offers, and the field map's drawn inputs.
 * Archived sections are not offered, except `keepSectionId` (the story's own), which the
 * select must still show; filters (`listing`) offer every section, archived ones too.
 * The editor gets only the story's own tags (`tagIds`, for its chips): others come from
 * the type-ahead, so thousands of tags never travel to the browser; filters get a list.
 */
export async function getEditorOptions(
  keep: { keepSectionId?: string | null; listing?: boolean; tagIds?: string[] } = {},
) {
  const [sections, tags, contributors] = await Promise.all([
    db.section.findMany({
      where: keep.listing
        ? {}
        : {
            OR: [{ archivedAt: null }, ...(keep.keepSectionId ? [{ id: keep.keepSectionId }] : [])],
          },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
    db.tag.findMany({
      ...(keep.tagIds ? { where: { id: { in: keep.tagIds } } } : {}),
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true },
    }),
    db.contributor.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
      select: { id: true, name: true, kind: true },
    }),
  ]);
  return { sections, tags, contributors, inputs: GENERIC_INPUTS, timeZone: newsroomTimeZone() };
}
