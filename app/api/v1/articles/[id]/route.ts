import { clientIp, requireActor, toActor } from "@/lib/auth";
import { ZArticleSave } from "@/lib/schemas/article";
import { getApiArticle } from "@/lib/server/api/get-article";
import { servePublicJson } from "@/lib/server/api/serve-json";
import { saveArticle, SaveConflict } from "@/lib/server/articles/save-article";
import { handleJsonMutation } from "@/lib/server/http/json-route";

export const dynamic = "force-dynamic";

/**
 * Content API: the published article as an IPTC ninjs item, read from its live snapshot,
 * for anyone (404 for anything not published). The newsroom reads the working copy at
 * `/api/v1/articles/:id/working-copy`.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return servePublicJson(request, (origin) => getApiArticle(id, origin));
}

/**
 * The working copy. The editor autosaves here (not through a server action) because a
 * save must survive the page closing: `fetch(…, { keepalive: true })` needs a URL.
 */
export async function PUT(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleJsonMutation(
    request,
    ZArticleSave,
    async (save) => {
      const user = await requireActor();
      return saveArticle({
        actor: toActor(user),
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
