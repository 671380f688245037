/** The demo newsroom: who works there, its sections and tags. Used by the seed and by tests. */
export const DEMO_PASSWORD = "galley-demo";

export const DEMO_ACCOUNTS = [
  { email: "wang.he@example.com", name: "王賀", role: "REPORTER", contributorSlug: "wang-he" },
  { email: "li.rong@example.com", name: "李榕", role: "EDITOR", contributorSlug: "li-rong" },
  { email: "admin@example.com", name: "Admin", role: "ADMIN", contributorSlug: null },
] as const;

export const DEMO_SECTIONS = [
  { slug: "news", name: "要聞", nameEn: "News", position: 0 },
  { slug: "local", name: "本地", nameEn: "Local", position: 1 },
  { slug: "economy", name: "經濟", nameEn: "Economy", position: 2 },
] as const;

export const DEMO_CONTRIBUTORS = [
  { slug: "wang-he", name: "王賀", kind: "PERSON", bio: "德州日報記者。" },
  { slug: "li-rong", name: "李榕", kind: "PERSON", bio: "德州日報編輯。" },
  {
    slug: "dezhou-daily-new-media",
    name: "德州日報新媒體",
    kind: "ORGANIZATION",
    bio: "德州日報社新媒體中心。",
  },
] as const;

export const DEMO_TAGS = [
  { slug: "epidemic-prevention", name: "疫情防控" },
  { slug: "resumption-of-work", name: "復工復產" },
] as const;
