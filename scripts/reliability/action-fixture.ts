import { makeFixturePlan } from "./planning-checks";
import crypto from "node:crypto";
import { newSuggestionId } from "../../lib/content/suggestion-marks";
import { createArticle, createUser } from "../../prisma/factories";
import type { Fixture } from "./action-checks";
import { makeFixtureContributor } from "./contributor-checks";
import { makeFixtureFront } from "./front-checks";
import { makeFixtureLive } from "./live-checks";
import { makeFixturePlanning } from "./planning-event-checks";
import { makeFixtureSection } from "./section-checks";
import { makeFixtureTags } from "./tag-checks";
import { fieldsFor, type Harness } from "./harness";

/**
 * Fresh data for one call: the owner's draft (saved once, so it has a revision), a
 * submitted and a published article, an image, a comment, a preview link, a notification
 * and another user to manage. Made through the app's API where the app makes it.
 */
export async function makeFixture(
  harness: Harness,
  owner: { id: string },
  cookies: { owner: string; editor: string },
  jpeg: Buffer,
): Promise<Fixture> {
  const { db, base } = harness;
  const api = (path: string, cookie: string, init: RequestInit) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { origin: base, cookie, ...(init.headers ?? {}) },
    }).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, unknown>>;
    });
  const draftRow = await createArticle(db, { createdById: owner.id });
  const saved = await api(`/api/v1/articles/${draftRow.id}`, cookies.owner, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      baseVersion: draftRow.version,
      kind: "MANUAL",
      fields: fieldsFor(draftRow.slug, "第一稿"),
    }),
  });
  // A suggestion of the owner's in the draft, for "Reject all" (decideSuggestionsAction).
  await db.article.update({
    where: { id: draftRow.id },
    data: {
      body: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "第一稿" },
              {
                type: "text",
                text: "補充",
                marks: [{ type: "insertion", attrs: { id: newSuggestionId(owner.id) } }],
              },
            ],
          },
        ],
      },
    },
  });
  const revision = await db.revision.findFirstOrThrow({
    where: { articleId: draftRow.id },
    orderBy: { createdAt: "desc" },
  });
  const submittedRow = await createArticle(db, { createdById: owner.id, status: "SUBMITTED" });
  const approved = await createArticle(db, { createdById: owner.id, status: "APPROVED" });
  await api(`/api/v1/articles/${approved.id}/transitions`, cookies.editor, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ transition: "publish", version: approved.version }),
  });
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "p.jpg");
  const media = await api("/api/v1/media", cookies.owner, { method: "POST", body: form });
  const comment = await db.comment.create({
    data: { articleId: draftRow.id, authorId: owner.id, body: "第二段需要出處。" },
  });
  const link = await db.previewLink.create({
    data: {
      articleId: draftRow.id,
      tokenHash: crypto.randomBytes(32).toString("hex"),
      expiresAt: new Date(Date.now() + 3_600_000),
      createdById: owner.id,
    },
  });
  const notification = await db.notification.create({
    data: { userId: owner.id, kind: "COMMENT", articleId: draftRow.id },
  });
  const target = await createUser(db, { role: "REPORTER" });
  return {
    draft: { id: draftRow.id, version: Number(saved.version), slug: draftRow.slug },
    submitted: { id: submittedRow.id, version: submittedRow.version },
    published: { id: approved.id },
    revisionId: revision.id,
    commentId: comment.id,
    linkId: link.id,
    mediaId: String((media.media as { id?: string } | undefined)?.id ?? media.id),
    notificationId: notification.id,
    targetUserId: target.id,
    publicationVersion: (await db.publication.findUniqueOrThrow({ where: { id: 1 } })).version,
    sectionId: await makeFixtureSection(db),
    frontNumber: await makeFixtureFront(db),
    ...(await makeFixtureTags(db)),
    contributor: await makeFixtureContributor(db),
    plan: await makeFixturePlan(db, owner.id),
    ...(await makeFixturePlanning(db, owner.id)),
    live: await makeFixtureLive(db, owner.id),
  };
}
