import pg from "pg";

/**
 * Status codes for article URLs, decided before Next renders. Next's App Router cannot
 * server-render the not-found page when a page calls notFound() (vercel/next.js#62228:
 * the HTML body comes back empty until JavaScript runs), and it cannot answer 410 at
 * all, so the front server answers these itself with Next's server-rendered 404 page.
 */
export type ArticleGate = {
  /**
   * "render" lets Next render the page; "missing" means no article lives at this URL;
   * a redirect names the article's current URL when this is one of its old slugs.
   */
  check(pathname: string): Promise<"render" | "missing" | { redirect: string }>;
  close(): Promise<void>;
};

const ARTICLE_PATH = /^\/articles\/([^/]+)\/?$/;

export function createArticleGate(databaseUrl: string): ArticleGate {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", () => undefined); // a dropped idle connection is re-made on next use
  return {
    async check(pathname) {
      const match = ARTICLE_PATH.exec(pathname);
      if (!match?.[1]) return "render";
      let slug: string;
      try {
        slug = decodeURIComponent(match[1]);
      } catch {
        return "missing"; // malformed percent-encoding names no article
      }
      const { rowCount } = await pool.query(
        `select 1 from "Article" where slug = $1 and status = 'PUBLISHED' and "liveVersionId" is not null`,
        [slug],
      );
      if (rowCount) return "render";
      // An old slug of a published article: a permanent redirect keeps links and rankings.
      const moved = await pool.query<{ slug: string }>(
        `select a.slug from "Redirect" r join "Article" a on a.id = r."articleId"
          where r."fromSlug" = $1 and a.status = 'PUBLISHED' and a."liveVersionId" is not null`,
        [slug],
      );
      const target = moved.rows[0]?.slug;
      return target ? { redirect: `/articles/${encodeURIComponent(target)}` } : "missing";
    },
    close: () => pool.end(),
  };
}
