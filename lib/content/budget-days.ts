/**
 * Calendar days ("2026-12-07") as the budget counts them: days in the newsroom's zone,
 * stored as PlanItem.day (a DATE). Pure, for the loader, the page and the CSV.
 */
import { instantToWallTime, wallTimeToInstant } from "@/lib/time-zone";

/** Today in `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return instantToWallTime(now, timeZone).slice(0, 10);
}

/** `day` moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** A DATE column's value (midnight UTC) as its day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The DATE value Prisma compares a `@db.Date` column with. */
export function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The seven days, Monday to Sunday, of the week `day` falls in. */
export function weekOf(day: string): string[] {
  const weekday = dateOf(day).getUTCDay(); // 0 = Sunday
  const monday = addDays(day, -((weekday + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The instant `day` starts in `timeZone`. */
export function dayStartIn(day: string, timeZone: string): Date {
  return wallTimeToInstant(`${day}T00:00`, timeZone)!;
}
