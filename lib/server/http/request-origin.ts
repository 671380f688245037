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
import { getPublication } from "../settings/get-publication";

const ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The public origin of the request these headers came with (lib/site-url.ts's rule). The
 * front server has already worked it out into ORIGIN_HEADER (replacing any a client
 * sent); without the front server (`next dev`) the same rule runs here. Between the two
 * sits the publication's "Public address" setting (`setting`): GALLEY_PUBLIC_URL, the
 * operator's, overrides it; it overrides the address the request came to.
 */
export function originOfHeaders(
  source: Headers,
  fallback?: string,
  setting?: string | null,
): string {
  const configured =
    configuredOrigin(process.env.GALLEY_PUBLIC_URL) ?? configuredOrigin(setting ?? undefined);
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

/** The "Public address" setting; null when unset or the database cannot say just now. */
export async function settingOrigin(): Promise<string | null> {
  return (await getPublication().catch(() => null))?.publicUrl ?? null;
}

/** The public origin of the request being served (pages, metadata, server actions). */
export async function requestOrigin(): Promise<string> {
  const setting = await settingOrigin();
  let current: Headers;
  try {
    current = await headers();
  } catch {
    // Called outside a request: there is no address it came to.
    return configuredOrigin(process.env.GALLEY_PUBLIC_URL) ?? setting ?? outsideRequestOrigin();
  }
  return originOfHeaders(current, undefined, setting);
}

/** A site path made absolute at the request's public origin. */
export async function absoluteUrl(path: string): Promise<string> {
  return absoluteAt(await requestOrigin(), path);
}
