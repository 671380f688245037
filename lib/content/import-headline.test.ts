import { describe, expect, it } from "vitest";
import { takeTitleLines } from "./import-headline";

describe("takeTitleLines", () => {
  it("takes a headline line, and a dek line under it, off the top", () => {
    expect(
      takeTitleLines(["德州部署疫情防控", "市委書記主持會議", "2月12日,市委召開會議。"]),
    ).toEqual({
      headline: "德州部署疫情防控",
      dek: "市委書記主持會議",
      rest: ["2月12日,市委召開會議。"],
    });
    expect(
      takeTitleLines(["Council backs new harbour plan", "The council voted on Monday."]),
    ).toEqual({
      headline: "Council backs new harbour plan",
      dek: null,
      rest: ["The council voted on Monday."],
    });
  });

  it("leaves running text, datelines, credit lines and a lone line in the body", () => {
    for (const lines of [
      ["2月12日,市委召開會議。", "第二段。"],
      ["新華社北京2月12日電", "第二段。"],
      ["記者｜王賀", "第二段。"],
      ["By Wang He", "The council voted."],
      ["The council met. It voted", "Second."],
      ["德州部署疫情防控"],
    ]) {
      expect(takeTitleLines(lines)).toEqual({ headline: null, dek: null, rest: lines });
    }
  });
});
