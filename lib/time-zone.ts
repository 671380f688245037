/**
 * The newsroom's time zone (GALLEY_TIME_ZONE, Asia/Shanghai by default): schedule and
 * correction times are entered and shown in it, whatever the browser's own zone is.
 * Pure functions, usable on the server and in the browser.
 */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export function newsroomTimeZone(): string {
  return process.env.GALLEY_TIME_ZONE || DEFAULT_TIME_ZONE;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time ("2026-11-29T08:30", as a datetime-local input gives it)
 * names in `timeZone`; null when the text is not such a time.
 */
export function wallTimeToInstant(text: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(text.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d! || h! > 23 || mi! > 59)
    return null;
  // Two passes settle the offset across a daylight-saving change.
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The datetime-local text ("2026-11-29T08:30", or with seconds) for `instant` in `timeZone`. */
export function instantToWallTime(
  instant: Date,
  timeZone: string,
  options: { seconds?: boolean } = {},
): string {
  const local = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return local.toISOString().slice(0, options.seconds ? 19 : 16);
}
