import { describe, expect, it } from "vitest";
import { findTextDamage } from "@/lib/content/text-damage";
import {
  buildSampleArticle,
  EDITOR_REPAIRS,
  readSampleText,
  repairSampleText,
} from "./sample-article";

describe("the sample article", () => {
  it("ships verbatim: 12 lines with the three damaged places the desk repairs", () => {
    const raw = readSampleText();
    expect(raw.trim().split("\n")).toHaveLength(12);
    for (const repair of EDITOR_REPAIRS) expect(raw).toContain(repair.damaged);
    expect(findTextDamage(raw).length).toBeGreaterThan(0);
  });

  it("has no damage left after the desk's repairs", () => {
    expect(findTextDamage(repairSampleText(readSampleText()))).toEqual([]);
  });

  it("imports as nine paragraphs, three credits and the lead's first clause as headline", () => {
    const sample = buildSampleArticle();
    expect(sample.doc.content).toHaveLength(9);
    expect(sample.credits).toEqual([
      { name: "德州日報新媒體", role: "PRODUCER", kind: "ORGANIZATION" },
      { name: "王賀", role: "REPORTER", kind: "PERSON" },
      { name: "李榕", role: "EDITOR", kind: "PERSON" },
    ]);
    expect(sample.headline).toBe("市新冠肺炎疫情防控工作領導小組召開會議");
    expect(sample.dateline.date).toEqual({ month: 2, day: 12 });
  });
});
