import { createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { expect, test } from "../fixtures/session";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[AUTH] managing users", () => {
  test("an admin adds a reporter, who sets a password through the one-time link; a role change applies on their next request", async ({
    pageAs,
    browser,
  }) => {
    const email = `new-reporter-${Date.now()}@example.test`;
    const page = await pageAs("admin");
    await page.goto("/newsroom");
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Users" })
      .click();
    await page.getByLabel("Name").fill("孫曉");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("REPORTER");
    await page.getByRole("button", { name: "Create account" }).click();
    const status = page.getByRole("status").filter({ hasText: "one-time link" });
    await expect(status).toBeVisible();
    const link = (await status.locator("p.font-mono").textContent())!.trim();
    expect(link).toMatch(/\/reset-password\/[\w-]{30,}$/);

    const newcomer = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en" } });
    const theirPage = await newcomer.newPage();
    await theirPage.goto(new URL(link).pathname);
    await theirPage.getByLabel("New password").fill("a-strong-new-password");
    await theirPage.getByRole("button", { name: "Save password" }).click();
    await expect(theirPage.getByRole("status")).toHaveText(
      "Your password is set. You can sign in now.",
    );
    // The link works once.
    await theirPage.getByLabel("New password").fill("another-new-password");
    await theirPage.getByRole("button", { name: "Save password" }).click();
    await expect(theirPage.getByRole("status")).toHaveText(/expired or was already used/);

    await signIn(theirPage, email, "a-strong-new-password");
    const theirNav = theirPage.getByRole("navigation", { name: "Newsroom navigation" });
    await expect(theirNav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByLabel("Role for 孫曉").selectOption("EDITOR");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toContainText("Saved");
    // The change applies on their next request, without signing them out.
    await theirPage.reload();
    await expect(theirPage).toHaveURL(/\/newsroom$/);
    await expect(theirNav.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expect(theirPage.getByText("Signed in as 孫曉 · Editor")).toBeVisible();

    // Deactivated from the users page: their next request ends the session.
    await page.reload();
    await page
      .getByRole("row")
      .filter({ hasText: email })
      .getByRole("button", { name: "Deactivate" })
      .click();
    await expect(
      page.getByRole("row").filter({ hasText: email }).getByRole("cell", { name: "Deactivated" }),
    ).toBeVisible();
    await theirPage.reload();
    await expect(theirPage).toHaveURL(/\/login$/);
    await newcomer.close();
  });

  test("after “Change role” the row shows the stored role, and pressing again does not undo it", async ({
    pageAs,
  }) => {
    const someone = await createUser(db, { role: "REPORTER" });
    const page = await pageAs("admin");
    await page.goto("/newsroom/users");
    const row = page.getByRole("row").filter({ hasText: someone.email });
    const select = row.getByLabel(`Role for ${someone.name}`);
    await select.selectOption("EDITOR");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toContainText("Saved");
    await expect(row.getByRole("cell", { name: "Editor", exact: true })).toBeVisible();
    // The select used to snap back to "Reporter" here (React's reset of the form).
    await expect(select).toHaveValue("EDITOR");
    await page.reload();
    await expect(select).toHaveValue("EDITOR");
    // Pressing again keeps what is stored instead of silently undoing it.
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toContainText("Saved");
    await expect(select).toHaveValue("EDITOR");
    expect((await db.user.findUniqueOrThrow({ where: { id: someone.id } })).role).toBe("EDITOR");
  });

  test("a taken email is refused beside the “Email” field, keeps what was typed, and creates no one", async ({
    pageAs,
  }) => {
    const page = await pageAs("admin");
    await page.goto("/newsroom/users");
    const before = await db.user.count();
    await page.getByLabel("Name").fill("重複的人");
    await page.getByLabel("Email").fill(DEMO.editor.email);
    await page.getByRole("button", { name: "Create account" }).click();
    const email = page.getByLabel("Email");
    await expect(email).toHaveAccessibleDescription(
      "Someone already has an account with that email.",
    );
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue(DEMO.editor.email);
    await expect(page.getByLabel("Name")).toHaveValue("重複的人");
    await expect(page.getByLabel("Name")).not.toHaveAttribute("aria-invalid", "true");
    expect(await db.user.count()).toBe(before);
  });

  test("an editor cannot open the users page", async ({ pageAs }) => {
    const page = await pageAs("editor");
    const response = await page.goto("/newsroom/users");
    expect(response?.status()).toBe(404);
  });

  test("a user changes their own password; the old one stops working", async ({ page }) => {
    const user = await createUser(db);
    await signIn(page, user.email, FACTORY_PASSWORD);
    await page.getByRole("link", { name: "Your account" }).click();
    await page.getByLabel("Current password").fill("not-my-password");
    await page.getByLabel("New password").fill("my-brand-new-password");
    await page.getByRole("button", { name: "Save password" }).click();
    await expect(page.getByRole("status")).toHaveText("The current password is not right.");
    await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
      "The current password is not right.",
    );
    await page.getByLabel("Current password").fill(FACTORY_PASSWORD);
    await page.getByLabel("New password").fill("my-brand-new-password");
    await page.getByRole("button", { name: "Save password" }).click();
    await expect(page.getByRole("status")).toContainText("Password changed");
    await page.reload(); // this session survives the change
    await expect(page).toHaveURL(/\/newsroom\/account$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(FACTORY_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "The email or password is not right.",
    );
    await signIn(page, user.email, "my-brand-new-password");
  });
});
