import type { Page } from "@playwright/test";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

// A desk of its own, on the default single review: the demo's 本地 already runs 三審三校,
// and other specs send stories through it while this one edits chains.
const db = e2eDb();
const STAMP = Date.now().toString(36);
const SLUG = `district-${STAMP}`;
const NAME = `城區${STAMP}`;
const PATH = `/newsroom/sections/${SLUG}/review`;

test.beforeAll(async () => {
  await db.section.create({ data: { slug: SLUG, name: NAME, nameEn: `District ${STAMP}` } });
});
test.afterAll(() => db.$disconnect());

/** The stages on screen, by their groups' legends ("Stage 2: 複審"), in order. */
const legends = (page: Page) => page.locator("ol > li > fieldset > legend").allTextContents();
const stage = (page: Page, number: number, name: string) =>
  page.getByRole("group", { name: `Stage ${number}: ${name}`, exact: true });

/** Applies a template, retried until the page has hydrated and the stages are replaced. */
async function useTemplate(page: Page, template: string, stages: number) {
  await page.getByLabel("Start from a template").selectOption({ label: template });
  await expect(async () => {
    await page.getByRole("button", { name: "Use template" }).click();
    expect(await legends(page)).toHaveLength(stages);
  }).toPass({ timeout: 15_000 });
}

test.describe("[WORKFLOW] review chains: the section's stages, edited by admins", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.describe("as an admin", () => {
    test.use({ role: "admin" });

    test("applies 三審三校, renames, moves, removes and adds stages, saves, and sees it after a reload", async ({
      page,
    }) => {
      await page.goto("/newsroom/sections");
      await page.getByRole("link", { name: `Review chain of ${NAME}`, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${PATH}$`));
      await expect(
        page.getByRole("heading", { level: 1, name: `Review chain: ${NAME}` }),
      ).toBeVisible();
      // A Chinese paper's section on the default single review: 三審三校 is offered first.
      await expect(page.getByLabel("Start from a template")).toHaveValue("san-shen-san-jiao");
      await expect(page.getByText("三審三校 is suggested for a Chinese paper")).toBeVisible();
      expect(await legends(page)).toEqual(["Stage 1: 審稿"]);

      await useTemplate(page, "三審三校", 6);
      await expect(page.getByText("Nothing is saved until you press “Save chain”.")).toBeVisible();
      expect(await legends(page)).toEqual([
        "Stage 1: 初審",
        "Stage 2: 複審",
        "Stage 3: 一校",
        "Stage 4: 二校",
        "Stage 5: 三校",
        "Stage 6: 終審",
      ]);
      // 複審 is passed by desk heads, and this desk has none yet: the page says stories would wait.
      await expect(stage(page, 2, "複審")).toContainText("this section has none yet");

      // Rename 三校, remove 二校, move 一校 up, add 簽發 for admins.
      const third = stage(page, 5, "三校");
      await third.getByLabel("Name (Traditional)").fill("終校");
      await stage(page, 5, "終校").getByLabel("Name (Simplified)").fill("终校");
      await stage(page, 5, "終校").getByLabel("Name (English)").fill("Last proof");
      await page.getByRole("button", { name: "Remove 二校" }).click();
      await page.getByRole("button", { name: "Move 一校 up" }).click();
      await expect(page.getByRole("button", { name: "Move 一校 up" })).toBeFocused();
      await page.getByRole("button", { name: "Add stage" }).click();
      const added = page.getByRole("group", { name: "Stage 6 (no name yet)", exact: true });
      await expect(added.getByLabel("Name (Traditional)")).toBeFocused();
      await page.keyboard.type("簽發");
      const sign = stage(page, 6, "簽發");
      await sign.getByLabel("Name (Simplified)").fill("签发");
      await sign.getByLabel("Name (English)").fill("Sign-off");
      // No one chosen to pass 簽發 yet: refused with one sentence naming it, nothing written.
      const untouched = await db.section.findUniqueOrThrow({ where: { slug: SLUG } });
      await page.getByRole("button", { name: "Save chain" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Nothing was saved" })).toHaveText(
        "No one may pass 簽發: choose a role, the desk heads or a person. Nothing was saved.",
      );
      await expect(sign.getByRole("group", { name: "Who may pass" })).toHaveAccessibleDescription(
        "No one may pass 簽發: choose a role, the desk heads or a person.",
      );
      expect(await db.section.findUniqueOrThrow({ where: { slug: SLUG } })).toEqual(untouched);
      await sign.getByLabel("Admin", { exact: true }).check();
      await page.getByRole("button", { name: "Save chain" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Chain saved." })).toBeVisible();

      const saved = await db.section.findUniqueOrThrow({ where: { slug: SLUG } });
      const chain = saved.reviewChain as Array<{
        key: string;
        name: { en: string };
        roles: string[];
      }>;
      expect(chain.map((s) => s.name.en)).toEqual([
        "First review",
        "First proof",
        "Second review",
        "Last proof",
        "Final review",
        "Sign-off",
      ]);
      expect(chain[5]?.roles).toEqual(["ADMIN"]);

      await page.reload();
      expect(await legends(page)).toEqual([
        "Stage 1: 初審",
        "Stage 2: 一校",
        "Stage 3: 複審",
        "Stage 4: 終校",
        "Stage 5: 終審",
        "Stage 6: 簽發",
      ]);
      await expect(stage(page, 4, "終校").getByLabel("Name (English)")).toHaveValue("Last proof");
      // Saved: no longer on the default, so the suggestion line is gone.
      await expect(page.getByText("三審三校 is suggested for a Chinese paper")).toHaveCount(0);
    });

    test("a second tab's save over an older version is refused with who and when; nothing written", async ({
      page,
    }) => {
      await page.goto(PATH);
      const second = await page.context().newPage();
      await second.goto(PATH);
      await expect(second.getByRole("heading", { level: 1 })).toBeVisible();

      await useTemplate(page, "Copy desk → Slot", 2);
      await page.getByRole("button", { name: "Save chain" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Chain saved." })).toBeVisible();
      const before = await db.section.findUniqueOrThrow({ where: { slug: SLUG } });

      await useTemplate(second, "Single review", 1);
      await second.getByRole("button", { name: "Save chain" }).click();
      const refusal = second.getByRole("status").filter({ hasText: "your changes were not saved" });
      await expect(refusal).toHaveText(
        /^Admin saved this chain at \d{2}:\d{2}, after you opened this page; your changes were not saved\. Reload the page to see theirs\.$/,
      );
      // The stages stay on screen; the first tab's chain is what is stored.
      expect(await legends(second)).toEqual(["Stage 1: 審稿"]);
      const after = await db.section.findUniqueOrThrow({ where: { slug: SLUG } });
      expect(after.reviewChain).toEqual(before.reviewChain);
      expect(after.reviewChainVersion).toBe(before.reviewChainVersion);
      await second.close();
    });
  });

  test.describe("as an editor", () => {
    test.use({ role: "editor" });

    test("the page does not exist, and the sections list offers no link to it", async ({
      page,
    }) => {
      expect((await page.goto(PATH))?.status()).toBe(404);
      await page.goto("/newsroom/sections");
      await expect(page.getByRole("heading", { level: 1, name: "Sections" })).toBeVisible();
      await expect(
        page.getByRole("link", { name: `Review chain of ${NAME}`, exact: true }),
      ).toHaveCount(0);
    });
  });
});
