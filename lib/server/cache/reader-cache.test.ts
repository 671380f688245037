import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PageCacheHook } from "@/lib/runtime/page-server";
import { cached, invalidateTags } from "./reader-cache";

afterAll(() => db.$disconnect());

describe("invalidateTags", () => {
  it("drops this process's data and pages before it returns; the other processes hear later", async () => {
    const dropped: string[][] = [];
    const hooks = globalThis as { galleyPageCache?: PageCacheHook };
    hooks.galleyPageCache = { invalidate: (tags) => dropped.push([...tags]) };
    try {
      let loads = 0;
      const load = () =>
        cached(
          "reader-cache-test",
          () => ["article:test"],
          async () => ++loads,
        );
      expect(await load()).toBe(1);
      expect(await load()).toBe(1);
      invalidateTags(["article:test"]);
      // Synchronously: no await between the change and what the same process serves next.
      expect(dropped).toEqual([["article:test"]]);
      expect(await load()).toBe(2);
    } finally {
      delete hooks.galleyPageCache;
    }
  });
});
