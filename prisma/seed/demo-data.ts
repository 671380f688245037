/** The demo newsroom: who works there, its sections and tags. Used by the seed and by tests. */
export const DEMO_PASSWORD = "galley-demo";

export const DEMO_ACCOUNTS = [
  { email: "wang.he@example.com", name: "王賀", role: "REPORTER", contributorSlug: "wang-he" },
  { email: "li.rong@example.com", name: "李榕", role: "EDITOR", contributorSlug: "li-rong" },
  { email: "admin@example.com", name: "Admin", role: "ADMIN", contributorSlug: null },
  // 三審三校 in 本地: the desk head passes 複審, the proofreader the 校 rounds, the
  // editor-in-chief (an admin) 終審 and, for breaking news, "Publish now".
  {
    email: "zhang.zhuren@example.com",
    name: "張主任",
    role: "EDITOR",
    contributorSlug: null,
    heads: "local",
  },
  { email: "zongbianji@example.com", name: "總編輯", role: "ADMIN", contributorSlug: null },
  { email: "jiaodui@example.com", name: "校對", role: "PROOFREADER", contributorSlug: null },
] as const;

/** The demo paper (the publication settings), as its masthead and feeds name it. */
export const DEMO_PUBLICATION = {
  nameHant: "德州日報",
  nameHans: "德州日报",
  nameEn: "Dezhou Daily",
  taglineHant: "來自德州的新聞",
  taglineHans: "来自德州的新闻",
  taglineEn: "News from Dezhou",
  copyright: "© 德州日報社 Dezhou Daily",
} as const;

export const DEMO_SECTIONS = [
  { slug: "news", name: "要聞", nameEn: "News", position: 0 },
  {
    slug: "local",
    name: "本地",
    nameEn: "Local",
    position: 1,
    chain: "san-shen-san-jiao",
    checks: "recommended",
  },
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
