import "server-only";
import { headers } from "next/headers";
import {
  absoluteAt,
  configuredOrigin,
  FALLBACK_ORIGIN,
  isTrustProxy,
  ORIGIN_HEADER,
  publicOriginFor,
} from "@/lib/site-url";

const ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The public origin of the request these headers came with (lib/site-url.ts's rule). The
 * front server has already worked it out into ORIGIN_HEADER (replacing any a client
 * sent); without the front server (`next dev`) the same rule runs here.
 */
export function originOfHeaders(source: Headers, fallback?: string): string {
  const configured = configuredOrigin(process.env.GALLEY_PUBLIC_URL);
  if (configured) return configured;
  const given = source.get(ORIGIN_HEADER);
  if (given && ORIGIN.test(given)) return given;
  return (
    publicOriginFor({
      host: source.get("host"),
      forwardedHost: source.get("x-forwarded-host"),
      forwardedProto: source.get("x-forwarded-proto"),
      trustProxy: isTrustProxy(process.env.GALLEY_TRUST_PROXY),
    }) ??
    fallback ??
    outsideRequestOrigin()
  );
}

/** Outside any request (scripts, tests of use-cases): the configured addresses, else localhost. */
function outsideRequestOrigin(): string {
  return (
    configuredOrigin(process.env.GALLEY_PUBLIC_URL) ??
    configuredOrigin(process.env.NEXTAUTH_URL) ??
    FALLBACK_ORIGIN
  );
}

/** The public origin of the request being served (pages, metadata, server actions). */
export async function requestOrigin(): Promise<string> {
  let current: Headers;
  try {
    current = await headers();
  } catch {
    // Called outside a request: there is no address it came to.
    return outsideRequestOrigin();
  }
  return originOfHeaders(current);
}

/** A site path made absolute at the request's public origin. */
export async function absoluteUrl(path: string): Promise<string> {
  return absoluteAt(await requestOrigin(), path);
}
