// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { countDoc } from "./count";
import { docToPlainText, type Doc } from "./doc";
import { editorExtensions } from "./editor-extensions";
import { SuggestMode } from "./suggest-mode";
import { isSuggestionId, newSuggestionId, suggestionOrigin } from "./suggestion-marks";
import {
  decideSuggestions,
  hasSuggestions,
  listSuggestions,
  withoutSuggestions,
} from "./suggestions";
import { validateDoc } from "./validate-doc";

const PROOFREADER = "0b7e8c1a-4d2f-4c8e-9a1b-2f3c4d5e6f70";
const EDITOR = "5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
const TEXT = "德州日報記者報導，全市春耕進度過半。";
let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(userId: string, content: Doc = paragraphs(TEXT)) {
  editor = new Editor({
    extensions: [...editorExtensions(), SuggestMode.configure({ userId })],
    content,
  });
  return editor;
}

function paragraphs(...texts: string[]): Doc {
  return {
    type: "doc",
    content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/** Replaces the `index`th occurrence of `from` with `to`, as typing over a selection does. */
function replace(e: Editor, from: string, to: string) {
  const at = e.getText().indexOf(from) + 1; // one paragraph: positions are text offsets + 1
  e.chain()
    .setTextSelection({ from: at, to: at + from.length })
    .insertContent(to)
    .run();
}

describe("suggestion mode", () => {
  it("turns a proofreader's replacement into one suggestion, with author and time, that the text does not contain yet", () => {
    const e = open(PROOFREADER);
    e.commands.setSuggestMode(true);
    replace(e, "報導", "報道");
    const doc = e.getJSON() as Doc;

    const [suggestion, ...more] = listSuggestions(doc);
    expect(more).toEqual([]);
    expect(suggestion).toMatchObject({ authorId: PROOFREADER, deleted: "報導", inserted: "報道" });
    expect(Date.now() - suggestion!.at!.getTime()).toBeLessThan(5_000);
    // Readers, counts and search see the text as it was until someone accepts it.
    expect(docToPlainText(doc)).toBe(TEXT);
    expect(docToPlainText(withoutSuggestions(doc))).toBe(TEXT);
    expect(e.getHTML()).toContain("<del");
    expect(e.getHTML()).toContain("<ins");

    expect(docToPlainText(decideSuggestions(doc, [suggestion!.id], "accept"))).toBe(
      TEXT.replace("報導", "報道"),
    );
    const rejected = decideSuggestions(doc, [suggestion!.id], "reject");
    expect(docToPlainText(rejected)).toBe(TEXT);
    expect(hasSuggestions(rejected)).toBe(false);
  });

  it("keeps two suggestions apart, so one can be accepted and the other rejected", () => {
    const e = open(PROOFREADER);
    e.commands.setSuggestMode(true);
    replace(e, "報導", "報道");
    replace(e, "過半", "超過一半");
    const doc = e.getJSON() as Doc;
    const [first, second] = listSuggestions(doc);
    expect([first?.inserted, second?.inserted]).toEqual(["報道", "超過一半"]);

    const decided = decideSuggestions(
      decideSuggestions(doc, [first!.id], "reject"),
      [second!.id],
      "accept",
    );
    expect(docToPlainText(decided)).toBe("德州日報記者報導，全市春耕進度超過一半。");
    expect(hasSuggestions(decided)).toBe(false);
  });

  it("accepts every suggestion at once, a proposed new paragraph included", () => {
    const e = open(EDITOR);
    e.commands.setSuggestMode(true);
    e.chain().focus("end").splitBlock().insertContent("編輯：王賀").run();
    const doc = e.getJSON() as Doc;
    expect(docToPlainText(withoutSuggestions(doc))).toBe(TEXT);
    expect(countDoc(doc)).toEqual(countDoc(paragraphs(TEXT)));
    expect(docToPlainText(decideSuggestions(doc, "all", "accept"))).toBe(`${TEXT}\n編輯：王賀`);
    expect(docToPlainText(decideSuggestions(doc, "all", "reject"))).toBe(TEXT);
  });

  it("marks a proposed paragraph break with a pilcrow, kept while typing elsewhere and gone once decided", () => {
    const e = open(EDITOR, paragraphs(TEXT, "農業部門負責人介紹。"));
    e.commands.setSuggestMode(true);
    e.chain().setTextSelection(8).splitBlock().run();
    const pilcrows = () => e.view.dom.textContent!.split("¶").length - 1;
    expect(pilcrows()).toBe(1);
    e.commands.setSuggestMode(false);
    e.chain().focus("end").insertContent("今年提前一周。").run();
    expect(pilcrows()).toBe(1);
    e.commands.setContent(decideSuggestions(e.getJSON() as Doc, "all", "reject"));
    expect(pilcrows()).toBe(0);
  });

  it("keeps each person's suggestion in their own name, even typed right against another's", () => {
    const e = open(PROOFREADER);
    e.commands.setSuggestMode(true);
    e.chain().focus("end").insertContent("甲").run();
    const proofreaders = e.getJSON() as Doc;
    e.destroy();
    const other = open(EDITOR, proofreaders);
    other.commands.setSuggestMode(true);
    other.chain().focus("end").insertContent("乙").run();
    other.chain().setTextSelection({ from: 1, to: 3 }).insertContent("德").run();
    const suggestions = listSuggestions(other.getJSON());
    expect(
      suggestions.map(({ authorId, inserted, deleted }) => [authorId, inserted, deleted]),
    ).toEqual([
      [EDITOR, "德", "德州"],
      [PROOFREADER, "甲", ""],
      [EDITOR, "乙", ""],
    ]);
  });

  it("leaves typing alone when it is off, and others' changes and comments alone when it is on", () => {
    const e = open(EDITOR);
    replace(e, "報導", "報道");
    expect(hasSuggestions(e.getJSON())).toBe(false);
    e.commands.setSuggestMode(true);
    e.chain()
      .setTextSelection({ from: 1, to: 3 })
      .setComment(PROOFREADER.replace("0b", "1c"))
      .run();
    expect(hasSuggestions(e.getJSON())).toBe(false);
  });

  it("stores as a valid Galley body; a forged author or a bad attribute is refused", () => {
    const e = open(PROOFREADER);
    e.commands.setSuggestMode(true);
    replace(e, "報導", "報道");
    const doc = e.getJSON() as Doc;
    expect(validateDoc(doc).ok).toBe(true);

    const forged = JSON.parse(JSON.stringify(doc).replaceAll(PROOFREADER, "someone")) as Doc;
    const result = validateDoc(forged);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(/insertion|deletion/);
  });

  it("makes ids that name their author and time", () => {
    const id = newSuggestionId(EDITOR, Date.UTC(2026, 11, 6));
    expect(isSuggestionId(id)).toBe(true);
    expect(suggestionOrigin(id)).toEqual({ authorId: EDITOR, at: new Date(Date.UTC(2026, 11, 6)) });
    expect(isSuggestionId(`${EDITOR}:x`)).toBe(false);
  });
});
