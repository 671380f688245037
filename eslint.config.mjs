import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Import boundaries from docs/ARCHITECTURE.md, kept by the linter rather than by memory:
 * components never reach the database or the use-cases; pure lib modules never reach
 * React, Next or Prisma's client; nothing but lib/server (and scripts/tests) imports lib/db or lib/reader-db.
 */
const noDatabase = {
  group: [
    "@/lib/db",
    "@/lib/db-client",
    "@/lib/reader-db",
    "**/lib/db",
    "**/lib/db-client",
    "**/lib/reader-db",
    "@/lib/server/*",
    "**/lib/server/*",
  ],
  message: "Components get data as props and change it through server actions (ARCHITECTURE.md).",
};
// zod is about 100 KB gzipped: forms get plain data from the server, and only types from the
// schema modules, so it never reaches the browser (the editor's JS budget is 300 KB).
const noZodInBrowser = {
  group: [
    "zod",
    "zod/*",
    "@/lib/schemas/zod",
    "@/lib/schemas/article-fields",
    "@/lib/schemas/article",
  ],
  allowTypeImports: true,
  message: "Import only types from schema modules in components: zod stays on the server.",
};
const noFramework = {
  group: [
    "react",
    "react-dom",
    "next",
    "next/*",
    "@/lib/generated/*",
    "**/generated/prisma/*",
    "@/lib/db",
    "@/lib/reader-db",
    "@/lib/server/*",
  ],
  message: "lib/workflow and lib/content are pure TypeScript (ARCHITECTURE.md).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "prisma/schema-engine.mjs",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase, noZodInBrowser] }] },
  },
  {
    files: ["lib/workflow/**/*.ts", "lib/content/**/*.ts", "lib/schemas/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noFramework] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db-client", "@/lib/reader-db"],
              message: "Routes call one lib/server use-case; only use-cases touch the database.",
            },
          ],
        },
      ],
    },
  },
  {
    // Logs go through pino (lib/log.ts): JSON lines with the request id. Scripts may print.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/generated/**"],
    rules: { "no-console": "error" },
  },
  {
    // An import cycle makes load order decide what is undefined at start-up. Tests and
    // specs are left out: nothing imports them, so they cannot close a cycle, and the
    // rule's cost (parsing every module each file imports) would nearly double.
    files: ["{app,components,lib,prisma,scripts}/**/*.{ts,tsx}", "*.ts"],
    ignores: ["**/*.test.ts", "lib/generated/**"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
];
export default config;
