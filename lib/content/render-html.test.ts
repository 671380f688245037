import { describe, expect, it } from "vitest";
import type { Doc, InlineNode } from "./doc";
import { escapeHtml, renderDocToHtml, safeHref } from "./render-html";

const para = (...content: InlineNode[]): Doc => ({
  type: "doc",
  content: [{ type: "paragraph", content }],
});
const link = (href: string, text = "here"): Doc =>
  para({ type: "text", text, marks: [{ type: "link", attrs: { href } }] });
/** Lets a test send JSON that the types would refuse, as a malicious client could. */
const untrusted = (value: unknown) => value as Doc;

describe("renderDocToHtml", () => {
  it("renders paragraphs, headings, quotes, lists and rules", () => {
    const doc: Doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Two" }] },
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Three" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Line" },
            { type: "hardBreak" },
            { type: "text", text: "next" },
          ],
        },
        {
          type: "blockquote",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted" }] }],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "a" }] }],
            },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 3 },
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", content: [{ type: "text", text: "c" }] }],
            },
          ],
        },
        { type: "horizontalRule" },
        { type: "paragraph" },
      ],
    };
    expect(renderDocToHtml(doc)).toBe(
      "<h2>Two</h2><h3>Three</h3><p>Line<br>next</p><blockquote><p>Quoted</p></blockquote>" +
        '<ul><li><p>a</p></li></ul><ol start="3"><li><p>c</p></li></ol><hr><p></p>',
    );
  });

  it("renders marks, nested in a fixed order", () => {
    expect(
      renderDocToHtml(
        para(
          { type: "text", text: "b", marks: [{ type: "bold" }] },
          {
            type: "text",
            text: "all",
            marks: [
              { type: "strike" },
              { type: "italic" },
              { type: "underline" },
              { type: "bold" },
            ],
          },
        ),
      ),
    ).toBe("<p><strong>b</strong><strong><em><u><s>all</s></u></em></strong></p>");
  });

  it("renders safe links with rel=noopener noreferrer", () => {
    expect(renderDocToHtml(link("https://example.com/a?b=1&c=2"))).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">here</a></p>',
    );
    expect(renderDocToHtml(link("mailto:desk@example.com"))).toContain(
      'href="mailto:desk@example.com"',
    );
    expect(renderDocToHtml(link("http://example.com"))).toContain('href="http://example.com/"');
  });

  it("renders ruby with fallback parentheses", () => {
    expect(renderDocToHtml(para({ type: "ruby", attrs: { base: "領", reading: "lǐng" } }))).toBe(
      "<p><ruby>領<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby></p>",
    );
  });

  it("escapes script in text", () => {
    const html = renderDocToHtml(para({ type: "text", text: `<script>alert("x")</script> & 'q'` }));
    expect(html).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>");
    expect(html).not.toContain("<script");
  });

  it("never links javascript:, data: or relative hrefs, but keeps the text", () => {
    for (const href of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "\u0000javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "/relative/path",
      "//evil.example.com",
      "",
    ]) {
      const html = renderDocToHtml(link(href, "click"));
      expect(html, JSON.stringify(href)).toBe("<p>click</p>");
    }
  });

  it("cannot be broken out of an attribute by a quote in href or reading", () => {
    const href = renderDocToHtml(link('https://example.com/" onmouseover="alert(1)'));
    expect(href).not.toMatch(/"\s*onmouseover=/);
    expect(href).toContain("https://example.com/%22%20onmouseover=%22alert(1)");
    const ruby = renderDocToHtml(
      para({ type: "ruby", attrs: { base: "<b>領</b>", reading: '" onmouseover="alert(1)' } }),
    );
    expect(ruby).toBe(
      "<p><ruby>&lt;b&gt;領&lt;/b&gt;<rp>(</rp><rt>&quot; onmouseover=&quot;alert(1)</rt><rp>)</rp></ruby></p>",
    );
  });

  it("drops unknown nodes and marks instead of passing them through", () => {
    const html = renderDocToHtml(
      untrusted({
        type: "doc",
        content: [
          { type: "iframe", attrs: { src: "https://evil.example.com" } },
          { type: "html", content: "<script>alert(1)</script>" },
          {
            type: "paragraph",
            content: [
              { type: "image", attrs: { src: "x" } },
              { type: "text", text: "kept", marks: [{ type: "onclick" }] },
            ],
          },
          "not a node",
          null,
        ],
      }),
    );
    expect(html).toBe("<p>kept</p>");
  });

  it("survives malformed input", () => {
    expect(renderDocToHtml(untrusted(null))).toBe("");
    expect(renderDocToHtml(untrusted({ type: "paragraph" }))).toBe("");
    expect(renderDocToHtml(untrusted({ type: "doc", content: "nope" }))).toBe("");
    expect(
      renderDocToHtml(
        untrusted({ type: "doc", content: [{ type: "heading", attrs: { level: 1 } }] }),
      ),
    ).toBe("<h2></h2>");
    expect(
      renderDocToHtml(
        untrusted({
          type: "doc",
          content: [{ type: "orderedList", attrs: { start: '1"><script>' }, content: [] }],
        }),
      ),
    ).toBe("<ol></ol>");
    expect(
      renderDocToHtml(
        untrusted({
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: 42 }] }],
        }),
      ),
    ).toBe("<p></p>");
  });
});

