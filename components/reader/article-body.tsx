/**
 * The article body. `html` is rendered on the server by lib/content from a validated
 * Tiptap document (every text and attribute escaped, links limited to http, https and
 * mailto); it is never HTML a client sent.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body font-serif" dangerouslySetInnerHTML={{ __html: html }} />;
}
