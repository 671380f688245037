import { describe, expect, it } from "vitest";
import { isOverdue, waitedFor } from "./due";

const now = new Date("2026-12-08T10:00:00Z");
const past = new Date("2026-12-08T09:59:00Z");
const future = new Date("2026-12-08T10:01:00Z");

describe("deadlines", () => {
  it("calls a story overdue only when its due time passed and it has not gone out", () => {
    expect(isOverdue({ status: "SUBMITTED", dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: "DRAFT", dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: "SCHEDULED", dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: "SUBMITTED", dueAt: future }, now)).toBe(false);
    expect(isOverdue({ status: "SUBMITTED", dueAt: null }, now)).toBe(false);
    for (const status of ["PUBLISHED", "UNPUBLISHED", "ARCHIVED"] as const)
      expect(isOverdue({ status, dueAt: past }, now)).toBe(false);
  });

  it("says how long a story waited in minutes, hours, then days", () => {
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    expect(waitedFor(ago(0), now)).toEqual({ unit: "minutes", count: 0 });
    expect(waitedFor(ago(59), now)).toEqual({ unit: "minutes", count: 59 });
    expect(waitedFor(ago(3 * 60 + 20), now)).toEqual({ unit: "hours", count: 3 });
    expect(waitedFor(ago(47 * 60), now)).toEqual({ unit: "hours", count: 47 });
    expect(waitedFor(ago(3 * 24 * 60), now)).toEqual({ unit: "days", count: 3 });
    // A clock a little behind the database's never shows a negative wait.
    expect(waitedFor(new Date(now.getTime() + 5000), now)).toEqual({ unit: "minutes", count: 0 });
  });
});
