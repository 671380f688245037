import { clientIp, requireActor } from "@/lib/auth";
import { ZArticleSave } from "@/lib/schemas/article";
import { getArticleForEdit } from "@/lib/server/articles/get-article-for-edit";
import { saveArticle, SaveConflict } from "@/lib/server/articles/save-article";
import { handleJsonMutation, jsonError } from "@/lib/server/http/json-route";

/**
 * The working copy. The editor autosaves here (not through a server action) because a
 * save must survive the page closing: `fetch(…, { keepalive: true })` needs a URL.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  try {
    const user = await requireActor();
    const article = await getArticleForEdit({ id: user.id, role: user.role }, id);
    return Response.json(article.copy, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}

export async function PUT(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleJsonMutation(
    request,
    ZArticleSave,
    async (save) => {
      const user = await requireActor();
      return saveArticle({
        actor: { id: user.id, role: user.role },
        articleId: id,
        save,
        ip: await clientIp(),
      });
    },
    // A conflict answers with the current copy, so the editor can show both versions.
    (error) =>
      error instanceof SaveConflict
        ? Response.json(
            { error: "CONFLICT", message: error.message, current: error.current },
            { status: 409 },
          )
        : null,
  );
}
