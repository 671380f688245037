import { describe, expect, it } from "vitest";
import { findCommentIds, isCommentId, stripCommentMarks } from "./comment-marks";
import type { Doc } from "./doc";
import { galleySchema } from "./editor-extensions";
import { renderDocToHtml } from "./render-html";
import { validateDoc } from "./validate-doc";

const ID = "0b7e8c1a-4d2f-4c8e-9a1b-2f3c4d5e6f70";
const OTHER = "5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
const comment = (commentId: string) => ({ type: "comment", attrs: { commentId } });
const text = (value: string, marks?: unknown[]) =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const doc = (...content: unknown[]) => ({ type: "doc", content }) as unknown as Doc;
const p = (...content: unknown[]) => ({ type: "paragraph", content });

const commented = doc(
  p(
    text("The council met on "),
    text("Monday", [comment(ID)]),
    text(" and ", [{ type: "bold" }]),
    text("again", [{ type: "bold" }, comment(OTHER)]),
    text("."),
  ),
  { type: "blockquote", content: [p(text("quoted", [comment(ID), { type: "italic" }]))] },
);

describe("stripCommentMarks", () => {
  it("removes every comment mark, keeps the other formatting and joins the text runs again", () => {
    expect(stripCommentMarks(commented)).toEqual(
      doc(p(text("The council met on Monday"), text(" and again", [{ type: "bold" }]), text(".")), {
        type: "blockquote",
        content: [p(text("quoted", [{ type: "italic" }]))],
      }),
    );
  });

  it("leaves the input unchanged and a document without comments equal", () => {
    const before = JSON.stringify(commented);
    stripCommentMarks(commented);
    expect(JSON.stringify(commented)).toBe(before);
    const plain = doc(p(text("a", [{ type: "bold" }])), { type: "horizontalRule" });
    expect(stripCommentMarks(plain)).toEqual(plain);
  });

  it("leaves a valid document valid", () => {
    const result = validateDoc(stripCommentMarks(commented));
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain("comment");
  });
});

describe("findCommentIds", () => {
  it("lists each marked comment once, in document order", () => {
    expect(findCommentIds(commented)).toEqual([ID, OTHER]);
    expect(findCommentIds(null)).toEqual([]);
  });
});

describe("the comment mark", () => {
  it("is part of the schema and accepted with a UUID", () => {
    expect(galleySchema().marks.comment).toBeDefined();
    const result = validateDoc(commented);
    expect(result.ok).toBe(true);
    if (result.ok) expect(findCommentIds(result.doc)).toEqual([ID, OTHER]);
  });

  it("is refused with an id that is not a UUID, or without one, or with extra attributes", () => {
    for (const attrs of [
      { commentId: "1; drop table" },
      { commentId: `${ID}x` },
      { commentId: 42 },
      {},
    ]) {
      const result = validateDoc(doc(p(text("x", [{ type: "comment", attrs }]))));
      expect(result).toEqual({
        ok: false,
        code: "INVALID_DOCUMENT",
        message: "The formatting “comment” has an invalid value for “commentId”.",
      });
    }
    const extra = validateDoc(
      doc(p(text("x", [{ type: "comment", attrs: { commentId: ID, author: "x" } }]))),
    );
    expect(extra).toMatchObject({ ok: false, code: "INVALID_DOCUMENT" });
  });

  it("lets two comments overlap on the same text", () => {
    const result = validateDoc(doc(p(text("both", [comment(ID), comment(OTHER)]))));
    expect(result.ok).toBe(true);
  });

  it("never reaches the reader's HTML", () => {
    const html = renderDocToHtml(commented);
    expect(html).toBe(
      "<p>The council met on Monday<strong> and </strong><strong>again</strong>.</p>" +
        "<blockquote><p><em>quoted</em></p></blockquote>",
    );
    expect(html).not.toContain("data-comment-id");
  });

  it("accepts only well-formed ids as ids", () => {
    expect(isCommentId(ID)).toBe(true);
    expect(isCommentId(ID.toUpperCase())).toBe(true);
    expect(isCommentId("not-a-uuid")).toBe(false);
    expect(isCommentId(undefined)).toBe(false);
  });
});

describe("an inline comment's range while the text around it is edited", () => {
  it("stays on the same words when text is typed before, after and at its edges", async () => {
    const { EditorState } = await import("@tiptap/pm/state");
    const { Node: PMNode } = await import("@tiptap/pm/model");
    const schema = galleySchema();
    let state = EditorState.create({
      doc: PMNode.fromJSON(
        schema,
        doc(p(text("The council met on "), text("Monday", [comment(ID)]), text("."))),
      ),
    });
    const marked = () => {
      const parts: string[] = [];
      state.doc.descendants((node) => {
        if (node.marks.some((mark) => mark.type.name === "comment")) parts.push(node.text ?? "");
      });
      return parts.join("");
    };
    const start = 1 + "The council met on ".length;
    // Typing just before and just after the range does not widen it (the mark is not inclusive).
    state = state.apply(state.tr.insertText("late ", start));
    state = state.apply(state.tr.insertText(" night", start + "late Monday".length));
    // Typing at the start of the paragraph moves it along.
    state = state.apply(state.tr.insertText("Update: ", 1));
    expect(state.doc.textContent).toBe("Update: The council met on late Monday night.");
    expect(marked()).toBe("Monday");
    expect(findCommentIds(state.doc.toJSON())).toEqual([ID]);
  });
});
