import { cacheTags } from "./cache-tags";

/**
 * The reader's pages, declared once: their paths, the query parameters each one reads and
 * the cache tags that drop it. The front server's page cache (lib/runtime/page-cache.ts)
 * keys and invalidates by this table, and the pages type their `searchParams` from it, so
 * a parameter a page starts reading cannot be silently dropped by the cache (the key would
 * serve one rendering to every value). Pure and relative-imported: lib/runtime loads it
 * outside Next's bundle.
 *
 * `script` (繁/简) is read by every page, so a reader's script choice follows them.
 */
export type ReaderParam = "script" | "after" | "q" | "older";

type ReaderRouteSpec = {
  /** `[slug]` stands for one path segment; a trailing slash also matches. */
  path: string;
  params: readonly ReaderParam[];
  /** The tags (lib/cache-tags.ts) whose invalidation drops a cached copy of this page. */
  tags: (slug: string) => readonly string[];
  /** The table whose `slug` the URL must name, or the front server answers 404 first. */
  slugOf?: "Section" | "Tag" | "Contributor";
};

// Listings and search change with any publication, so they listen to `home`. Every page
// carries the publication's name (masthead, title) and the sections' navigation, so every
// page listens to `publication` and `sections`.
const anyPublication = () => [cacheTags.home, cacheTags.publication, cacheTags.sections];

export const READER_ROUTES = {
  home: { path: "/", params: ["script"], tags: anyPublication },
  article: {
    path: "/articles/[slug]",
    // `older`: live coverage's "Older updates" pages (an update id; stories ignore it).
    params: ["script", "older"],
    tags: (slug) => [cacheTags.slug(slug), cacheTags.publication, cacheTags.sections],
  },
  section: {
    path: "/sections/[slug]",
    params: ["script", "after"],
    tags: anyPublication,
    slugOf: "Section",
  },
  tag: { path: "/tags/[slug]", params: ["script", "after"], tags: anyPublication, slugOf: "Tag" },
  contributor: {
    path: "/contributors/[slug]",
    params: ["script", "after"],
    // A profile edit drops its own page (and a rename or merge the old address's).
    tags: (slug) => [...anyPublication(), cacheTags.contributorPage(slug)],
    slugOf: "Contributor",
  },
  search: { path: "/search", params: ["script", "q", "after"], tags: anyPublication },
} as const satisfies Record<string, ReaderRouteSpec>;

export type ReaderRouteName = keyof typeof READER_ROUTES;
export type ReaderRoute = ReaderRouteSpec & { name: ReaderRouteName };

/** The `searchParams` Next hands a reader page: only the parameters its route declares. */
export type ReaderSearchParams<Name extends ReaderRouteName> = {
  [Param in (typeof READER_ROUTES)[Name]["params"][number]]?: string | string[];
};

function patternOf(path: string): string {
  if (path === "/") return "\\/";
  return `${path.replace(/\//g, "\\/").replace("[slug]", "([^/]+)")}\\/?`;
}

const compiled = Object.entries(READER_ROUTES).map(([name, spec]) => ({
  route: { ...spec, name } as ReaderRoute,
  pattern: new RegExp(`^${patternOf(spec.path)}$`),
}));

/** Any reader page (one regular expression: this runs on every request the cache may answer). */
export const READER_PATH = new RegExp(
  `^(?:${compiled.map(({ pattern }) => pattern.source.slice(1, -1)).join("|")})$`,
);

/** The reader route a path names, with its raw (still percent-encoded) slug. */
export function matchReaderRoute(
  pathname: string,
): { route: ReaderRoute; slug: string | undefined } | null {
  for (const { route, pattern } of compiled) {
    const match = pattern.exec(pathname);
    if (match) return { route, slug: match[1] };
  }
  return null;
}
