import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { Doc } from "./doc";
import { textToDoc } from "./plain-text";
import { DOC_LIMITS, validateDoc } from "./validate-doc";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, marks });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const linked = (href: string, extra: object = {}) =>
  doc(p(text("here", [{ type: "link", attrs: { href, ...extra } }])));

function refusal(input: unknown) {
  const result = validateDoc(input);
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

/** Every node type and mark Galley has, as the editor would send it. */
const everything = doc(
  { type: "heading", attrs: { level: 2 }, content: [text("標題")] },
  { type: "heading", attrs: { level: 3 }, content: [text("小標")] },
  p(
    text("粗", [{ type: "bold" }, { type: "italic" }, { type: "underline" }, { type: "strike" }]),
    { type: "ruby", attrs: { base: "領", reading: "lǐng" } },
    { type: "hardBreak" },
    text("link", [
      {
        type: "link",
        attrs: { href: "https://example.com/a", target: null, rel: null, class: null, title: null },
      },
    ]),
  ),
  { type: "blockquote", content: [p(text("引文"))] },
  { type: "pullQuote", content: [text("金句")] },
  { type: "bulletList", content: [{ type: "listItem", content: [p(text("一"))] }] },
  {
    type: "orderedList",
    attrs: { start: 3, type: null },
    content: [{ type: "listItem", content: [p(text("三"))] }],
  },
  { type: "horizontalRule" },
  {
    type: "table",
    content: [
      {
        type: "tableRow",
        content: [
          {
            type: "tableHeader",
            attrs: { colspan: 2, rowspan: 1, colwidth: null, align: null },
            content: [p(text("頭"))],
          },
        ],
      },
      {
        type: "tableRow",
        content: [
          { type: "tableCell", content: [p(text("甲"))] },
          { type: "tableCell", attrs: { align: "right" }, content: [p(text("1"))] },
        ],
      },
    ],
  },
  p(),
);

describe("validateDoc accepts", () => {
  it("every node type and mark, returning ProseMirror's normalised JSON", () => {
    const result = validateDoc(everything);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [h2, , para, , , , list, , table] = result.doc.content;
    expect(h2).toEqual({
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: "標題" }],
    });
    // Links keep only their href; the editor's null target/rel/class/title are dropped.
    expect(para?.type === "paragraph" && para.content?.[3]).toEqual({
      type: "text",
      text: "link",
      marks: [{ type: "link", attrs: { href: "https://example.com/a" } }],
    });
    expect(list).toMatchObject({ type: "orderedList", attrs: { start: 3, type: null } });
    // Defaults are filled in: cells always carry TableKit's four attrs.
    expect(table).toMatchObject({
      content: [
        {},
        { content: [{ attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null } }, {}] },
      ],
    });
  });

  it("Tiptap's default link attrs too, and leaves the result stable when validated again", () => {
    const first = validateDoc(
      linked(" https://example.com ", { target: "_blank", rel: "noopener noreferrer nofollow" }),
    );
    expect(first).toEqual({ ok: true, doc: linked("https://example.com") });
    expect(validateDoc(first.ok ? first.doc : null)).toEqual(first);
  });

  it("mailto and http links", () => {
    expect(validateDoc(linked("mailto:desk@example.com")).ok).toBe(true);
    expect(validateDoc(linked("http://example.com")).ok).toBe(true);
  });

  it("the sample article as imported from plain text", () => {
    const { doc: sample } = textToDoc(SAMPLE, { annotations: "ruby" });
    const result = validateDoc(sample);
    expect(result).toEqual({ ok: true, doc: sample });
  });
});

