import { serveFeed } from "@/lib/server/feeds/serve";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFeed(request, "atom");
}
