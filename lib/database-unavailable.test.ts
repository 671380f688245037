import { describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { findFreePort } from "@/lib/runtime/port";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "./database-unavailable";
import { jsonError } from "@/lib/server/http/json-route";

describe("a database that does not answer", () => {
  it("is recognised from what Prisma really throws when nothing listens on the port", async () => {
    const port = await findFreePort();
    const client = createDbClient(`postgresql://postgres@127.0.0.1:${port}/nowhere`);
    const error = await client.user.count().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    await client.$disconnect().catch(() => undefined);
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    const response = jsonError(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: "UNAVAILABLE",
      message:
        "The newsroom's database is not answering right now. Nothing was lost: try again in a few seconds.",
    });
  });

  it("is not confused with refusals or bugs", () => {
    expect(isDatabaseUnavailable(new AppError("CONFLICT", "changed"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate"), { code: "P2002" }))).toBe(
      false,
    );
  });
});
