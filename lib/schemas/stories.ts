import { z } from "./zod";
import { ARTICLE_STATUSES } from "@/lib/workflow/permissions";
import { blank, parseEachParam, ZDay } from "./query-params";

export const STORY_SORTS = ["changed-desc", "changed-asc"] as const;
export type StorySort = (typeof STORY_SORTS)[number];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/**
 * "All stories" filters as its GET form sends them: a search, the state, section, author
 * (a contributor in the bylines), tag, the days of the last change (in the newsroom's
 * zone, inclusive), the sort and the paging cursor ("<ms>_<id>" of the last row shown).
 */
export const STORY_PARAMS = {
  q: optional(z.string().trim().max(1000)),
  state: optional(z.enum(ARTICLE_STATUSES)),
  section: optional(z.uuid()),
  author: optional(z.uuid()),
  tag: optional(z.uuid()),
  from: optional(ZDay),
  to: optional(ZDay),
  sort: optional(z.enum(STORY_SORTS)),
  after: optional(z.string().regex(/^[0-9]{1,15}_[0-9a-f-]{36}$/)),
};

export type StoryParam = keyof typeof STORY_PARAMS;
export type TStoryQuery = { [K in StoryParam]?: z.output<(typeof STORY_PARAMS)[K]> };

export function parseStoryQuery(params: Record<string, string | string[] | undefined>): {
  query: TStoryQuery;
  invalid: StoryParam[];
} {
  const { values, invalid } = parseEachParam(STORY_PARAMS, params);
  return { query: values as TStoryQuery, invalid };
}
