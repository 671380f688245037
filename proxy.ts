import { NextResponse, type NextRequest } from "next/server";
import {
  buildCsp,
  isNewsroomPath,
  hasSecretAddress,
  previewHeaders,
  securityHeaders,
} from "@/lib/security/headers";
import { READER_URL_HEADER, readerUrlState } from "@/lib/reader-url-state";

/**
 * Runs before every page: a fresh CSP nonce and the security headers, and the signed-out
 * sent from the newsroom to the sign-in page. Only a redirect on the cookie's absence:
 * whether the session is still valid, and what the user may do, is decided by the
 * use-cases (ARCHITECTURE.md, rule 2).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isNewsroom = isNewsroomPath(pathname);
  const isHttps = (process.env.NEXTAUTH_URL ?? request.nextUrl.origin).startsWith("https://");
  const hasSession =
    request.cookies.has("galley.session") || request.cookies.has("__Secure-galley.session");
  if ((pathname === "/newsroom" || pathname.startsWith("/newsroom/")) && !hasSession) {
    return NextResponse.redirect(new URL("/login", request.url));
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = buildCsp({
    nonce,
    isNewsroom,
    isHttps,
    isDev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set(READER_URL_HEADER, readerUrlState(request.nextUrl));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(securityHeaders({ csp, isNewsroom, isHttps })))
    response.headers.set(name, value);
  // Shared previews and /setup stay public (no sign-in), but unindexed, uncached and
  // never named in a Referer.
  if (hasSecretAddress(pathname))
    for (const [name, value] of Object.entries(previewHeaders())) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
