import { describe, expect, it } from "vitest";
import { listenForInvalidations, type InvalidationMessage } from "@/lib/cache-channel";
import type { AppError } from "@/lib/errors";
import { ZPublicationSettings, type TPublicationSettings } from "@/lib/schemas/settings";
import { ownDatabaseForThisFile } from "@/lib/testing/own-database";
import type { Actor } from "@/lib/workflow/permissions";

// This file renames the publication, which other files' feeds and pages read: it gets a
// database of its own.
const database = ownDatabaseForThisFile();

const load = async () => {
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/prisma/factories");
  const { updatePublication } = await import("./update-publication");
  const { getPublication } = await import("./get-publication");
  return { db, createUser, updatePublication, getPublication };
};

const actorOf = (user: { id: string; role: Actor["role"] }): Actor => ({
  id: user.id,
  role: user.role,
});

/** The form as a browser sends it, through the action's own schema. */
function form(version: number, fields: Record<string, string> = {}): TPublicationSettings {
  return ZPublicationSettings.parse({
    version: String(version),
    nameHant: "德州日報",
    nameHans: "德州日报",
    nameEn: "Dezhou Daily",
    taglineHant: "",
    taglineHans: "",
    taglineEn: "News from Dezhou",
    logoMediaId: "",
    defaultLanguage: "zh-Hant",
    socialAccounts: "https://www.facebook.com/dezhoudaily\n\nhttps://x.com/dezhou",
    copyright: "© 德州日報社",
    publicUrl: "",
    ...fields,
  });
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: AppError) => error.code,
  );

describe("updatePublication", () => {
  it("saves the settings, names every script, and readers get them at once", async () => {
    const { db, createUser, updatePublication, getPublication } = await load();
    const admin = actorOf(await createUser(db, { role: "ADMIN" }));
    expect((await getPublication()).names.en).toBe("Galley"); // cached before the save
    const { version } = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    const saved = await updatePublication(admin, form(version, { defaultLanguage: "en" }));
    expect(saved.version).toBe(version + 1);
    const reader = await getPublication();
    expect(reader.names).toEqual({
      "zh-Hant": "德州日報",
      "zh-Hans": "德州日报",
      en: "Dezhou Daily",
    });
    expect(reader.defaultLanguage).toBe("en");
    expect(reader.socialAccounts).toEqual([
      { network: "facebook.com", url: "https://www.facebook.com/dezhoudaily" },
      { network: "x.com", url: "https://x.com/dezhou" },
    ]);
    expect(
      await db.auditLog.count({
        where: { actorId: admin.id, action: "settings.manage", outcome: "ALLOWED" },
      }),
    ).toBe(1);
  });

  it("tells every instance to drop every reader page, feed and sitemap", async () => {
    const { db, createUser, updatePublication } = await load();
    const admin = actorOf(await createUser(db, { role: "ADMIN" }));
    const heard: InvalidationMessage[] = [];
    const listener = listenForInvalidations(database.url(), {
      onMessage: (message) => heard.push(message),
      onReset: () => undefined,
    });
    try {
      await expect.poll(() => listener.isConnected()).toBe(true);
      const { version } = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
      await updatePublication(admin, form(version, { nameEn: "Dezhou Daily Online" }));
      await expect
        .poll(() => heard.flatMap((message) => message.tags))
        .toEqual(expect.arrayContaining(["publication", "home", "feeds", "sitemaps"]));
    } finally {
      await listener.stop();
    }
  });

  it("refuses an editor (audited) and changes nothing", async () => {
    const { db, createUser, updatePublication } = await load();
    const editor = actorOf(await createUser(db, { role: "EDITOR" }));
    const before = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    expect(
      await codeOf(updatePublication(editor, form(before.version, { nameEn: "Editor's Daily" }))),
    ).toBe("FORBIDDEN");
    expect(await db.publication.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
    expect(
      await db.auditLog.count({
        where: { actorId: editor.id, action: "settings.manage", outcome: "DENIED" },
      }),
    ).toBe(1);
  });

  it("refuses a form loaded before someone else's save, and keeps their save", async () => {
    const { db, createUser, updatePublication } = await load();
    const admin = actorOf(await createUser(db, { role: "ADMIN" }));
    const other = actorOf(await createUser(db, { role: "ADMIN" }));
    const { version } = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    await updatePublication(other, form(version, { nameEn: "Their Daily" }));
    const error = await updatePublication(admin, form(version, { nameEn: "My Daily" })).catch(
      (caught: AppError) => caught,
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/reload/) });
    const row = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).toMatchObject({ nameEn: "Their Daily", version: version + 1 });
  });

  it("refuses bad addresses and an empty name with one sentence each, writing nothing", async () => {
    const { db, createUser, updatePublication } = await load();
    const { runAction } = await import("../actions/run-action");
    const admin = await createUser(db, { role: "ADMIN" });
    const before = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    const sent = new FormData();
    const fields = {
      ...Object.fromEntries(
        Object.entries(form(before.version)).map(([key, value]) => [key, String(value ?? "")]),
      ),
      socialAccounts: "https://ok.example\njavascript:alert(1)",
      publicUrl: "https://news.example.com/some/path",
      nameEn: "   ",
    };
    for (const [key, value] of Object.entries(fields)) sent.append(key, value);
    const { result } = await runAction(
      { input: ZPublicationSettings, run: (input, { actor }) => updatePublication(actor, input) },
      "form-state",
      [null, sent],
      {
        currentUser: async () => ({ ...admin, role: "ADMIN", locale: null }),
        clientIp: async () => null,
        revalidatePath: () => undefined,
      },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        socialAccounts: [
          "Write each social account as a full address starting with https://, one a line.",
        ],
        publicUrl: [
          "Enter the address readers use, such as https://news.example.com, without a path.",
        ],
        nameEn: ["Enter the publication's name."],
      },
    });
    expect(await db.publication.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });

  it("refuses a logo that is not in the media library, and writes nothing", async () => {
    const { db, createUser, updatePublication } = await load();
    const admin = actorOf(await createUser(db, { role: "ADMIN" }));
    const before = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    const error = await updatePublication(
      admin,
      form(before.version, { logoMediaId: "0193a3a4-0000-7000-8000-000000000000" }),
    ).catch((caught: AppError) => caught);
    expect(error).toMatchObject({ code: "INVALID_INPUT", details: { field: "logoMediaId" } });
    expect(await db.publication.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });

  it("takes a logo from the library, which then cannot be deleted from under the masthead", async () => {
    const { db, createUser, updatePublication, getPublication } = await load();
    const { deleteMedia } = await import("../media/library");
    const admin = actorOf(await createUser(db, { role: "ADMIN" }));
    const media = await db.media.create({
      data: {
        checksum: "c".repeat(64),
        storageKey: `originals/${"c".repeat(64)}.png`,
        mimeType: "image/png",
        sizeBytes: 100,
        width: 600,
        height: 60,
        uploadedById: admin.id,
      },
    });
    const { version } = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
    await updatePublication(admin, form(version, { logoMediaId: media.id }));
    expect((await getPublication()).logo).toEqual({
      url: `/media/originals/${"c".repeat(64)}.png`,
      width: 600,
      height: 60,
    });
    const refusal = await deleteMedia(admin, media.id).catch((caught: AppError) => caught);
    expect(refusal).toMatchObject({ code: "CONFLICT", details: { reason: "isLogo" } });
    expect(await db.media.count({ where: { id: media.id } })).toBe(1);
  });
});
