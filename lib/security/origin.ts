/**
 * Cross-site request forgery guard for route handlers that change state: the request
 * must carry an Origin header naming this site. (Server actions keep Next's own check.)
 */
export function isSameOrigin(request: Request, publicUrl: string | undefined): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set<string>([new URL(request.url).origin]);
  const host = request.headers.get("host");
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`);
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  return allowed.has(origin);
}
