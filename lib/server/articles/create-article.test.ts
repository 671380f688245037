import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { createArticle } from "./create-article";

afterAll(() => db.$disconnect());

describe("createArticle", () => {
  it("gives people added in the same minute their own contributor records, slugged from their names", async () => {
    // UUIDv7 ids made moments apart share their first eight digits: the old slug did too.
    const first = await createUser(db, { role: "REPORTER", name: "王賀" });
    const second = await createUser(db, { role: "REPORTER", name: "王賀" });
    expect(first.id.slice(0, 8)).toBe(second.id.slice(0, 8));
    const a = await createArticle({ id: first.id, role: "REPORTER", name: first.name });
    const b = await createArticle({ id: second.id, role: "REPORTER", name: second.name });
    const again = await createArticle({ id: first.id, role: "REPORTER", name: first.name });

    const bylines = await db.byline.findMany({
      where: { articleId: { in: [a.id, b.id, again.id] } },
      include: { contributor: true },
    });
    const byUser = new Map(
      bylines.map((byline) => [byline.contributor.userId, byline.contributor]),
    );
    expect(byUser.size).toBe(2);
    expect(byUser.get(first.id)!.slug).toMatch(/^wang-he(-\d+)?$/);
    expect(byUser.get(second.id)!.slug).toMatch(/^wang-he(-\d+)?$/);
    expect(byUser.get(first.id)!.slug).not.toBe(byUser.get(second.id)!.slug);
    expect(bylines.filter((byline) => byline.contributor.userId === first.id)).toHaveLength(2);
  });
});
