import type { TArticleFields } from "@/lib/schemas/article";

/** What the editor works with: the fields plus the versions they were based on. */
export type WorkingCopy = {
  version: number;
  metaVersion: number;
  updatedAt: string;
  fields: TArticleFields;
};

export type SaveOutcome =
  | { type: "saved"; version: number; metaVersion: number; savedAt: string }
  | { type: "conflict"; current: WorkingCopy }
  | { type: "refused"; message: string; field?: string; reason?: string }
  | { type: "offline" };

/**
 * One save of the working copy. `keepalive` lets a save started as the page closes
 * finish after it. Network failures and 5xx answers are "offline": the caller keeps the
 * change on the device and tries again.
 */
export async function putArticle(
  articleId: string,
  body: {
    baseVersion: number;
    baseMetaVersion?: number;
    kind: "AUTOSAVE" | "MANUAL";
    fields: TArticleFields;
  },
  options: { keepalive?: boolean } = {},
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/articles/${articleId}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      keepalive: options.keepalive === true && JSON.stringify(body).length < 60_000,
      credentials: "same-origin",
    });
  } catch {
    return { type: "offline" };
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok)
    return {
      type: "saved",
      version: Number(payload.version),
      metaVersion: Number(payload.metaVersion),
      savedAt: String(payload.savedAt),
    };
  if (response.status === 409 && payload.current)
    return { type: "conflict", current: payload.current as WorkingCopy };
  if (response.status >= 500 || response.status === 408 || response.status === 429)
    return { type: "offline" };
  return {
    type: "refused",
    message: typeof payload.message === "string" ? payload.message : "The save was refused.",
    ...(typeof payload.field === "string" ? { field: payload.field } : {}),
    ...(typeof payload.reason === "string" ? { reason: payload.reason } : {}),
  };
}

const key = (articleId: string) => `galley:unsent:${articleId}`;

/** Unsent changes kept on this device until the server has them. */
export const deviceStore = {
  save(articleId: string, copy: { baseVersion: number; fields: TArticleFields }) {
    try {
      localStorage.setItem(
        key(articleId),
        JSON.stringify({ ...copy, keptAt: new Date().toISOString() }),
      );
    } catch {
      // storage full or disabled: the in-memory copy is still retried
    }
  },
  load(articleId: string): { baseVersion: number; fields: TArticleFields; keptAt: string } | null {
    try {
      const raw = localStorage.getItem(key(articleId));
      return raw
        ? (JSON.parse(raw) as { baseVersion: number; fields: TArticleFields; keptAt: string })
        : null;
    } catch {
      return null;
    }
  },
  clear(articleId: string) {
    try {
      localStorage.removeItem(key(articleId));
    } catch {
      // nothing to clear
    }
  },
};
