import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { createArticleGate } from "./article-gate";

const db = createDbClient(process.env.DATABASE_URL!);
const gate = createArticleGate(process.env.DATABASE_URL!);
afterAll(async () => {
  await gate.close();
  await db.$disconnect();
});

describe("the front server's gate for section pages", () => {
  it("renders a section (archived too), redirects its old slugs with 301, 404s the unknown", async () => {
    const id = crypto.randomBytes(4).toString("hex");
    const section = await db.section.create({
      data: {
        slug: `caijing-${id}`,
        name: `財經${id}`,
        nameEn: `Business ${id}`,
        archivedAt: new Date(),
      },
    });
    await db.sectionRedirect.create({ data: { fromSlug: `jingji-${id}`, sectionId: section.id } });
    expect(await gate.check(`/sections/caijing-${id}`)).toBe("render");
    expect(await gate.check(`/sections/jingji-${id}`)).toEqual({
      redirect: `/sections/caijing-${id}`,
    });
    expect(await gate.check(`/sections/nothing-${id}`)).toBe("missing");
    // A tag without that slug, now or before, is simply missing.
    expect(await gate.check(`/tags/jingji-${id}`)).toBe("missing");
  });
});
