import { describe, expect, it } from "vitest";
import type { BlockNode, Doc } from "./doc";
import { mergeBlockText, mergeDocs } from "./merge-docs";

const p = (text: string): BlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...texts: string[]): Doc => ({ type: "doc", content: texts.map(p) });
const texts = (merged: Doc) =>
  merged.content.map((block) =>
    block.type === "paragraph"
      ? (block.content ?? []).map((n) => ("text" in n ? n.text : "")).join("")
      : block.type,
  );

const base = doc("第一段：市委召開會議。", "第二段：部署防控工作。", "第三段：要求各部門落實。");

describe("mergeDocs (three-way, against the version both started from)", () => {
  it("takes each person's change to a different paragraph, once", () => {
    const mine = doc(
      "第一段：市委今天召開會議。",
      "第二段：部署防控工作。",
      "第三段：要求各部門落實。",
    );
    const theirs = doc(
      "第一段：市委召開會議。",
      "第二段：部署防控工作。",
      "第三段：要求各部門立即落實。",
    );
    const merged = mergeDocs(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(texts(merged.doc)).toEqual([
      "第一段：市委今天召開會議。",
      "第二段：部署防控工作。",
      "第三段：要求各部門立即落實。",
    ]);
  });

  it("keeps both people's new paragraphs, each where it was added", () => {
    const theirs = doc(
      "第一段：市委召開會議。",
      "他們加的段落。",
      "第二段：部署防控工作。",
      "第三段：要求各部門落實。",
    );
    const mine = doc(
      "第一段：市委召開會議。",
      "第二段：部署防控工作。",
      "第三段：要求各部門落實。",
      "我加的段落。",
    );
    const merged = mergeDocs(base, mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(texts(merged.doc)).toEqual([
      "第一段：市委召開會議。",
      "他們加的段落。",
      "第二段：部署防控工作。",
      "第三段：要求各部門落實。",
      "我加的段落。",
    ]);
  });

  it("merges different words of the same paragraph (Chinese and English)", () => {
    const zh = mergeDocs(
      doc("市委召開會議，部署防控工作。"),
      doc("市委今天召開會議，部署防控工作。"),
      doc("市委召開會議，部署疫情防控工作。"),
    );
    expect(zh.conflicts).toEqual([]);
    expect(texts(zh.doc)).toEqual(["市委今天召開會議，部署疫情防控工作。"]);
    const en = mergeBlockText(
      p("The council met on Monday."),
      p("The city council met on Monday."),
      p("The council met on Tuesday."),
    );
    expect(en).toEqual(p("The city council met on Tuesday."));
  });

  it("marks the same words changed differently as a conflict, mine then theirs, and doubles nothing", () => {
    const mine = doc(
      "第一段：市委召開會議。",
      "第二段：全面部署防控工作。",
      "第三段：要求各部門落實。",
    );
    const theirs = doc(
      "第一段：市委召開會議。",
      "第二段：統籌部署防控工作。",
      "第三段：要求各部門落實。",
    );
    const merged = mergeDocs(base, mine, theirs);
    expect(merged.conflicts).toEqual([{ start: 1, mine: 1, theirs: 1 }]);
    expect(texts(merged.doc)).toEqual([
      "第一段：市委召開會議。",
      "第二段：全面部署防控工作。",
      "第二段：統籌部署防控工作。",
      "第三段：要求各部門落實。",
    ]);
  });

  it("a paragraph one person deleted and the other edited is a conflict; deleted untouched is deleted", () => {
    const mine = doc("第一段：市委召開會議。", "第三段：要求各部門落實。");
    const theirs = doc(
      "第一段：市委召開會議。",
      "第二段：部署疫情防控工作。",
      "第三段：要求各部門落實。",
    );
    expect(mergeDocs(base, mine, theirs).conflicts).toEqual([{ start: 1, mine: 0, theirs: 1 }]);
    const untouched = mergeDocs(base, mine, base);
    expect(untouched.conflicts).toEqual([]);
    expect(texts(untouched.doc)).toEqual(["第一段：市委召開會議。", "第三段：要求各部門落實。"]);
  });

  it("does not merge inside formatted text, and does not double what both have", () => {
    const bold: BlockNode = {
      type: "paragraph",
      content: [{ type: "text", text: "甲乙丙", marks: [{ type: "bold" }] }],
    };
    const boldMine: BlockNode = {
      type: "paragraph",
      content: [{ type: "text", text: "甲甲乙丙", marks: [{ type: "bold" }] }],
    };
    const boldTheirs: BlockNode = {
      type: "paragraph",
      content: [{ type: "text", text: "甲乙丙丙", marks: [{ type: "bold" }] }],
    };
    expect(mergeBlockText(bold, boldMine, boldTheirs)).toBeNull();
    expect(mergeDocs(base, doc("A", "B"), doc("A", "B"))).toEqual({
      doc: doc("A", "B"),
      conflicts: [],
    });
  });

  it("sees the stored and the editor's JSON of an untouched paragraph as the same", () => {
    const stored: Doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "測試正文。" }] }],
    };
    const edited = (text: string): Doc => ({
      type: "doc",
      content: [
        {
          content: [{ text: "測試正文。", type: "text", marks: [] }],
          type: "paragraph",
          attrs: { textAlign: null },
        } as unknown as BlockNode,
        p(text),
      ],
    });
    const merged = mergeDocs(stored, edited("編輯加上的一段。"), edited("記者補充的一段。"));
    expect(merged.conflicts).toEqual([]);
    expect(texts(merged.doc)).toEqual(["測試正文。", "記者補充的一段。", "編輯加上的一段。"]);
  });

  it("without the base, every difference is a conflict", () => {
    const merged = mergeDocs(null, doc("同一段。", "我的。"), doc("同一段。", "他們的。"));
    expect(merged.conflicts).toEqual([{ start: 1, mine: 1, theirs: 1 }]);
    expect(texts(merged.doc)).toEqual(["同一段。", "我的。", "他們的。"]);
  });
});
