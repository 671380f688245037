import pg from "pg";
import { matchReaderRoute } from "../reader-routes";
import { hashPreviewToken, isPreviewToken, previewTokenFromPath } from "../security/preview-token";

/**
 * Status codes for article URLs and shared previews (/preview/<token>), decided before
 * Next renders. Next's App Router cannot server-render the not-found page when a page
 * calls notFound() (vercel/next.js#62228: the HTML body comes back empty until JavaScript
 * runs), and it cannot answer 410 at all, so the front server answers these itself with
 * Next's server-rendered 404 page.
 */
export type ArticleGate = {
  /**
   * "render" lets Next render the page; "missing" means no article lives at this URL;
   * a redirect names the article's current URL when this is one of its old slugs.
   */
  check(pathname: string): Promise<"render" | "missing" | "gone" | { redirect: string }>;
  close(): Promise<void>;
};

/** Listings whose old slugs answer 301: the redirect table, its key column, the path. */
const OLD_SLUGS: Partial<Record<string, { table: string; column: string; path: string }>> = {
  Section: { table: "SectionRedirect", column: "sectionId", path: "/sections" },
  Tag: { table: "TagRedirect", column: "tagId", path: "/tags" },
};

export function createArticleGate(databaseUrl: string): ArticleGate {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", () => undefined); // a dropped idle connection is re-made on next use
  return {
    async check(pathname) {
      const token = previewTokenFromPath(pathname);
      if (token !== null) {
        // A shared preview: revoked, expired or unknown is the same plain 404.
        if (!isPreviewToken(token)) return "missing";
        const { rowCount } = await pool.query(
          `select 1 from "PreviewLink" where "tokenHash" = $1 and "revokedAt" is null and "expiresAt" > now()`,
          [hashPreviewToken(token)],
        );
        return rowCount ? "render" : "missing";
      }
      const matched = matchReaderRoute(pathname);
      // Listing pages whose slug must name a row (lib/reader-routes.ts `slugOf`).
      const table = matched?.route.slugOf;
      if (table && matched.slug) {
        let slug: string;
        try {
          slug = decodeURIComponent(matched.slug);
        } catch {
          return "missing";
        }
        const { rowCount } = await pool.query(`select 1 from "${table}" where slug = $1`, [slug]);
        if (rowCount) return "render";
        const moved = OLD_SLUGS[table];
        if (!moved) return "missing";
        // An old slug (a section or tag renamed, a tag merged): 301 to where it lives now.
        const found = await pool.query<{ slug: string }>(
          `select s.slug from "${moved.table}" r join "${table}" s on s.id = r."${moved.column}"
            where r."fromSlug" = $1`,
          [slug],
        );
        const target = found.rows[0];
        return target
          ? { redirect: `${moved.path}/${encodeURIComponent(target.slug)}` }
          : "missing";
      }
      if (matched?.route.name !== "article" || !matched.slug) return "render";
      let slug: string;
      try {
        slug = decodeURIComponent(matched.slug);
      } catch {
        return "missing"; // malformed percent-encoding names no article
      }
      const { rows } = await pool.query<{ live: boolean; wasPublished: boolean }>(
        `select status = 'PUBLISHED' and "liveVersionId" is not null as live,
                "publishedAt" is not null as "wasPublished"
           from "Article" where slug = $1`,
        [slug],
      );
      if (rows[0]?.live) return "render";
      // Taken down after publication: 410 tells readers and crawlers it is gone for good.
      if (rows[0]?.wasPublished) return "gone";
      // An old slug of a published article: a permanent redirect keeps links and rankings.
      const moved = await pool.query<{ slug: string; live: boolean }>(
        `select a.slug, a.status = 'PUBLISHED' and a."liveVersionId" is not null as live
           from "Redirect" r join "Article" a on a.id = r."articleId"
          where r."fromSlug" = $1`,
        [slug],
      );
      const target = moved.rows[0];
      if (!target) return "missing";
      return target.live ? { redirect: `/articles/${encodeURIComponent(target.slug)}` } : "gone";
    },
    close: () => pool.end(),
  };
}
