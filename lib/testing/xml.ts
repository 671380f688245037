import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Elements that may repeat, read as arrays even when a document has one of them. */
const REPEATED = new Set([
  "item",
  "entry",
  "url",
  "dc:creator",
  "category",
  "author",
  "contributor",
  "link",
  "sitemap",
  "xhtml:link",
]);

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Parses a feed or sitemap, failing on anything that is not well-formed XML 1.0.
 * fast-xml-parser's validator lets two things through that real XML readers refuse,
 * so they are checked here too: characters XML cannot carry, and a `]]>` outside a
 * CDATA section.
 */
export function parseXml(xml: string): Record<string, unknown> {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) throw new Error(`Not well-formed XML: ${JSON.stringify(verdict.err)}`);
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad)
    throw new Error(`Character U+${bad[0].codePointAt(0)?.toString(16)} is not allowed in XML`);
  if (xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").includes("]]>")) {
    throw new Error("]]> outside a CDATA section");
  }
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
  }).parse(xml) as Record<string, unknown>;
}

/** The text of an element that may also carry attributes. */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String(node["#text"]);
  return "";
}
