import { serveFeed } from "@/lib/server/feeds/serve";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return serveFeed(request, "atom", slug);
}
