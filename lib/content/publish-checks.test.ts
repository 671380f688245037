import { describe, expect, it } from "vitest";
import { countBodyDamage } from "./body-damage";
import {
  ALT_TEXT_ONLY,
  describeFailure,
  evaluatePublishChecks,
  PUBLISH_CHECK_IDS,
  readPublishChecks,
  RECOMMENDED_CHECKS,
  type PublishFacts,
} from "./publish-checks";

const passing: PublishFacts = {
  headline: "市政府公布新預算",
  dek: "議會下週審議",
  bylineCount: 1,
  sectionId: "0193a5b0-0000-7000-8000-000000000001",
  damageSpots: 0,
  imagesWithoutAlt: [],
  openComments: 0,
  openSuggestions: 0,
  stagesPassed: true,
};

const failing = (facts: Partial<PublishFacts>, limit = 30) =>
  evaluatePublishChecks(
    { ...passing, ...facts },
    { ...RECOMMENDED_CHECKS, headlineLimit: limit },
  ).filter((result) => !result.ok);

describe("evaluatePublishChecks", () => {
  it("passes every check on a complete story, in checklist order", () => {
    const results = evaluatePublishChecks(passing, RECOMMENDED_CHECKS);
    expect(results.map((result) => result.id)).toEqual([...PUBLISH_CHECK_IDS]);
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it("names the images without alt text", () => {
    expect(failing({ imagesWithoutAlt: ["封面", "DSC_0412.jpg"] })).toEqual([
      { id: "altText", ok: false, images: ["封面", "DSC_0412.jpg"] },
    ]);
  });

  it("fails on damage spots", () => {
    expect(failing({ damageSpots: 2 })).toEqual([{ id: "damage", ok: false, count: 2 }]);
  });

  it("counts open inline comments", () => {
    expect(failing({ openComments: 3 })).toEqual([{ id: "comments", ok: false, count: 3 }]);
  });

  it("counts suggestions waiting for a decision", () => {
    expect(failing({ openSuggestions: 2 })).toEqual([{ id: "suggestions", ok: false, count: 2 }]);
    expect(describeFailure(failing({ openSuggestions: 2 })[0]!)).toBe(
      "No suggestions waiting (2 found)",
    );
  });

  it("counts the headline the CJK way: a Han character or a Latin word is one", () => {
    // 9 Han characters + "COVID-19" (one word) = 10 units, though 17 code units long.
    const headline = "德州公布COVID-19新防疫措施";
    expect(failing({ headline }, 10)).toEqual([]);
    expect(failing({ headline }, 9)).toEqual([
      { id: "headlineLength", ok: false, length: 10, limit: 9 },
    ]);
  });

  it("fails a blank dek, no byline, no section and stages not passed", () => {
    expect(
      failing({ dek: "   ", bylineCount: 0, sectionId: null, stagesPassed: false }).map(
        (result) => result.id,
      ),
    ).toEqual(["dek", "byline", "section", "stages"]);
    expect(failing({ dek: null }).map((result) => result.id)).toEqual(["dek"]);
  });

  it("applies only the configured checks", () => {
    const results = evaluatePublishChecks(
      { ...passing, dek: "", imagesWithoutAlt: ["封面"] },
      ALT_TEXT_ONLY,
    );
    expect(results).toEqual([{ id: "altText", ok: false, images: ["封面"] }]);
  });

  it("describes each failure in English with what fails", () => {
    const described = failing(
      { headline: "一二三四五六", imagesWithoutAlt: ["封面"], openComments: 2 },
      5,
    ).map(describeFailure);
    expect(described).toEqual([
      "Image alt text (“封面”)",
      "No unresolved inline comments (2 found)",
      "Headline length (6 of 5 characters)",
    ]);
  });
});

describe("countBodyDamage", () => {
  const body = (text: string) => ({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

  it("counts damage spots in the body's text", () => {
    expect(countBodyDamage(body("各級黨委?府要強化屬地責任，德州日??新媒體"))).toBe(2);
    expect(countBodyDamage(body("市委書記李猛主持並講話。"))).toBe(0);
  });

  it("finds none in something that is not a document", () => {
    for (const junk of [null, "正文", { type: "doc" }, { content: "x" }]) {
      expect(countBodyDamage(junk)).toBe(0);
    }
  });
});

describe("readPublishChecks", () => {
  it("reads null, and anything that is not a checklist, as alt text only", () => {
    for (const junk of [null, undefined, 3, "dek", [], ["dek"], {}, { checks: "dek" }]) {
      expect(readPublishChecks(junk), JSON.stringify(junk)).toEqual(ALT_TEXT_ONLY);
    }
  });

  it("keeps the known checks in checklist order and drops the rest", () => {
    expect(
      readPublishChecks({ checks: ["stages", "bogus", 7, "dek", "dek"], headlineLimit: 24 }),
    ).toEqual({ checks: ["dek", "stages"], headlineLimit: 24 });
    expect(readPublishChecks({ checks: [], headlineLimit: 24 })).toEqual({
      checks: [],
      headlineLimit: 24,
    });
  });

  it("replaces a limit that is not a whole number in range with the default", () => {
    for (const headlineLimit of [0, -3, 2.5, "30", 10_000, null]) {
      expect(readPublishChecks({ checks: ["headlineLength"], headlineLimit }).headlineLimit).toBe(
        RECOMMENDED_CHECKS.headlineLimit,
      );
    }
  });
});
