import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { log } from "@/lib/log";
import { publicOrigin } from "@/lib/server/http/public-document";
import { getFeedCalendar } from "@/lib/server/planning/feeds/get-feed-calendar";

export const dynamic = "force-dynamic";

// The address is the key: never kept by a shared cache, indexed or sent on as a Referer.
const PRIVATE = {
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex",
  "referrer-policy": "no-referrer",
};

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(text, {
    status,
    headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8", ...extra },
  });

/**
 * /calendar/<token>.ics: a person's or a desk's planning calendar for phone calendars,
 * which subscribe without a session. An unknown or regenerated token, a deactivated
 * person and an archived desk all answer the same 404.
 */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  if (!file.endsWith(".ics")) return plain(404, "Not found.\n");
  try {
    const body = await getFeedCalendar(file.slice(0, -4), await publicOrigin(request));
    if (body === null) return plain(404, "Not found.\n");
    return new Response(body, {
      headers: { ...PRIVATE, "content-type": "text/calendar; charset=utf-8" },
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) log.error({ err: error }, "could not build a calendar feed");
    return plain(503, "This calendar could not be built just now; try again shortly.\n", {
      "retry-after": "30",
    });
  }
}
