/**
 * Text for XML documents (feeds, sitemaps). XML 1.0 forbids most control characters and
 * lone surrogates even as character references, so they are dropped before escaping:
 * one stray U+0000 in a headline would otherwise make the whole feed unreadable.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Drops the characters XML 1.0 cannot carry. */
export function toXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, "");
}

/** Escaped for element content and attribute values alike. */
export function escapeXml(value: string): string {
  return toXmlChars(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * A CDATA section holding `value` verbatim. A `]]>` inside would end the section early,
 * so it is split across two sections (`]]` + `>`), which readers join back together.
 */
export function cdata(value: string): string {
  return `<![CDATA[${toXmlChars(value).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** `<name>escaped text</name>`, or nothing when there is no value. */
export function xmlElement(name: string, value: string | null | undefined): string {
  return value == null || value === "" ? "" : `<${name}>${escapeXml(value)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