describe("renderDocToHtml for pull quotes and tables", () => {
  it("renders a pull quote as an aside with its inline content", () => {
    const doc: Doc = {
      type: "doc",
      content: [
        {
          type: "pullQuote",
          content: [
            { type: "text", text: "同舟共濟", marks: [{ type: "bold" }] },
            { type: "ruby", attrs: { base: "濟", reading: "jì" } },
          ],
        },
        { type: "pullQuote" },
      ],
    };
    expect(renderDocToHtml(doc)).toBe(
      '<aside class="pull-quote"><strong>同舟共濟</strong><ruby>濟<rp>(</rp><rt>jì</rt><rp>)</rp></ruby></aside>' +
        '<aside class="pull-quote"></aside>',
    );
  });

  it("renders tables with th and td, spans only when above 1", () => {
    const cell = (text: string) => [
      { type: "paragraph" as const, content: [{ type: "text" as const, text }] },
    ];
    const doc: Doc = {
      type: "doc",
      content: [
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableHeader",
                  attrs: { colspan: 2, rowspan: 1, colwidth: [100, 80], align: "center" },
                  content: cell("城市"),
                },
              ],
            },
            {
              type: "tableRow",
              content: [
                { type: "tableHeader", attrs: { colspan: 1, rowspan: 2 }, content: cell("德州") },
                {
                  type: "tableCell",
                  attrs: { colspan: 1, rowspan: 1, colwidth: null },
                  content: cell("12"),
                },
              ],
            },
            { type: "tableRow", content: [{ type: "tableCell", content: cell("3") }] },
            { type: "tableRow" },
          ],
        },
      ],
    };
    expect(renderDocToHtml(doc)).toBe(
      "<table><tbody>" +
        '<tr><th colspan="2"><p>城市</p></th></tr>' +
        '<tr><th rowspan="2"><p>德州</p></th><td><p>12</p></td></tr>' +
        "<tr><td><p>3</p></td></tr>" +
        "<tr></tr>" +
        "</tbody></table>",
    );
  });

  it("drops hostile spans, unknown cell types and stray rows", () => {
    const html = renderDocToHtml(
      untrusted({
        type: "doc",
        content: [
          {
            type: "table",
            content: [
              {
                type: "tableRow",
                content: [
                  {
                    type: "tableCell",
                    attrs: { colspan: '2" onclick="x', rowspan: 2.5 },
                    content: [],
                  },
                  { type: "constructor", content: [] },
                  { type: "script", content: [] },
                ],
              },
              { type: "paragraph", content: [{ type: "text", text: "stray" }] },
            ],
          },
        ],
      }),
    );
    expect(html).toBe("<table><tbody><tr><td></td></tr></tbody></table>");
  });
});

describe("escapeHtml and safeHref", () => {
  it("escapes the five characters that matter", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });

  it("accepts only http, https and mailto", () => {
    expect(safeHref("https://example.com")).toBe("https://example.com/");
    expect(safeHref("ftp://example.com")).toBeNull();
    expect(safeHref(42)).toBeNull();
  });
});
