// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { findCommentIds } from "./comment-marks";
import { editorExtensions } from "./editor-extensions";
import { validateDoc } from "./validate-doc";

const FIRST = "0b7e8c1a-4d2f-4c8e-9a1b-2f3c4d5e6f70";
const SECOND = "5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(text: string) {
  editor = new Editor({
    extensions: editorExtensions(),
    content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
  });
  return editor;
}

/** The text each comment covers, from the editor's JSON. */
function covered(json: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: {
    text?: string;
    marks?: { type: string; attrs?: { commentId?: string } }[];
    content?: unknown[];
  }) => {
    for (const mark of node.marks ?? [])
      if (mark.type === "comment" && mark.attrs?.commentId)
        out[mark.attrs.commentId] = (out[mark.attrs.commentId] ?? "") + (node.text ?? "");
    (node.content as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(json as Parameters<typeof walk>[0]);
  return out;
}

describe("the editor's comment commands", () => {
  it("mark the selection, render a span with the id, and let two comments overlap", () => {
    const e = open("The council met on Monday.");
    e.chain().setTextSelection({ from: 5, to: 12 }).setComment(FIRST).run(); // "council"
    e.chain().setTextSelection({ from: 1, to: 12 }).setComment(SECOND).run(); // "The council"
    expect(covered(e.getJSON())).toEqual({ [FIRST]: "council", [SECOND]: "The council" });
    expect(e.getHTML()).toContain(`data-comment-id="${FIRST}"`);
    expect(e.getHTML()).toContain('class="comment-highlight"');
    expect(validateDoc(e.getJSON()).ok).toBe(true);
  });

  it("refuse an empty selection, and unsetComment removes only that comment", () => {
    const e = open("The council met on Monday.");
    expect(e.chain().setTextSelection(3).setComment(FIRST).run()).toBe(false);
    e.chain().setTextSelection({ from: 5, to: 12 }).setComment(FIRST).run();
    e.chain().setTextSelection({ from: 1, to: 12 }).setComment(SECOND).run();
    e.commands.unsetComment(SECOND);
    expect(findCommentIds(e.getJSON())).toEqual([FIRST]);
    expect(covered(e.getJSON())).toEqual({ [FIRST]: "council" });
  });

  it("keep the range while text is typed before it and at its edges", () => {
    const e = open("The council met on Monday.");
    e.chain().setTextSelection({ from: 20, to: 26 }).setComment(FIRST).run(); // "Monday"
    e.chain().setTextSelection(26).insertContent(" night").run();
    e.chain().setTextSelection(20).insertContent("late ").run();
    e.chain().setTextSelection(1).insertContent("Update: ").run();
    expect(e.getText()).toBe("Update: The council met on late Monday night.");
    expect(covered(e.getJSON())).toEqual({ [FIRST]: "Monday" });
  });

  it("parse only well-formed ids from pasted HTML", () => {
    const e = open("x");
    e.commands.setContent(
      `<p><span data-comment-id="${FIRST}">kept</span> <span data-comment-id="nope">dropped</span></p>`,
    );
    expect(covered(e.getJSON())).toEqual({ [FIRST]: "kept" });
  });
});
