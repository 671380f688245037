import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { Doc } from "@/lib/content/doc";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-data";
import { SAN_SHEN_SAN_JIAO } from "../../lib/workflow/review-chain";
import { RECOMMENDED_CHECKS } from "../../lib/content/publish-checks";
import { DEMO_LIVE_SLUG } from "./demo-live";
import { seedDemo } from "./demo";
import { verifyPassword } from "@/lib/auth/password";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase(process.env.TEST_SERVER_URL!);
  db = createDbClient(database.url);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function counts() {
  return {
    users: await db.user.count(),
    contributors: await db.contributor.count(),
    sections: await db.section.count(),
    tags: await db.tag.count(),
    articles: await db.article.count(),
    bylines: await db.byline.count(),
    versions: await db.publishedVersion.count(),
    revisions: await db.revision.count(),
    events: await db.workflowEvent.count(),
    liveUpdates: await db.liveUpdate.count(),
  };
}

describe("the demo seed", () => {
  it("seeds the demo newsroom, and seeding twice creates no duplicates", async () => {
    await seedDemo(db);
    const first = await counts();
    expect(first).toEqual({
      users: DEMO_ACCOUNTS.length,
      contributors: 3,
      sections: 3,
      tags: 2,
      // The sample story, and the running live coverage (demo-live.ts) with its updates.
      articles: 2,
      bylines: 5,
      versions: 2,
      revisions: 1,
      events: 2,
      liveUpdates: 4,
    });
    await seedDemo(db);
    expect(await counts()).toEqual(first);
  });

  it("runs one live coverage in 本地 with updates by 王賀 and 李榕 and one key event", async () => {
    const live = await db.article.findUniqueOrThrow({
      where: { slug: DEMO_LIVE_SLUG },
      include: {
        section: true,
        liveUpdates: { include: { authors: { include: { contributor: true } } } },
      },
    });
    expect(live).toMatchObject({ kind: "LIVE", status: "PUBLISHED", liveEndedAt: null });
    expect(live.section?.name).toBe("本地");
    const names = new Set(
      live.liveUpdates.flatMap((u) => u.authors.map((a) => a.contributor.name)),
    );
    expect([...names].sort()).toEqual(["李榕", "王賀"].sort());
    expect(live.liveUpdates.filter((update) => update.isKey)).toHaveLength(1);
  });

  it("names the demo paper in both scripts and in English", async () => {
    expect(await db.publication.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      nameHant: "德州日報",
      nameHans: "德州日报",
      nameEn: "Dezhou Daily",
    });
  });

  it("gives the demo accounts their roles and the demo password, hashed with argon2id", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(user.isActive).toBe(true);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, "wrong-password")).toBe(false);
    }
  });

  it("runs 本地 on 三審三校 with every pre-publish check, 張主任 heading its desk", async () => {
    const local = await db.section.findUniqueOrThrow({
      where: { slug: "local" },
      include: { heads: { include: { user: true } } },
    });
    expect(local.reviewChain).toEqual(SAN_SHEN_SAN_JIAO);
    expect(local.publishChecks).toEqual(RECOMMENDED_CHECKS);
    expect(local.heads.map((head) => head.user.name)).toEqual(["張主任"]);
    const roles = await db.user.findMany({
      where: { name: { in: ["總編輯", "校對"] } },
      select: { name: true, role: true },
      orderBy: { name: "asc" },
    });
    expect(roles).toEqual(
      expect.arrayContaining([
        { name: "總編輯", role: "ADMIN" },
        { name: "校對", role: "PROOFREADER" },
      ]),
    );
  });

  it("publishes the sample with its credits as ordered bylines and its annotations as ruby", async () => {
    const article = await db.article.findFirstOrThrow({
      include: {
        bylines: { include: { contributor: true }, orderBy: { position: "asc" } },
        liveVersion: true,
        section: true,
      },
    });
    expect(article.status).toBe("PUBLISHED");
    expect(article.language).toBe("zh_Hant");
    expect(article.section?.name).toBe("要聞");
    expect(article.headline).toBe("市新冠肺炎疫情防控工作領導小組召開會議");
    expect(article.bylines.map((b) => [b.contributor.name, b.role, b.contributor.kind])).toEqual([
      ["德州日報新媒體", "PRODUCER", "ORGANIZATION"],
      ["王賀", "REPORTER", "PERSON"],
      ["李榕", "EDITOR", "PERSON"],
    ]);
    const body = article.body as unknown as Doc;
    expect(body.content.filter((node) => node.type === "paragraph")).toHaveLength(9);
    const rubies = JSON.stringify(body).match(/"type":"ruby"/g) ?? [];
    expect(rubies.length).toBeGreaterThan(250);
    expect(JSON.stringify(body)).toContain(
      '{"type":"ruby","attrs":{"base":"領","reading":"lǐng"}}',
    );
    // The live snapshot is what readers read: rendered HTML with ruby, credits frozen in it.
    expect(article.liveVersion?.isLive).toBe(true);
    expect(article.liveVersion?.bodyHtml).toContain(
      "<ruby>領<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby>",
    );
    expect(article.liveVersion?.bodyHtml).not.toContain("記者");
    expect(article.liveVersion?.contributorIds).toHaveLength(3);
  });

  it("links the staff contributors to their accounts and leaves the organisation without one", async () => {
    const contributors = await db.contributor.findMany({
      include: { user: true },
      orderBy: { slug: "asc" },
    });
    expect(contributors.map((c) => [c.slug, c.user?.email ?? null])).toEqual([
      ["dezhou-daily-new-media", null],
      ["li-rong", "li.rong@example.com"],
      ["wang-he", "wang.he@example.com"],
    ]);
  });

  it("never overwrites what the newsroom changed since", async () => {
    await db.article.updateMany({ data: { headline: "An editor's new headline" } });
    await db.user.update({
      where: { email: "wang.he@example.com" },
      data: { name: "王賀 (renamed)" },
    });
    // An admin's save moves the settings' version on: the demo's names stay off them.
    await db.publication.update({
      where: { id: 1 },
      data: { nameEn: "Our Own Daily", version: { increment: 1 } },
    });
    await seedDemo(db);
    expect((await db.article.findFirstOrThrow()).headline).toBe("An editor's new headline");
    expect((await db.publication.findUniqueOrThrow({ where: { id: 1 } })).nameEn).toBe(
      "Our Own Daily",
    );
    expect(
      (await db.user.findUniqueOrThrow({ where: { email: "wang.he@example.com" } })).name,
    ).toBe("王賀 (renamed)");
  });
});
