/**
 * `npm run import -- FILE [--annotations ruby|remove|keep] [--as EMAIL]`: the newsroom's
 * importer as a command. Makes a draft from a .txt, .docx or .html file on the same
 * database `npm start` uses, credited to --as (default: the first active admin).
 * Runs with the react-server condition so the use-cases' "server-only" guard resolves.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { StartupError } from "../lib/runtime/startup-error";
import { withDatabase } from "./with-database";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { annotations: { type: "string", default: "ruby" }, as: { type: "string" } },
});
const file = positionals[0];
const mode = values.annotations;
if (!file || !["ruby", "remove", "keep"].includes(mode)) {
  console.error("Usage: npm run import -- FILE [--annotations ruby|remove|keep] [--as EMAIL]");
  process.exit(1);
}

await withDatabase(async (database) => {
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../lib/db");
  const { importArticle, previewImport } = await import("../lib/server/articles/import-article");
  try {
    const user = values.as
      ? await db.user.findUnique({ where: { email: values.as.toLowerCase() } })
      : await db.user.findFirst({
          where: { role: "ADMIN", isActive: true },
          orderBy: { createdAt: "asc" },
        });
    if (!user)
      throw new StartupError(
        `No such user${values.as ? ` as ${values.as}` : " (no active admin)"}; pass --as with a newsroom account's email.`,
      );
    if (!fs.existsSync(file)) throw new StartupError(`There is no file at ${file}.`);
    const data = fs.readFileSync(file);
    const extension = path.extname(file).toLowerCase();
    const source =
      extension === ".docx"
        ? ({ kind: "docx", data } as const)
        : extension === ".html" || extension === ".htm"
          ? ({ kind: "html", html: data.toString("utf8") } as const)
          : ({ kind: "text", text: data.toString("utf8") } as const);
    const actor = { id: user.id, role: user.role };
    const annotations = mode as "ruby" | "remove" | "keep";
    const preview = await previewImport(actor, source, annotations);
    const { id } = await importArticle(actor, { source, annotations });
    const lines = [
      `Imported “${preview.headline}” as a draft: ${id}`,
      ...(preview.dek ? [`  dek: ${preview.dek}`] : []),
      `  ${preview.paragraphs} paragraphs, ${preview.annotations} pinyin annotations (${annotations}), language ${preview.language}`,
      `  bylines: ${preview.credits.map((c) => `${c.name} (${c.role.toLowerCase()})`).join(", ") || "none found"}`,
      ...preview.damage.map(
        (d) => `  check: ${d.kind} at “${d.excerpt}”${d.reading ? ` (reading ${d.reading})` : ""}`,
      ),
    ];
    return lines.join("\n");
  } finally {
    await db.$disconnect();
  }
});
