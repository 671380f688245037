import { describe, expect, it } from "vitest";
import type { Doc } from "./doc";
import { mergeDocs } from "./merge-docs";

const p = (text: string) => ({
  type: "paragraph" as const,
  content: [{ type: "text" as const, text }],
});
const doc = (...texts: string[]): Doc => ({ type: "doc", content: texts.map(p) });

describe("mergeDocs", () => {
  it("keeps both people's new paragraphs, each after the paragraph it followed", () => {
    const base = ["第一段。", "第二段。"];
    const theirs = doc(base[0]!, "他們加的段落。", base[1]!);
    const mine = doc(base[0]!, base[1]!, "我加的段落。");
    expect(mergeDocs(theirs, mine)).toEqual(
      doc("第一段。", "他們加的段落。", "第二段。", "我加的段落。"),
    );
  });

  it("keeps an edited paragraph from both sides rather than choosing one", () => {
    const merged = mergeDocs(doc("They wrote this."), doc("I wrote this."));
    expect(merged).toEqual(doc("They wrote this.", "I wrote this."));
  });

  it("does not double what both have", () => {
    expect(mergeDocs(doc("A", "B"), doc("A", "B"))).toEqual(doc("A", "B"));
  });
});
