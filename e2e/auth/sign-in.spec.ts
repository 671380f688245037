import { expect, test } from "@playwright/test";
import { createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[AUTH] sign-in and navigation", () => {
  for (const [role, account, expected] of [
    ["reporter", DEMO.reporter, { users: false, audit: false }],
    ["editor", DEMO.editor, { users: false, audit: true }],
    ["admin", DEMO.admin, { users: true, audit: true }],
  ] as const) {
    test(`the ${role} signs in and sees the ${role}'s navigation`, async ({ page }) => {
      await signIn(page, account.email);
      const nav = page.getByRole("navigation", { name: "Newsroom navigation" });
      await expect(nav.getByRole("link", { name: "Stories", exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "All stories" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(expected.users ? 1 : 0);
      await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(
        expected.audit ? 1 : 0,
      );
      await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login$/);
      await page.goto("/newsroom");
      await expect(page).toHaveURL(/\/login$/);
    });
  }

  test("a reporter sees only the stories they created or hold a byline on", async ({ page }) => {
    const reporter = await createUser(db);
    const other = await createUser(db);
    const own = await db.article.create({
      data: {
        headline: `Own story ${reporter.id}`,
        slug: `own-${reporter.id}`,
        body: { type: "doc", content: [] },
        createdById: reporter.id,
      },
    });
    await db.article.create({
      data: {
        headline: `Someone else's draft ${other.id}`,
        slug: `other-${other.id}`,
        body: { type: "doc", content: [] },
        createdById: other.id,
      },
    });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await expect(page.getByRole("cell", { name: own.headline })).toBeVisible();
    await expect(page.getByText(`Someone else's draft ${other.id}`)).toHaveCount(0);
  });

  test("a wrong email and a wrong password get the same message", async ({ page }) => {
    const messages: string[] = [];
    for (const [email, password] of [
      [DEMO.reporter.email, "not-the-password"],
      ["nobody-here@example.com", "galley-demo"],
    ]) {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email!);
      await page.getByLabel("Password").fill(password!);
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.locator("form").getByRole("alert");
      await expect(alert).toBeVisible();
      messages.push((await alert.textContent()) ?? "");
    }
    expect(messages[0]).toBe("The email or password is not right.");
    expect(messages[1]).toBe(messages[0]);
  });

  test("the throttle engages after repeated failures, in the form and at the endpoint", async ({
    page,
    request,
  }) => {
    const user = await createUser(db);
    for (let attempt = 0; attempt < 10; attempt++) {
      await page.goto("/login");
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("form").getByRole("alert")).toBeVisible();
    }
    // The right password is refused too while the account is blocked.
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await page.getByLabel("Password").fill(FACTORY_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      /Too many failed attempts\. Try again in 15 minutes\./,
    );
    await expect(page).toHaveURL(/\/login$/);

    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: user.email, password: FACTORY_PASSWORD },
    });
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
    expect((await response.json()).message).toMatch(/Try again in 15 minutes/);
    // The callback takes the form's POST only: a GET is a 405 with a sentence, not a 500.
    const get = await request.get("/api/auth/callback/credentials");
    expect(get.status()).toBe(405);
    expect(get.headers()["allow"]).toBe("POST");
    expect((await get.json()).message).toBe("Sign in through the sign-in form.");
  });

  test("a deactivated user is signed out on their next request", async ({ page }) => {
    const user = await createUser(db);
    await signIn(page, user.email, FACTORY_PASSWORD);
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    await page.reload();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  });
});
