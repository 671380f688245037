import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Import boundaries from docs/ARCHITECTURE.md, kept by the linter rather than by memory:
 * components never reach the database or the use-cases; pure lib modules never reach
 * React, Next or Prisma's client; nothing but lib/server (and scripts/tests) imports lib/db.
 */
const noDatabase = {
  group: [
    "@/lib/db",
    "@/lib/db-client",
    "**/lib/db",
    "**/lib/db-client",
    "@/lib/server/*",
    "**/lib/server/*",
  ],
  message: "Components get data as props and change it through server actions (ARCHITECTURE.md).",
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
    rules: { "no-restricted-imports": ["error", { patterns: [noDatabase] }] },
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
              group: ["@/lib/db", "@/lib/db-client"],
              message: "Routes call one lib/server use-case; only use-cases touch the database.",
            },
          ],
        },
      ],
    },
  },
];
export default config;
