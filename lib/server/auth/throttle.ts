import "server-only";
import { db } from "@/lib/db";

/**
 * Failed sign-in counters in PostgreSQL, so every app instance shares them. One statement
 * per failure (insert or bump within the window) keeps concurrent failures exact.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const ACCOUNT_FAILURE_LIMIT = 10;
// Higher per address: a newsroom often signs in from behind one office NAT.
export const IP_FAILURE_LIMIT = 30;

export type ThrottleKeys = { account: string; ip: string | null };

function keysOf({ account, ip }: ThrottleKeys): Array<{ key: string; limit: number }> {
  return [
    { key: `account:${account.trim().toLowerCase()}`, limit: ACCOUNT_FAILURE_LIMIT },
    ...(ip ? [{ key: `ip:${ip}`, limit: IP_FAILURE_LIMIT }] : []),
  ];
}

/** Seconds until sign-in may be tried again for these keys; 0 when not blocked. */
export async function retryAfterSeconds(keys: ThrottleKeys): Promise<number> {
  const rows = await db.authThrottle.findMany({
    where: { key: { in: keysOf(keys).map((k) => k.key) }, blockedUntil: { gt: new Date() } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return until === 0 ? 0 : Math.ceil((until - Date.now()) / 1000);
}

export async function recordFailure(keys: ThrottleKeys): Promise<void> {
  for (const { key, limit } of keysOf(keys)) {
    await db.$executeRaw`
      insert into "AuthThrottle" (key, failures, "windowStart", "updatedAt")
      values (${key}, 1, now(), now())
      on conflict (key) do update set
        failures = case when "AuthThrottle"."windowStart" < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        then 1 else "AuthThrottle".failures + 1 end,
        "windowStart" = case when "AuthThrottle"."windowStart" < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        then now() else "AuthThrottle"."windowStart" end,
        "blockedUntil" = case when "AuthThrottle"."windowStart" >= now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                              and "AuthThrottle".failures + 1 >= ${limit}
                        then now() + make_interval(mins => ${THROTTLE_WINDOW_MINUTES}) else "AuthThrottle"."blockedUntil" end,
        "updatedAt" = now()`;
  }
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearAccountFailures(account: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: `account:${account.trim().toLowerCase()}` } });
}
