import { describe, expect, it } from "vitest";
import { form, loadContributorCases as load, refusal, tag } from "@/lib/testing/contributors";

describe("merging and deleting contributors", () => {
  it("merges a duplicate: bylines move without doubles, published ones follow, the old address redirects", async () => {
    const { db, user, createNewsroom, publishStory, mergeContributor, findContributorRedirect } =
      await load();
    const editor = await user("EDITOR");
    const newsroom = await createNewsroom(db);
    const kept = newsroom.contributors.wangHe;
    const duplicate = await db.contributor.create({
      data: { name: "王賀", slug: `wang-he-2-${tag()}` },
    });
    const account = await user("REPORTER");
    await db.contributor.update({ where: { id: duplicate.id }, data: { userId: account.id } });
    // One story credits both as reporter (a double once merged), another only the duplicate.
    const both = await publishStory(db, newsroom);
    await db.byline.create({
      data: { articleId: both.id, contributorId: duplicate.id, role: "REPORTER", position: 3 },
    });
    const only = await publishStory(db, newsroom);
    await db.byline.update({
      where: {
        articleId_contributorId_role: {
          articleId: only.id,
          contributorId: kept.id,
          role: "REPORTER",
        },
      },
      data: { contributorId: duplicate.id },
    });
    await db.publishedVersion.update({
      where: { id: only.liveVersionId! },
      data: {
        contributorIds: [
          newsroom.contributors.producer.id,
          duplicate.id,
          newsroom.contributors.liRong.id,
        ],
        bylines: [
          {
            contributorId: duplicate.id,
            name: "王賀",
            slug: duplicate.slug,
            kind: "PERSON",
            role: "REPORTER",
          },
        ],
      },
    });

    expect(
      await mergeContributor(editor, { contributorId: duplicate.id, targetSlug: kept.slug }),
    ).toEqual({
      slug: kept.slug,
      moved: 1,
    });
    expect(await db.contributor.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const reporters = await db.byline.findMany({
      where: { articleId: { in: [both.id, only.id] }, role: "REPORTER" },
    });
    expect(reporters.map((byline) => byline.contributorId)).toEqual([kept.id, kept.id]);
    const live = await db.publishedVersion.findUniqueOrThrow({
      where: { id: only.liveVersionId! },
    });
    expect(live.contributorIds).toEqual([
      newsroom.contributors.producer.id,
      kept.id,
      newsroom.contributors.liRong.id,
    ]);
    expect(live.bylines).toEqual([
      {
        contributorId: kept.id,
        name: kept.name,
        slug: kept.slug,
        kind: "PERSON",
        role: "REPORTER",
      },
    ]);
    expect(await findContributorRedirect(duplicate.slug)).toBe(kept.slug);
    // The account moves to the profile kept (which had none).
    expect(await db.contributor.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      userId: account.id,
    });
  });

  it("refuses to merge a contributor into itself, or into an address no one answers at", async () => {
    const { db, user, createContributorProfile, mergeContributor } = await load();
    const editor = await user("EDITOR");
    const made = await createContributorProfile(editor, form());
    expect(
      await refusal(mergeContributor(editor, { contributorId: made.id, targetSlug: made.slug })),
    ).toMatchObject({ code: "INVALID_INPUT", reason: "mergeIntoItself", field: "targetSlug" });
    expect(
      await refusal(
        mergeContributor(editor, { contributorId: made.id, targetSlug: `nobody-${tag()}` }),
      ),
    ).toMatchObject({ reason: "mergeTargetMissing", field: "targetSlug" });
    expect(await db.contributor.findUnique({ where: { id: made.id } })).not.toBeNull();
  });

  it("deletes a contributor with no bylines; with bylines it is refused with their number", async () => {
    const { db, user, createNewsroom, publishStory, createContributorProfile, deleteContributor } =
      await load();
    const editor = await user("EDITOR");
    const newsroom = await createNewsroom(db);
    await publishStory(db, newsroom);
    await publishStory(db, newsroom);
    const { wangHe } = newsroom.contributors;
    expect(await refusal(deleteContributor(editor, { contributorId: wangHe.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "contributorHasBylines",
      count: 2,
      message: "This contributor has 2 bylines; merge them into another contributor instead.",
    });
    expect(await db.contributor.findUnique({ where: { id: wangHe.id } })).not.toBeNull();
    const empty = await createContributorProfile(editor, form());
    await deleteContributor(editor, { contributorId: empty.id });
    expect(await db.contributor.findUnique({ where: { id: empty.id } })).toBeNull();
  });

  it("offers likely duplicates beside the merge field: the other script, a name inside, a numbered slug", async () => {
    const { db } = await load();
    const { likelyDuplicates } = await import("./likely-duplicates");
    const id = tag();
    const make = (name: string, slug: string) =>
      db.contributor.create({ data: { name, slug }, select: { id: true, name: true, slug: true } });
    const kept = await make(`王賀${id}`, `wh-${id}`);
    await make(`王贺${id}`, `wh-hans-${id}`);
    await make(`記者王賀${id}`, `jizhe-wh-${id}`);
    await make("W. H.", `wh-${id}-2`);
    await make(`李榕${id}`, `lr-${id}`);
    // Other files' contributors share the database (a plain 王賀 is rightly offered too).
    const found = (await likelyDuplicates(kept)).filter((row) => row.slug.includes(id));
    expect(found.map((row) => row.name).sort()).toEqual(
      ["W. H.", `王贺${id}`, `記者王賀${id}`].sort(),
    );
    expect(found.every((row) => row.bylineCount === 0)).toBe(true);
  });
});
