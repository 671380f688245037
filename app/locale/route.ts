import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const ZSetLocale = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switcher's form posts here (a plain form: it works without JavaScript and
 * on script-free published pages). Remembers the choice for a year and sends the reader
 * back to the page they were on; an unknown value changes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const origin = request.headers.get("origin");
  const form = await request.formData().catch(() => null);
  const parsed = ZSetLocale.safeParse({ locale: form?.get("locale") });
  const back = safeBack(request.headers.get("referer"), request.headers.get("host"));
  const headers = new Headers({ location: back, "cache-control": "no-store" });
  // A cross-site form cannot change someone's language.
  if (parsed.success && (!origin || new URL(origin).host === request.headers.get("host"))) {
    headers.append(
      "set-cookie",
      `${LOCALE_COOKIE}=${parsed.data.locale}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax; HttpOnly${url.protocol === "https:" ? "; Secure" : ""}`,
    );
  }
  return new Response(null, { status: 303, headers });
}

/** The page to return to: the Referer's path on this site, else the front page. */
function safeBack(referer: string | null, host: string | null): string {
  if (!referer) return "/";
  try {
    const parsed = new URL(referer);
    if (host && parsed.host !== host) return "/";
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return "/";
  }
}
