import { describe, expect, it } from "vitest";
import { addDays, mondayOf, parseDay, planWeek } from "./plan-week";

describe("the planning week", () => {
  it("starts on Monday, in the newsroom's zone", () => {
    // Sunday 2027-03-07 20:00 UTC is already Monday the 8th in Shanghai.
    const week = planWeek(null, new Date("2027-03-07T20:00:00Z"), "Asia/Shanghai");
    expect(week.days[0]).toBe("2027-03-08");
    expect(week.days[6]).toBe("2027-03-14");
    expect(week.current).toBe("2027-03-08");
    expect(week.previous).toBe("2027-03-01");
    expect(week.next).toBe("2027-03-15");
    expect(planWeek(null, new Date("2027-03-07T20:00:00Z"), "Europe/London").days[0]).toBe(
      "2027-03-01",
    );
  });

  it("takes any day of the week asked for, and ignores what is not a day", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    expect(planWeek("2027-03-04", now, "UTC").days[0]).toBe("2027-03-01");
    expect(planWeek("2027-02-30", now, "UTC").days[0]).toBe("2026-11-30");
    expect(planWeek("<script>", now, "UTC").days[0]).toBe("2026-11-30");
    expect(parseDay("2028-02-29")).toBe("2028-02-29");
    expect(parseDay("2027-02-29")).toBeNull();
  });

  it("crosses months and years", () => {
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });
});
