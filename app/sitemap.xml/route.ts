import { getSitemap } from "@/lib/server/feeds/get-sitemaps";
import { serveDocument } from "@/lib/server/feeds/serve";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveDocument(request, getSitemap);
}
