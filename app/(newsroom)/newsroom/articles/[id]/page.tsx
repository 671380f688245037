import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ArticleEditor } from "@/components/editor/article-editor";
import { MediaDetailsProvider } from "@/components/editor/featured-image-context";
import { requireUser, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { listComments } from "@/lib/server/comments/list-comments";
import { getWorkflowState } from "@/lib/server/articles/workflow-state";
import { getStoryNotices } from "@/lib/server/articles/story-notices";
import { getPublishChecklistFacts } from "@/lib/server/articles/publish-checklist";
import { StoryNotices } from "@/components/workflow/story-notices";
import { getEditorMedia } from "@/lib/server/media/editor-media";
import { newsroomTimeZone } from "@/lib/time-zone";
import { schemaFingerprint } from "@/lib/content/collab-doc";
import { getCollabStart } from "@/lib/server/collab/body-store";

// The editor reads the body from the co-editing state; sending the JSON as well would
// double the page (a 100,000-character story is about 400 KB each way).
const EMPTY_BODY = { type: "doc", content: [] };
import { setEmbargoAction, transitionAction } from "../workflow-actions";
import { getArticleForEdit, getEditorOptions } from "@/lib/server/articles/get-article-for-edit";
import {
  convertScriptAction,
  createContributorAction,
  createTagAction,
  searchTagsAction,
  suggestSlugAction,
} from "../actions";
import { addCommentAction, resolveCommentAction } from "./comment-actions";
import { decideSuggestionsAction } from "./suggestion-actions";
import { getPeopleNames } from "@/lib/server/users/people-names";
import { EditorPanels } from "./editor-panels";
import { LiveDeskPanel } from "./live-desk-panel";
import { saveMediaDetailsAction } from "../../media/actions";

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const article = await getArticleForEdit(toActor(user), id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The body on screen is the co-editing document's (typed a moment ago, maybe not yet
  // derived into the working copy): it travels once, as the document's state.
  const start = await getCollabStart(article.id);
  const options = await getEditorOptions({
    keepSectionId: article.copy.fields.sectionId,
    tagIds: article.copy.fields.tagIds,
  });
  const media = await getEditorMedia(
    toActor(user),
    article.copy.fields.body,
    article.copy.fields.featuredImageId,
  );
  const comments = await listComments(toActor(user), article.id);
  const workflow = await getWorkflowState(toActor(user), article.id, article.access);
  const notices = await getStoryNotices(article.id, article.access);
  const checklist = await getPublishChecklistFacts(toActor(user), article.id);
  const t = await getTranslations("editor");
  return (
    <NextIntlClientProvider>
      {/* The headline is a field, not a heading: the page's one heading names the task. */}
      <h1 className="sr-only">{t("editStory")}</h1>
      <StoryNotices notices={notices} timeZone={newsroomTimeZone()} />
      <MediaDetailsProvider save={saveMediaDetailsAction}>
        {/* Live coverage: the updates are the running work, so their desk comes first. */}
        <LiveDeskPanel actor={toActor(user)} articleId={article.id} />
        <ArticleEditor
          articleId={article.id}
          initial={{ ...article.copy, fields: { ...article.copy.fields, body: EMPTY_BODY } }}
          canEdit={article.canEdit}
          isPublished={article.isPublished}
          options={options}
          media={media}
          suggestSlug={suggestSlugAction}
          convertScript={convertScriptAction}
          workflow={{
            state: workflow,
            timeZone: newsroomTimeZone(),
            transition: transitionAction,
            setEmbargo: setEmbargoAction,
          }}
          createContributor={createContributorAction}
          tagActions={{ search: searchTagsAction, create: createTagAction }}
          checklist={checklist}
          collab={{
            lineage: start.lineage,
            state: start.state,
            user: { id: user.id, name: user.name },
            schema: schemaFingerprint(),
          }}
          suggestions={{
            canSuggest: article.canSuggest,
            decides: article.decides,
            people: await getPeopleNames(),
            decide: decideSuggestionsAction,
          }}
          panels={<EditorPanels actor={toActor(user)} articleId={article.id} />}
          comments={{
            initial: comments.comments,
            canComment: comments.canComment,
            actions: { add: addCommentAction, resolve: resolveCommentAction },
          }}
        />
      </MediaDetailsProvider>
    </NextIntlClientProvider>
  );
}
