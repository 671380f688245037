import { describe, expect, it } from "vitest";
import { instantToWallTime, wallTimeToInstant } from "./time-zone";

describe("newsroom time zone", () => {
  it("reads a wall time in Asia/Shanghai as eight hours ahead of UTC", () => {
    expect(wallTimeToInstant("2026-11-29T08:30", "Asia/Shanghai")?.toISOString()).toBe(
      "2026-11-29T00:30:00.000Z",
    );
    expect(instantToWallTime(new Date("2026-11-29T00:30:00Z"), "Asia/Shanghai")).toBe(
      "2026-11-29T08:30",
    );
  });

  it("follows daylight saving time where the zone has it", () => {
    expect(wallTimeToInstant("2026-07-01T12:00", "Europe/London")?.toISOString()).toBe(
      "2026-07-01T11:00:00.000Z",
    );
    expect(wallTimeToInstant("2026-01-01T12:00", "Europe/London")?.toISOString()).toBe(
      "2026-01-01T12:00:00.000Z",
    );
  });

  it("refuses text that is not a time", () => {
    expect(wallTimeToInstant("tomorrow", "Asia/Shanghai")).toBeNull();
    expect(wallTimeToInstant("2026-02-30T10:00", "Asia/Shanghai")).toBeNull();
    expect(wallTimeToInstant("2026-02-10T25:00", "Asia/Shanghai")).toBeNull();
  });
});
