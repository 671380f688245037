import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildPlanCalendar } from "./plan-calendar";

const now = new Date("2027-04-01T00:00:00Z");
const headline = "香港立法會選舉，投票率創新低；各區票站大排長龍".repeat(3);

function build() {
  return buildPlanCalendar({
    name: "王賀",
    origin: "https://news.example",
    now,
    assignments: [
      {
        id: "a1",
        role: "PHOTOGRAPHER",
        deadline: new Date("2027-04-02T09:30:00Z"),
        note: "帶長鏡頭; meet at gate 2, north side",
        assignee: null,
        item: { id: "i1", headline, summary: "第一行\n第二行" },
      },
    ],
    events: [
      {
        id: "e1",
        title: "記者會, 教育局",
        startsAt: new Date("2027-04-02T02:00:00Z"),
        endsAt: null,
        place: "添馬, 政府總部",
        notes: null,
        links: ["https://gov.example/a"],
      },
    ],
    eventUrl: () => "https://news.example/newsroom/planning/events?week=2027-04-02",
  });
}

describe("the planning calendar", () => {
  it("parses with a real parser and round-trips Chinese text, commas and newlines", () => {
    const text = build();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(events).toHaveLength(2);
    const deadline = new ICAL.Event(events[0]!);
    expect(deadline.uid).toBe("assignment-a1@galley");
    expect(deadline.summary).toBe(`截稿 Deadline: ${headline} (攝影 Photographer)`);
    expect(deadline.startDate.toJSDate().toISOString()).toBe("2027-04-02T09:30:00.000Z");
    expect(deadline.startDate.zone.tzid).toBe("UTC");
    expect(deadline.description).toBe(
      "第一行\n第二行\n\n帶長鏡頭; meet at gate 2, north side\n\nhttps://news.example/newsroom/planning/items/i1",
    );
    const event = new ICAL.Event(events[1]!);
    expect(event.uid).toBe("event-e1@galley");
    expect(event.location).toBe("添馬, 政府總部");
    expect(events[0]!.getFirstPropertyValue("dtstamp")).toBeTruthy();
  });

  it("folds lines at 75 octets without splitting a character, with CRLF endings", () => {
    const text = build();
    expect(text).toContain("\r\n");
    const lines = text.split("\r\n");
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).toContain("DESCRIPTION:第一行\\n第二行");
    expect(text).toContain("LOCATION:添馬\\, 政府總部");
  });
});
