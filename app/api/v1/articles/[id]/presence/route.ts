import { z } from "zod";
import { requireActor, toActor } from "@/lib/auth";
import { heartbeat } from "@/lib/server/articles/presence";
import { handleJsonMutation } from "@/lib/server/http/json-route";

/** The editor's heartbeat: "I have this article open; who else has?" */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return handleJsonMutation(request, z.strictObject({}), async () => {
    const user = await requireActor();
    if (!z.uuid().safeParse(id).success) return { others: [] };
    return { others: await heartbeat(toActor(user), id) };
  });
}
