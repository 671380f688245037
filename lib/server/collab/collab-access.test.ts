import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaFingerprint } from "@/lib/content/collab-doc";
import { db } from "@/lib/db";
import { createArticle, createUser } from "@/prisma/factories";
import { admitConnection } from "./collab-access";
import { ensureBodyDoc } from "./body-store";

const SECRET = "collab-access-test-secret-that-is-long-enough";
let previousSecret: string | undefined;
beforeAll(() => {
  previousSecret = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterAll(async () => {
  process.env.NEXTAUTH_SECRET = previousSecret;
  await db.$disconnect();
});

const headersFor = async (userId: string, sv = 1) => ({
  cookie: `other=1; galley.session=${await encode({ token: { sub: userId, sv }, secret: SECRET })}`,
});
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "admitted",
    (error: { reason?: string }) => error.reason ?? String(error),
  );

describe("who may join an article's co-editing document", () => {
  it("admits the author to type, an editor in review to type, the author in review to suggest, and the author of an approved story to watch", async () => {
    const reporter = await createUser(db, { role: "REPORTER" });
    const editor = await createUser(db, { role: "EDITOR" });
    const draft = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
    });
    const inReview = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
      status: "SUBMITTED",
    });
    const approved = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
      status: "APPROVED",
    });
    const ticket = async (articleId: string) =>
      JSON.stringify({
        schema: schemaFingerprint(),
        lineage: (await ensureBodyDoc(articleId)).lineage,
      });

    const own = await admitConnection(
      await headersFor(reporter.id),
      draft.id,
      await ticket(draft.id),
    );
    expect(own).toMatchObject({ mode: "edit", user: { id: reporter.id } });
    const watching = await admitConnection(
      await headersFor(reporter.id),
      inReview.id,
      await ticket(inReview.id),
    );
    expect(watching.mode).toBe("suggest");
    const desk = await admitConnection(
      await headersFor(editor.id),
      inReview.id,
      await ticket(inReview.id),
    );
    expect(desk.mode).toBe("edit");
    const done = await admitConnection(
      await headersFor(reporter.id),
      approved.id,
      await ticket(approved.id),
    );
    expect(done.mode).toBe("read");
  });

  it("refuses the signed-out, those who may not see the story, an older editor and another lineage", async () => {
    const reporter = await createUser(db, { role: "REPORTER" });
    const stranger = await createUser(db, { role: "REPORTER" });
    const draft = await createArticle(db, { createdById: reporter.id });
    const { lineage } = await ensureBodyDoc(draft.id);
    const good = JSON.stringify({ schema: schemaFingerprint(), lineage });

    expect(await refusal(admitConnection({}, draft.id, good))).toBe("signed-out");
    expect(
      await refusal(admitConnection({ cookie: "galley.session=forged" }, draft.id, good)),
    ).toBe("signed-out");
    // A session from before a password change (sessionVersion moved on) is no session.
    expect(await refusal(admitConnection(await headersFor(reporter.id, 0), draft.id, good))).toBe(
      "signed-out",
    );
    expect(await refusal(admitConnection(await headersFor(stranger.id), draft.id, good))).toBe(
      "not-found",
    );
    expect(await refusal(admitConnection(await headersFor(reporter.id), "not-a-uuid", good))).toBe(
      "not-found",
    );
    const older = JSON.stringify({ schema: "older-editor", lineage });
    expect(await refusal(admitConnection(await headersFor(reporter.id), draft.id, older))).toBe(
      "outdated",
    );
    const elsewhere = JSON.stringify({ schema: schemaFingerprint(), lineage: crypto.randomUUID() });
    expect(await refusal(admitConnection(await headersFor(reporter.id), draft.id, elsewhere))).toBe(
      "outdated",
    );
    expect(
      await refusal(admitConnection(await headersFor(reporter.id), draft.id, "{not json")),
    ).toBe("outdated");
  });
});
