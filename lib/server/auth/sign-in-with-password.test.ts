import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser, FACTORY_PASSWORD } from "@/prisma/factories";
import { signInWithPassword } from "./sign-in-with-password";
import { ACCOUNT_FAILURE_LIMIT } from "./throttle";

afterAll(() => db.$disconnect());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the sign-in to fail");
}

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitively on the email", async () => {
    const user = await createUser(db);
    const signedIn = await signInWithPassword({
      email: user.email.toUpperCase(),
      password: FACTORY_PASSWORD,
      ip: "10.0.0.1",
    });
    expect(signedIn).toEqual({ id: user.id, role: "REPORTER", sessionVersion: 1 });
  });

  it("answers a wrong email and a wrong password with the same error", async () => {
    const user = await createUser(db);
    const wrongPassword = await failure(
      signInWithPassword({ email: user.email, password: "nope", ip: "10.0.0.2" }),
    );
    const wrongEmail = await failure(
      signInWithPassword({
        email: "nobody@example.test",
        password: FACTORY_PASSWORD,
        ip: "10.0.0.2",
      }),
    );
    expect([wrongPassword.code, wrongPassword.message]).toEqual([
      wrongEmail.code,
      wrongEmail.message,
    ]);
    expect(wrongPassword.code).toBe("INVALID_CREDENTIALS");
  });

  it("refuses a deactivated user with the same error", async () => {
    const user = await createUser(db, { isActive: false });
    const error = await failure(
      signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, ip: "10.0.0.3" }),
    );
    expect(error.code).toBe("INVALID_CREDENTIALS");
  });

  it(`throttles an account after ${ACCOUNT_FAILURE_LIMIT} failures, even for the right password, with a retry time`, async () => {
    const user = await createUser(db);
    const attempts = Array.from({ length: ACCOUNT_FAILURE_LIMIT }, (_, i) =>
      failure(signInWithPassword({ email: user.email, password: `wrong-${i}`, ip: `10.1.0.${i}` })),
    );
    // Concurrent failures are all counted: the counter is one atomic statement.
    expect((await Promise.all(attempts)).map((e) => e.code)).toEqual(
      Array(ACCOUNT_FAILURE_LIMIT).fill("INVALID_CREDENTIALS"),
    );
    const throttled = await failure(
      signInWithPassword({ email: user.email, password: FACTORY_PASSWORD, ip: "10.1.1.1" }),
    );
    expect(throttled.code).toBe("THROTTLED");
    expect(Number(throttled.details?.retryAfter)).toBeGreaterThan(14 * 60);
    expect(Number(throttled.details?.retryAfter)).toBeLessThanOrEqual(15 * 60);
  });
});
