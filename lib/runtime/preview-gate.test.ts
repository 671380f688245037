import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { hashPreviewToken, newPreviewToken } from "@/lib/security/preview-token";
import { createArticle, createUser } from "@/prisma/factories";
import { createArticleGate } from "./article-gate";

const db = createDbClient(process.env.DATABASE_URL!);
const gate = createArticleGate(process.env.DATABASE_URL!);
afterAll(async () => {
  await gate.close();
  await db.$disconnect();
});

async function link(data: { expiresAt: Date; revokedAt?: Date }) {
  const user = await createUser(db);
  const article = await createArticle(db, { createdById: user.id });
  const token = newPreviewToken();
  await db.previewLink.create({
    data: { articleId: article.id, tokenHash: hashPreviewToken(token), ...data },
  });
  return token;
}

describe("the front server's gate for shared previews", () => {
  it("lets a valid link render and answers 404 for revoked, expired and unknown ones", async () => {
    const later = new Date(Date.now() + 3600_000);
    expect(await gate.check(`/preview/${await link({ expiresAt: later })}`)).toBe("render");
    expect(
      await gate.check(`/preview/${await link({ expiresAt: later, revokedAt: new Date() })}`),
    ).toBe("missing");
    expect(
      await gate.check(`/preview/${await link({ expiresAt: new Date(Date.now() - 1000) })}`),
    ).toBe("missing");
    expect(await gate.check(`/preview/${newPreviewToken()}`)).toBe("missing");
    expect(await gate.check("/preview/short")).toBe("missing");
  });
});
