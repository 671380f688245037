import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { createUser } from "@/prisma/factories";

const db = createDbClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

function runImport(args: string[]) {
  return spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args],
    {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: process.env.DATABASE_URL,
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
}

describe("npm run import", () => {
  it("imports the sample as a draft with bylines and ruby, and says what to check", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const result = runImport([
      "prisma/sample/dezhou-daily-2020-02-12.txt",
      "--annotations",
      "ruby",
      "--as",
      editor.email,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Imported “市新冠肺炎疫情防控工作領導小組召開會議” as a draft");
    expect(result.stdout).toContain("291 pinyin annotations (ruby)");
    expect(result.stdout).toMatch(/check: lost-annotated-character .*\(reading bào\)/);
    const id = /as a draft: ([0-9a-f-]{36})/.exec(result.stdout)?.[1];
    const article = await db.article.findUniqueOrThrow({
      where: { id: id! },
      include: { bylines: true },
    });
    expect(article.createdById).toBe(editor.id);
    expect(article.bylines).toHaveLength(3);
  });

  it("takes a headline on the file's first line out of the body", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const sample = fs.readFileSync("prisma/sample/dezhou-daily-2020-02-12.txt", "utf8");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "galley-import-")), "story.txt");
    fs.writeFileSync(file, `德州部署疫情防控工作\n\n${sample}`);
    const result = runImport([file, "--annotations", "remove", "--as", editor.email]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Imported “德州部署疫情防控工作” as a draft");
    const id = /as a draft: ([0-9a-f-]{36})/.exec(result.stdout)?.[1];
    const article = await db.article.findUniqueOrThrow({ where: { id: id! } });
    expect(article.headline).toBe("德州部署疫情防控工作");
    expect(JSON.stringify(article.body)).not.toContain("德州部署疫情防控工作");
  });

  it("refuses a missing file and an unknown user with one sentence, creating nothing", async () => {
    const user = await createUser(db);
    const missing = runImport(["no-such-file.txt", "--as", user.email]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe("Galley: There is no file at no-such-file.txt.");
    const nobody = runImport([
      "prisma/sample/dezhou-daily-2020-02-12.txt",
      "--as",
      "nobody@example.test",
    ]);
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toContain("No such user as nobody@example.test");
    const badMode = runImport([
      "prisma/sample/dezhou-daily-2020-02-12.txt",
      "--annotations",
      "shout",
    ]);
    expect(badMode.status).toBe(1);
    expect(badMode.stderr).toContain("Usage: npm run import");
    expect(await db.article.count({ where: { createdById: user.id } })).toBe(0);
  });
});
