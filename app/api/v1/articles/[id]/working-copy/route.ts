import { requireActor, toActor } from "@/lib/auth";
import { getArticleForEdit } from "@/lib/server/articles/get-article-for-edit";
import { jsonError } from "@/lib/server/http/json-route";

/**
 * The working copy as the editor saves it (`PUT /api/v1/articles/:id`), for the signed-in
 * newsroom only. `GET /api/v1/articles/:id` is the public ninjs item of the live copy.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  try {
    const user = await requireActor();
    const article = await getArticleForEdit(toActor(user), id);
    return Response.json(article.copy, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}
