import { clientIp, requireActor, toActor } from "@/lib/auth";
import { ZTransition } from "@/lib/schemas/workflow";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { handleJsonMutation } from "@/lib/server/http/json-route";
import type { TransitionName } from "@/lib/workflow/article-workflow";

/** Moves an article through the workflow (for integrations; the newsroom UI uses actions). */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleJsonMutation(request, ZTransition, async (input) => {
    const user = await requireActor();
    return transitionArticle({
      actor: toActor(user),
      articleId: id,
      transition: input.transition as TransitionName,
      version: input.version,
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.scheduledAt ? { scheduledAt: new Date(input.scheduledAt) } : {}),
      ip: await clientIp(),
    });
  });
}