describe("validateDoc refuses", () => {
  it("unknown nodes, naming them", () => {
    expect(refusal(doc({ type: "script", content: [text("x")] }))).toEqual({
      ok: false,
      code: "INVALID_DOCUMENT",
      message: "The body contains an element Galley does not support: “script”.",
    });
    // Names every object has are not node types.
    expect(refusal(doc({ type: "constructor" })).code).toBe("INVALID_DOCUMENT");
    expect(refusal(doc({ type: "codeBlock", content: [text("x")] })).message).toContain(
      "“codeBlock”",
    );
  });

  it("unknown marks, naming them", () => {
    const result = refusal(doc(p(text("x", [{ type: "code" }]))));
    expect(result.code).toBe("INVALID_DOCUMENT");
    expect(result.message).toBe("The body contains formatting Galley does not support: “code”.");
  });

  it("unknown attributes, which ProseMirror alone would drop silently", () => {
    const result = refusal(doc({ type: "paragraph", attrs: { style: "color:red" } }));
    expect(result.message).toBe(
      "The element “paragraph” has an attribute Galley does not support: “style”.",
    );
    expect(refusal(linked("https://example.com", { onclick: "x()" })).message).toContain(
      "“onclick”",
    );
  });

  it("bad attribute values, such as a level-1 heading", () => {
    expect(
      refusal(doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] })).message,
    ).toBe("The element “heading” has an invalid value for “level”.");
    // Tiptap's heading defaults to level 1, so a heading without attrs is refused too.
    expect(refusal(doc({ type: "heading", content: [text("x")] })).code).toBe("INVALID_DOCUMENT");
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "JaVaScRiPt:alert(1)",
    " jAvAsCrIpT:alert(1)",
    "java\tscript:alert(1)",
    "/relative/path",
    "ftp://example.com",
  ])("the unsafe link %j", (href) => {
    const result = refusal(linked(href));
    expect(result.code).toBe("UNSAFE_LINK");
    expect(result.message).toMatch(
      /^Links may only use http, https or mailto; “.+” was refused\.$/,
    );
  });

  it("quotes a long href only in part", () => {
    const result = refusal(linked(`javascript:${"a".repeat(200)}`));
    expect(result.message).toBe(
      "Links may only use http, https or mailto; “javascript:aaaaaaaaa…” was refused.",
    );
    expect(refusal(linked(null as unknown as string)).code).toBe("UNSAFE_LINK");
  });

  it("bodies over 2 MB before looking further", () => {
    const big = doc(p(text("字".repeat(1024 * 1024))));
    expect(refusal(big)).toEqual({
      ok: false,
      code: "TOO_LARGE",
      message: "The body is larger than 2 MB; split the article or remove pasted material.",
    });
    // 3 MB of ASCII also trips the cheap length check; just under 2 MB of it passes.
    expect(refusal(doc(p(text("a".repeat(3 * 1024 * 1024))))).code).toBe("TOO_LARGE");
    expect(validateDoc(doc(p(text("a".repeat(2 * 1024 * 1024 - 200))))).ok).toBe(true);
  });

  it("nesting deeper than 40 levels", () => {
    let node: unknown = p(text("x"));
    for (let i = 0; i < 45; i++) node = { type: "blockquote", content: [node] };
    expect(refusal(doc(node)).message).toBe("The body is nested more than 40 levels deep.");
    let ok: unknown = p(text("x"));
    for (let i = 0; i < 30; i++) ok = { type: "blockquote", content: [ok] };
    expect(validateDoc(doc(ok)).ok).toBe(true);
  });

  it("more nodes than the limit (100,000; under 2 MB only a lower limit can be reached)", () => {
    const many = doc(...Array.from({ length: 5_000 }, () => p(text("x"))));
    expect(validateDoc(many).ok).toBe(true);
    expect(validateDoc(many, { ...DOC_LIMITS, maxNodes: 10_000 })).toEqual({
      ok: false,
      code: "INVALID_DOCUMENT",
      message: "The body has more than 10,000 elements; split the article.",
    });
    expect(DOC_LIMITS.maxNodes).toBe(100_000);
  });

  it.each([null, undefined, "doc", 42, [], [doc(p())], { type: "paragraph" }])(
    "the non-document %j",
    (input) => {
      expect(refusal(input).code).toBe("INVALID_DOCUMENT");
    },
  );

  it("structures the schema forbids, naming where", () => {
    expect(refusal(doc(text("bare"))).message).toBe(
      "The body puts elements where Galley does not allow them (inside “doc”).",
    );
    expect(refusal(doc()).code).toBe("INVALID_DOCUMENT");
    expect(refusal(doc(p(p(text("x"))))).message).toContain("“paragraph”");
    expect(refusal(doc({ type: "ruby", attrs: { base: "領", reading: "" } })).code).toBe(
      "INVALID_DOCUMENT",
    );
  });

  it("empty text nodes, malformed marks and cyclic input", () => {
    expect(refusal(doc(p({ type: "text", text: "" }))).code).toBe("INVALID_DOCUMENT");
    expect(refusal(doc(p(text("x", "bold" as unknown as unknown[])))).code).toBe(
      "INVALID_DOCUMENT",
    );
    const cyclic: Record<string, unknown> = { type: "doc" };
    cyclic.content = [cyclic];
    expect(refusal(cyclic).code).toBe("INVALID_DOCUMENT");
  });
});

// Keeps the fixture honest: it is a Doc as the types describe it.
const _typed: Doc = everything as Doc;
void _typed;

describe("validateDoc names bad values", () => {
  it("that ProseMirror's own attribute check finds", () => {
    expect(refusal(doc(p({ type: "ruby", attrs: { base: 1, reading: "x" } }))).message).toBe(
      "The element “ruby” has an invalid value for “base”.",
    );
  });

  it("in table cells and links", () => {
    const cell = (attrs: object) =>
      doc({
        type: "table",
        content: [{ type: "tableRow", content: [{ type: "tableCell", attrs, content: [p()] }] }],
      });
    expect(refusal(cell({ colspan: 0 })).message).toContain("“colspan”");
    expect(refusal(cell({ align: "justify" })).message).toContain("“align”");
    expect(refusal(linked("https://example.com", { target: 1 })).message).toBe(
      "The formatting “link” has an invalid value for “target”.",
    );
  });
});
