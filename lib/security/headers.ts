/**
 * Security headers for every response. Scripts run only with the per-request nonce
 * ('strict-dynamic' lets Next's nonce'd bootstrap load its chunks); no inline script runs
 * without it. The newsroom and sign-in pages may not be framed at all.
 */
export function buildCsp(options: {
  nonce: string;
  isNewsroom: boolean;
  isHttps: boolean;
  isDev: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React, Tiptap) are allowed; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.isNewsroom ? "'none'" : "'self'"}`,
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: {
  csp: string;
  isNewsroom: boolean;
  isHttps: boolean;
}): Record<string, string> {
  return {
    "content-security-policy": options.csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": options.isNewsroom ? "DENY" : "SAMEORIGIN",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    ...(options.isHttps
      ? { "strict-transport-security": "max-age=63072000; includeSubDomains" }
      : {}),
  };
}

export function isNewsroomPath(pathname: string): boolean {
  return ["/newsroom", "/login", "/reset-password", "/setup", "/api/auth"].some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

/** Shared previews (/preview/<token>): the working copy, for one person's eyes. */
export function isPreviewPath(pathname: string): boolean {
  return pathname.startsWith("/preview/");
}

/**
 * Pages whose address carries a secret: shared previews, the first-admin setup
 * (/setup?token=…) and private calendar feeds (/calendar/<token>.ics). They get
 * previewHeaders(), so the token never leaves as a Referer.
 */
export function hasSecretAddress(pathname: string): boolean {
  return isPreviewPath(pathname) || pathname === "/setup" || pathname.startsWith("/calendar/");
}

/**
 * Never indexed, never kept by a shared cache, and the secret URL never sent onward as a
 * Referer. Next rewrites Cache-Control on rendered pages, so the front server
 * (lib/runtime/app-server.ts) enforces these too; proxy.ts covers `next dev`.
 */
export function previewHeaders(): Record<string, string> {
  return {
    "x-robots-tag": "noindex",
    "cache-control": "private, no-store",
    "referrer-policy": "no-referrer",
  };
}
