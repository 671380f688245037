import { describe, expect, it } from "vitest";
import { parseDateline, suggestHeadline } from "./dateline";

describe("parseDateline", () => {
  it("reads a leading date and strips it with its comma", () => {
    expect(parseDateline("2月12日,市委召開會議,研究部署工作。")).toEqual({
      dateline: { date: { month: 2, day: 12 } },
      rest: "市委召開會議,研究部署工作。",
    });
    expect(parseDateline("2月12日，市委召開會議。").rest).toBe("市委召開會議。");
    expect(parseDateline("２月１２日，市委召開會議。").dateline).toEqual({
      date: { month: 2, day: 12 },
    });
  });

  it("strips 本報訊 with or without a credit in brackets", () => {
    expect(parseDateline("本報訊 市委召開會議。")).toEqual({
      dateline: {},
      rest: "市委召開會議。",
    });
    expect(parseDateline("本報訊（記者 王賀）2月12日，市委召開會議。")).toEqual({
      dateline: { date: { month: 2, day: 12 } },
      rest: "市委召開會議。",
    });
  });

  it("reads agency, place and date", () => {
    expect(parseDateline("新華社北京2月12日電（記者 王賀）國務院召開會議。")).toEqual({
      dateline: { place: "北京", date: { month: 2, day: 12 } },
      rest: "國務院召開會議。",
    });
    expect(parseDateline("本報德州2月12日訊 市委召開會議。").dateline).toEqual({
      place: "德州",
      date: { month: 2, day: 12 },
    });
  });

  it("reads an English wire dateline", () => {
    expect(parseDateline("BEIJING (Reuters) — China said on Wednesday it would act.")).toEqual({
      dateline: { place: "BEIJING" },
      rest: "China said on Wednesday it would act.",
    });
    expect(parseDateline("NEW YORK, Feb 12 (AP) - Stocks rose.").dateline).toEqual({
      place: "NEW YORK",
      date: { month: 2, day: 12 },
    });
  });

  it("ignores impossible dates and text without a dateline", () => {
    expect(parseDateline("13月40日,不是日期。").dateline).toEqual({});
    expect(parseDateline("市委召開會議。")).toEqual({ dateline: {}, rest: "市委召開會議。" });
    expect(parseDateline("I said — nothing.").dateline).toEqual({});
  });

  it("reads through pinyin annotations", () => {
    expect(parseDateline("2月12日,市委召開(kāi)會(huì)議。").rest).toBe("市委召開會議。");
  });
});

describe("suggestHeadline", () => {
  it("takes the first clause after the dateline", () => {
    expect(suggestHeadline("2月12日，市委召開會議，研究部署工作。")).toBe("市委召開會議");
    expect(suggestHeadline("本報訊 全市復工率達九成。其餘企業下週復工。")).toBe("全市復工率達九成");
    expect(
      suggestHeadline("BEIJING (Reuters) - China said on Wednesday it would act. More later."),
    ).toBe("China said on Wednesday it would act");
  });

  it("is empty for an empty lead and capped for a lead without punctuation", () => {
    expect(suggestHeadline("")).toBe("");
    expect(Array.from(suggestHeadline("長".repeat(300)))).toHaveLength(100);
  });
});
