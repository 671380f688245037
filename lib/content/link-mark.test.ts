// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { editorExtensions } from "./editor-extensions";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(text = "") {
  editor = new Editor({
    extensions: editorExtensions(),
    content: {
      type: "doc",
      content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }],
    },
  });
  editor.commands.focus("end");
  return editor;
}

/** Types text the way the keyboard does: one character at a time, through the input rules. */
function type(target: Editor, text: string) {
  for (const character of text) {
    const { from, to } = target.state.selection;
    const handled = target.view.someProp("handleTextInput", (handler) =>
      handler(target.view, from, to, character, () =>
        target.state.tr.insertText(character, from, to),
      ),
    );
    if (!handled) target.view.dispatch(target.state.tr.insertText(character, from, to));
  }
}

type Inline = { text?: string; marks?: Array<{ type: string; attrs?: { href?: string } }> };

const links = (target: Editor) =>
  ((target.getJSON().content?.[0]?.content ?? []) as Inline[]).flatMap((node) =>
    (node.marks ?? [])
      .filter((mark) => mark.type === "link")
      .map((mark) => [node.text, mark.attrs?.href]),
  );

describe("the link mark", () => {
  it("links a typed http(s) URL when a space follows it, leaving closing punctuation out", () => {
    const target = open("詳見 ");
    type(target, "https://dezhou.example/news/1。 然後");
    expect(links(target)).toEqual([
      ["https://dezhou.example/news/1", "https://dezhou.example/news/1"],
    ]);
    expect(target.getText()).toBe("詳見 https://dezhou.example/news/1。 然後");
  });

  it("does not link bare domains or other schemes", () => {
    const target = open();
    type(target, "德州日報 dezhou.example javascript:alert(1) ftp://x.example ");
    expect(links(target)).toEqual([]);
  });

  it("sets and removes links through the toolbar's commands, refusing unsafe ones", () => {
    const target = open("德州日報");
    target.commands.selectAll();
    expect(target.commands.setLink({ href: "javascript:alert(1)" })).toBe(false);
    expect(links(target)).toEqual([]);
    expect(target.commands.setLink({ href: "mailto:news@dezhou.example" })).toBe(true);
    expect(links(target)).toEqual([["德州日報", "mailto:news@dezhou.example"]]);
    target.commands.unsetLink();
    expect(links(target)).toEqual([]);
  });

  it("keeps the attributes bodies stored by Tiptap's own link extension carry", () => {
    const target = new Editor({
      extensions: editorExtensions(),
      content: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "舊鏈接",
                marks: [
                  {
                    type: "link",
                    attrs: { href: "https://a.example", target: "_blank", rel: null, class: null },
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    editor = target;
    expect(target.getHTML()).toContain('href="https://a.example"');
    expect(links(target)).toEqual([["舊鏈接", "https://a.example"]]);
  });
});
