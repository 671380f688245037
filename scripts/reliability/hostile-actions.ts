import { planningHostileCalls } from "./planning-checks";
import crypto from "node:crypto";
import { accountHostileCalls } from "./account-checks";
import { frontHostileCalls } from "./front-checks";
import { liveHostileCalls } from "./live-checks";
import { encodeArgs, FormArg } from "./server-actions";
import { contributorHostileCalls } from "./contributor-checks";
import { planningEventHostileCalls } from "./planning-event-checks";
import { reviewChainHostileCalls } from "./review-chain-checks";
import { sectionHostileCalls } from "./section-checks";
import { tagHostileCalls } from "./tag-checks";

export type Rng = {
  next: () => number;
  int: (max: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

/** One request: a route handler's, or a server action's when `action` names its id. */
export type Attempt = {
  method: string;
  path: string;
  body?: string | Buffer | FormData;
  type?: string;
  label: string;
  action?: string;
  /** A body React's client never sends (cut short, broken references): refused before any action. */
  malformedEncoding?: boolean;
};

export const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  [],
  {},
  "",
  "x".repeat(10_000),
  ["a", 1, null],
  { $where: "1" },
  "\u0000\ud800",
];

const uuid = () => crypto.randomUUID();

/**
 * Each action with arguments that are well formed but refused (unknown ids, a draft that
 * cannot be approved, a made-up token): whatever the fuzzing does to them, nothing may be
 * written. Actions without arguments (create article, mark all read, sign out) act on
 * the caller alone and are left to the permissions case.
 */
function baseCalls(draft: { id: string; version: number }): Record<string, () => unknown[]> {
  return {
    suggestSlugAction: () => [{ headline: "德州新聞", articleId: draft.id }],
    convertScriptAction: () => [
      { articleId: draft.id, to: "hans", baseVersion: draft.version + 50 },
    ],
    createContributorAction: () => [{ name: "", kind: "PERSON" }],
    transitionAction: () => [
      { articleId: draft.id, transition: "approve", version: draft.version },
    ],
    setEmbargoAction: () => [{ articleId: uuid(), until: null }],
    addCommentAction: () => [{ articleId: uuid(), body: "請核對。" }],
    resolveCommentAction: () => [{ commentId: uuid(), resolved: true }],
    decideSuggestionsAction: () => [{ articleId: uuid(), ids: "all", decision: "reject" }],
    addCorrectionAction: () => [
      { articleId: draft.id, text: "更正", correctedAt: "2026-11-01T10:00" },
    ],
    sharePreviewAction: () => [{ articleId: uuid() }],
    revokePreviewAction: () => [{ articleId: uuid(), linkId: uuid() }],
    restoreRevisionAction: () => [
      new FormArg([
        ["articleId", draft.id],
        ["revisionId", uuid()],
      ]),
    ],
    previewImportAction: () => [
      {},
      new FormArg([
        ["text", "德州訊"],
        ["annotations", "ruby"],
      ]),
    ],
    createImportAction: () => [
      {},
      new FormArg([
        ["sourceKind", "pdf"],
        ["sourceContent", "德州訊"],
        ["annotations", "keep"],
        ["headline", "x"],
      ]),
    ],
    updateMediaAction: () => [
      new FormArg([
        ["id", uuid()],
        ["alt", "x"],
      ]),
    ],
    deleteMediaAction: () => [new FormArg([["id", uuid()]])],
    openNotificationAction: () => [new FormArg([["id", uuid()]])],
    ...accountHostileCalls(uuid),
    ...sectionHostileCalls(uuid),
    ...tagHostileCalls(uuid),
    ...contributorHostileCalls(uuid),
    ...frontHostileCalls(uuid),
    ...reviewChainHostileCalls(uuid),
    ...planningHostileCalls(uuid),
    ...planningEventHostileCalls(uuid),
    ...liveHostileCalls(uuid),
  };
}

/** A value no field takes: an object or a number where text is expected, or vice versa. */
function wrongValue(rng: Rng): unknown {
  const value = rng.pick(WRONG_VALUES);
  return typeof value === "string" && value.length < 100 && !value.startsWith("$")
    ? { wrong: value }
    : value;
}

function mutateArgs(rng: Rng, args: unknown[]): { args: unknown[]; label: string } {
  const copy = [...args];
  const at = rng.int(copy.length || 1);
  const target = copy[at];
  const kind = rng.int(6);
  if (kind === 0)
    return { args: rng.next() < 0.5 ? [] : [...copy, wrongValue(rng)], label: "wrong arity" };
  if (kind === 1 || target === undefined) {
    copy[at] = wrongValue(rng);
    return { args: copy, label: "wrong argument type" };
  }
  if (target instanceof FormArg) {
    const entries = [...target.entries];
    const field = rng.int(entries.length);
    const name = entries[field]![0];
    const choice = rng.int(5);
    if (choice === 0) entries[field] = [name, "長".repeat(100_000 + rng.int(1_500_000))];
    else if (choice === 1)
      entries[field] = [
        name,
        new Blob([Buffer.from([0xff, 0xfe, 0xc3, 0x28])], { type: "text/plain" }),
      ];
    else if (choice === 2) entries.splice(field, 1);
    else if (choice === 3) entries.push([name, "\u0000"], [name, "second value"]);
    else entries[field] = [name, rng.pick(["", "\u0000", "../../etc/passwd", "%00", "<script>"])];
    return {
      args: copy.map((arg) => (arg === target ? new FormArg(entries) : arg)),
      label: "hostile form field",
    };
  }
  if (target && typeof target === "object" && !Array.isArray(target)) {
    const record: Record<string, unknown> = { ...(target as Record<string, unknown>) };
    const keys = Object.keys(record);
    const choice = rng.int(4);
    const key = keys.length ? rng.pick(keys) : "x";
    if (choice === 0) record[key] = wrongValue(rng);
    else if (choice === 1) delete record[key];
    else if (choice === 2)
      record[rng.pick(["__proto__", "status", "createdById", "role"])] = "ADMIN";
    else record[key] = "長".repeat(100_000 + rng.int(1_000_000));
    copy[at] = record;
    return { args: copy, label: "hostile argument field" };
  }
  copy[at] = rng.next() < 0.5 ? "長".repeat(1_000_000) : wrongValue(rng);
  return { args: copy, label: "hostile argument" };
}

/** Bodies no React client sends: React's own decoder has to refuse them. */
function malformedBody(rng: Rng): { body: string | Buffer; type: string; label: string } {
  const depth = 1_000 + rng.int(50_000);
  const choice = rng.int(6);
  if (choice === 0)
    return { body: '[{"articleId":', type: "text/plain;charset=UTF-8", label: "truncated reply" };
  if (choice === 1)
    return {
      body: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]),
      type: "text/plain;charset=UTF-8",
      label: "invalid UTF-8 reply",
    };
  if (choice === 2)
    return {
      body: `${"[".repeat(depth)}${"]".repeat(depth)}`,
      type: "text/plain;charset=UTF-8",
      label: "deeply nested reply",
    };
  if (choice === 3)
    return {
      body: JSON.stringify([rng.pick(["$Q9", "$@7", "$K3", "$T", "$F1", "$h2", "$W0"])]),
      type: "text/plain;charset=UTF-8",
      label: "dangling reference",
    };
  if (choice === 4)
    return {
      body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
      type: "multipart/form-data; boundary=x",
      label: "broken multipart reply",
    };
  return {
    body: "x".repeat(7 * 1024 * 1024),
    type: "text/plain;charset=UTF-8",
    label: "reply over the size limit",
  };
}

/** `count` fuzzed calls spread over every server action that takes input. */
export function actionAttempts(
  rng: Rng,
  count: number,
  ids: Map<string, string>,
  draft: { id: string; version: number },
): Attempt[] {
  const calls = baseCalls(draft);
  const idOf = (name: string) => [...ids].find(([key]) => key.endsWith(`#${name}`))?.[1];
  const names = Object.keys(calls).filter((name) => idOf(name));
  return Array.from({ length: count }, () => {
    const name = rng.pick(names);
    const action = idOf(name)!;
    if (rng.next() < 0.15) {
      const { body, type, label } = malformedBody(rng);
      return {
        method: "POST",
        path: "/newsroom",
        action,
        body,
        type,
        label: `${name}: ${label}`,
        malformedEncoding: true,
      };
    }
    const { args, label } = mutateArgs(rng, calls[name]!());
    const encoded = encodeArgs(args);
    return {
      method: "POST",
      path: "/newsroom",
      action,
      body: encoded.body,
      ...(encoded.type ? { type: encoded.type } : {}),
      label: `${name}: ${label}`,
    };
  });
}

/** Which server actions the fuzzing reaches. */
export function fuzzedActionNames(): string[] {
  return Object.keys(baseCalls({ id: "", version: 0 }));
}
