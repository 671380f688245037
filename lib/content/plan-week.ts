import { instantToWallTime } from "@/lib/time-zone";

/**
 * The planning calendar's week: Monday to Sunday, as calendar days ("2027-03-01") in the
 * newsroom's zone. Pure, so the page, its links and the tests agree on where a week starts.
 */
export type PlanWeek = {
  /** The seven days, Monday first. */
  days: string[];
  previous: string;
  next: string;
  /** The week holding today in the newsroom's zone. */
  current: string;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day `offset` days after `day`. */
export function addDays(day: string, offset: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** "2027-03-04" when it names a real day, else null. */
export function parseDay(text: string | null | undefined): string | null {
  const match = DAY.exec(text ?? "");
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Years before 1900 or after 9999 are typing mistakes, not weeks anyone plans.
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -weekday);
}

/** The week holding `asked` (any day of it), or this week when `asked` is not a day. */
export function planWeek(asked: string | null | undefined, now: Date, zone: string): PlanWeek {
  const today = instantToWallTime(now, zone).slice(0, 10);
  const current = mondayOf(today);
  const day = parseDay(asked);
  const monday = day ? mondayOf(day) : current;
  return {
    days: Array.from({ length: 7 }, (_, index) => addDays(monday, index)),
    previous: addDays(monday, -7),
    next: addDays(monday, 7),
    current,
  };
}
