import { fieldsFor } from "./harness";
import { WRONG_VALUES, type Attempt, type Rng } from "./hostile-actions";

/** A small seeded generator, so a failing run can be repeated exactly. */
export function random(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * Malformed or oversized requests at the route handlers: the editor's save (missing,
 * wrong and huge fields, deep nesting, broken JSON and UTF-8, unknown nodes, hostile
 * links), transitions, uploads, presence, the content API, feeds, search and auth.
 */
export function routeMutations(
  rng: Rng,
  article: { id: string; slug: string; version: number },
): Array<() => Attempt> {
  const valid = {
    baseVersion: article.version,
    kind: "AUTOSAVE",
    fields: fieldsFor(article.slug, "原文"),
  };
  const fieldNames = Object.keys(valid.fields) as Array<keyof typeof valid.fields>;

  const save = (label: string, body: string | Buffer, type = "application/json"): Attempt => ({
    method: "PUT",
    path: `/api/v1/articles/${article.id}`,
    body,
    type,
    label,
  });
  return [
    () => {
      const fields: Record<string, unknown> = { ...valid.fields };
      delete fields[rng.pick(fieldNames)];
      return save("missing field", JSON.stringify({ ...valid, fields }));
    },
    () => {
      const field = rng.pick(fieldNames.filter((name) => name !== "body"));
      let value = rng.pick(WRONG_VALUES);
      // Some wrong values are right for nullable text fields: make sure this one is not.
      if (value === null || typeof value === "string" || (Array.isArray(value) && !value.length))
        value = { wrong: true };
      return save(
        "wrong type",
        JSON.stringify({ ...valid, fields: { ...valid.fields, [field]: value } }),
      );
    },
    () =>
      save(
        "wrong top-level type",
        JSON.stringify(
          rng.pick([
            [],
            "text",
            42,
            null,
            { ...valid, baseVersion: rng.pick([0, -3, 1.5, "1", null]) },
          ]),
        ),
      ),
    () =>
      save(
        "huge headline",
        JSON.stringify({
          ...valid,
          fields: { ...valid.fields, headline: "長".repeat(300 + rng.int(2_000_000)) },
        }),
      ),
    () =>
      save(
        "huge body",
        JSON.stringify({ ...valid, fields: { ...valid.fields, body: "x".repeat(5_000_000) } }),
      ),
    () => {
      // Built as text: JSON.stringify itself overflows the stack at this depth.
      const levels = 200 + rng.int(20_000);
      const nested = `${'{"type":"paragraph","content":['.repeat(levels)}"deep"${"]}".repeat(levels)}`;
      const text = JSON.stringify({ ...valid, fields: { ...valid.fields, body: "@" } });
      return save(
        "deep nesting",
        text.replace('"body":"@"', `"body":{"type":"doc","content":[${nested}]}`),
      );
    },
    () => {
      const text = JSON.stringify(valid);
      const cut = rng.int(text.length - 1);
      return save("truncated JSON", text.slice(0, cut));
    },
    () => {
      const bytes = Buffer.from(JSON.stringify(valid));
      const at = rng.int(bytes.length);
      return save(
        "invalid UTF-8",
        Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(at)]),
      );
    },
    () =>
      save(
        "extra field",
        JSON.stringify({ ...valid, fields: { ...valid.fields, status: "PUBLISHED" } }),
      ),
    () =>
      save(
        "unknown node",
        JSON.stringify({
          ...valid,
          fields: {
            ...valid.fields,
            body: {
              type: "doc",
              content: [{ type: rng.pick(["script", "iframe", "div", "__proto__"]) }],
            },
          },
        }),
      ),
    () =>
      save(
        "hostile link",
        JSON.stringify({
          ...valid,
          fields: {
            ...valid.fields,
            body: {
              type: "doc",
              content: [
                {
                  type: "paragraph",
                  content: [
                    {
                      type: "text",
                      text: "x",
                      marks: [
                        {
                          type: "link",
                          attrs: {
                            href: rng.pick([
                              "javascript:alert(1)",
                              "data:text/html,<script>",
                              "vbscript:x",
                              " javascript:x",
                            ]),
                          },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          },
        }),
      ),
    () =>
      save(
        "wrong content type",
        JSON.stringify(valid),
        rng.pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]),
      ),
    () => ({
      method: "POST",
      path: `/api/v1/articles/${article.id}/transitions`,
      body: JSON.stringify(
        rng.pick([
          { transition: "detonate", version: article.version },
          { transition: "approve", version: "1" },
          { transition: ["submit"], version: article.version },
          { transition: "schedule", version: article.version, scheduledAt: "tomorrow" },
          { transition: "request-changes", version: article.version, note: "x".repeat(6_000) },
          { transition: "approve", version: article.version },
          { transition: "submit", version: article.version + 7 },
          { transition: "submit" },
        ]),
      ),
      type: "application/json",
      label: "bad transition",
    }),
    () => ({
      method: "PUT",
      path: `/api/v1/articles/${rng.pick(["not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "..%2F..%2Fetc"])}`,
      body: JSON.stringify(valid),
      type: "application/json",
      label: "bad article id",
    }),
    () => ({
      method: "GET",
      path: `/api/v1/articles?${rng.pick(["limit=0", "limit=1000", "limit=abc", "cursor=%FF%FE", "cursor=" + "z".repeat(5_000), "updated_since=2026-02-31", "section=%00", "tag=' or 1=1 --"])}`,
      label: "bad API parameters",
    }),
    () => ({
      method: "GET",
      path: `/search?q=${rng.pick(["%ED%A0%80", "%00", "a".repeat(10_000), "%E7%96", "'%22<script>", "%F0%9F%98%80".repeat(300)])}&after=${rng.pick(["", "x", "%FF"])}`,
      label: "hostile search",
    }),
    () => ({
      method: "POST",
      path: "/api/v1/media",
      body: Buffer.from(
        rng.pick([
          '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nMZ\x90\x00',
          "not multipart",
          "",
        ]),
      ),
      type: rng.pick([
        "multipart/form-data; boundary=x",
        "multipart/form-data",
        "application/octet-stream",
      ]),
      label: "bad upload",
    }),
    () => ({
      method: "POST",
      path: `/api/v1/articles/${rng.pick([article.id, "x", "%00"])}/presence`,
      body: rng.pick(["{", "[]", '{"x":1}', "\u0000", "a".repeat(100_000)]),
      type: "application/json",
      label: "bad presence",
    }),
    () => ({
      method: "GET",
      path: rng.pick([
        `/api/v1/articles/${rng.pick(["x", "%FF", "00000000-0000-0000-0000-000000000000"])}`,
        `/api/v1/articles/${rng.pick(["x", "%00", article.id + "x"])}/working-copy`,
        `/sections/${rng.pick(["%FF", "a".repeat(2_000), "..%2F.."])}/${rng.pick(["feed.xml", "atom.xml", "feed.json"])}`,
        `/feed.xml?${rng.pick(["page=-1", "after=%FF", "limit=99999"])}`,
        `/media/${rng.pick(["..%2F..%2Fetc%2Fpasswd", "%00", "a/".repeat(500), "x.jpg%FF"])}`,
        `/sitemap.xml?page=${rng.pick(["-1", "abc", "9".repeat(40)])}`,
        `/api/auth/${rng.pick(["session", "csrf", "%FF", "signin/x", "callback/credentials"])}`,
      ]),
      label: "bad reads",
    }),
    () => ({
      method: "POST",
      path: `/api/auth/${rng.pick(["callback/credentials", "signout", "signin/credentials", "%FF"])}`,
      body: rng.pick(["email=%FF&password=", "{", "csrfToken=x"]),
      type: rng.pick(["application/x-www-form-urlencoded", "application/json"]),
      label: "bad auth request",
    }),
    () => ({
      method: "POST",
      path: "/locale",
      body: "locale=%FF%FE",
      type: "application/x-www-form-urlencoded",
      label: "bad locale",
    }),
    () => ({
      method: "GET",
      path: `/articles/${rng.pick(["%", "%E0%A4%A", "a".repeat(3_000), "..%2F"])}`,
      label: "bad slug",
    }),
  ];
}
