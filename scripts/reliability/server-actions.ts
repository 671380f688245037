import fs from "node:fs";
import path from "node:path";
import { root } from "../with-database";

/**
 * Calling the app's server actions the way React's client does, without a browser: the
 * action's id from the build's manifest in a `Next-Action` header, its arguments encoded
 * as React's `encodeReply` would (JSON, or multipart when an argument is a FormData).
 */
type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** "file#exportedName" → the action id of the current build. */
export function actionIds(): Map<string, string> {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node))
    ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

/** A FormData argument, as plain entries so payloads can be generated and printed. */
export class FormArg {
  constructor(readonly entries: Array<[string, string | Blob]>) {}
}

/** The request body React's client sends for these arguments. */
export function encodeArgs(args: unknown[]): { body: string | FormData; type?: string } {
  if (!args.some((arg) => arg instanceof FormArg)) {
    return { body: JSON.stringify(escapeDollars(args)), type: "text/plain;charset=UTF-8" };
  }
  const form = new FormData();
  let part = 0;
  const root = args.map((arg) => {
    if (!(arg instanceof FormArg)) return escapeDollars(arg);
    part += 1;
    for (const [key, value] of arg.entries) form.append(`_${part}_${key}`, value);
    return `$K${part.toString(16)}`;
  });
  form.set("0", JSON.stringify(root));
  return { body: form };
}

/** React marks its references with "$"; a string that starts with one is sent as "$$…". */
function escapeDollars(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeDollars);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDollars(v)]));
  return value;
}

export type ActionAnswer = {
  status: number;
  /** The action's return value, when it returned one. */
  result: unknown;
  /** Where the action redirected, if it did. */
  redirect: string | null;
};

/** Calls an action as the page at `page` would; `body` overrides the encoding (fuzzing). */
export async function callAction(
  base: string,
  id: string,
  args: unknown[],
  options: { cookie?: string; page?: string; body?: string | Buffer; type?: string } = {},
): Promise<ActionAnswer> {
  const encoded =
    options.body !== undefined ? { body: options.body, type: options.type } : encodeArgs(args);
  const response = await fetch(`${base}${options.page ?? "/newsroom"}`, {
    method: "POST",
    headers: {
      "next-action": id,
      origin: base,
      accept: "text/x-component",
      ...(encoded.type ? { "content-type": encoded.type } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: encoded.body as BodyInit,
    redirect: "manual",
  });
  const text = await response.text();
  const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location");
  return { status: response.status, result: actionResult(text), redirect };
}

/** The value of row 1 of the RSC answer (`0:{"a":"$@1",…}` points at it). */
function actionResult(text: string): unknown {
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (!row) return undefined;
  try {
    return JSON.parse(row.slice(2));
  } catch {
    return row.slice(2);
  }
}
