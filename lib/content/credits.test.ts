import { describe, expect, it } from "vitest";
import { formatCreditGroup, formatCredits, groupCredits, type CreditEntry } from "./credits";

const sample: CreditEntry[] = [
  { name: "德州日報新媒體", role: "PRODUCER", kind: "ORGANIZATION" },
  { name: "王賀", role: "REPORTER" },
  { name: "李榕", role: "EDITOR" },
];

describe("credits", () => {
  it("prints Chinese credits in the newspaper's style", () => {
    expect(formatCredits(sample, "zh-Hant")).toBe("德州日報新媒體出品　記者｜王賀　編輯｜李榕");
    expect(formatCredits(sample, "zh-Hans")).toBe("德州日報新媒體出品　记者｜王賀　编辑｜李榕");
  });

  it("joins several people in one role with the enumeration comma", () => {
    const groups = groupCredits(
      [
        { name: "王賀", role: "REPORTER" },
        { name: "孫曉", role: "CORRESPONDENT" },
        { name: "李猛", role: "REPORTER" },
      ],
      "zh-Hant",
    );
    expect(groups.map((group) => formatCreditGroup(group, "zh-Hant"))).toEqual([
      "記者｜王賀、李猛",
      "通訊員｜孫曉",
    ]);
  });

  it("prints English credits with By first and the desk credits after", () => {
    const credits: CreditEntry[] = [
      { name: "Jane Okafor", role: "REPORTER" },
      { name: "Tom Lindqvist", role: "CORRESPONDENT" },
      { name: "Li Wei", role: "PHOTOGRAPHER" },
      { name: "Maria Santos", role: "EDITOR" },
    ];
    expect(formatCredits(credits, "en")).toBe(
      "By Jane Okafor and Tom Lindqvist. Photo: Li Wei. Edited by Maria Santos",
    );
  });
});
