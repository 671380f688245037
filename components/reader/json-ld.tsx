/**
 * Structured data as a JSON-LD data block. It is not executed, so it needs no CSP nonce;
 * "<" is escaped so that copy can never close the element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
