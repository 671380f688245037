import "server-only";
import { log } from "@/lib/log";
import { surrogateKey } from "@/lib/surrogate-keys";

/**
 * The purge hook for a CDN in front of Galley (README, "Caches in front"): every change
 * readers see is POSTed, once, by the instance that made it, to GALLEY_PURGE_WEBHOOK_URL (one or more,
 * comma-separated) as `{"tags": [...], "surrogateKeys": [...]}`, the keys as reader pages carry them in
 * `Surrogate-Key` and `Cache-Tag`. A relay (a Cloudflare Worker, a Fastly Compute
 * service, a small script) turns that into the CDN's purge call. An endpoint that fails
 * is tried three times over about six seconds, then logged: the CDN's copy then lasts
 * until its s-maxage.
 */
const RETRY_DELAYS_MS = [1_000, 5_000];

export async function sendPurgeHook(
  url: string,
  tags: readonly string[],
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<boolean> {
  const body = JSON.stringify({ tags, surrogateKeys: [...new Set(tags.map(surrogateKey))] });
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      await response.body?.cancel();
      if (response.ok) return true;
      if (attempt >= delays.length) {
        log.warn({ status: response.status, tags }, "the purge hook refused an invalidation");
        return false;
      }
    } catch (error) {
      if (attempt >= delays.length) {
        log.warn({ err: error, tags }, "the purge hook could not be reached");
        return false;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
  }
}

/** Sends the hook when one is configured; never throws, never delays the change. */
export function notifyPurgeHook(tags: readonly string[]): void {
  if (!tags.length) return;
  for (const url of (process.env.GALLEY_PURGE_WEBHOOK_URL ?? "").split(",")) {
    if (url.trim()) void sendPurgeHook(url.trim(), tags);
  }
}
