"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TArticleFields } from "@/lib/schemas/article";
import { deviceStore, putArticle, type WorkingCopy } from "./save-client";

/** The co-editing document's commit: its working copy derived now (use-collab.ts). */
export type Commit = (
  kind: "AUTOSAVE" | "MANUAL",
) => Promise<{ ok: boolean; version?: number; metaVersion?: number }>;

export type SaveStatus =
  "saved" | "unsaved" | "saving" | "offline" | "conflict" | "merging" | "refused";

/** The copy the server holds at `version`: the common base of a three-way merge. */
export type SavedCopy = { version: number; fields: TArticleFields };

const DEBOUNCE_MS = 1000;
const RETRY_MS = 3000;

/**
 * Autosave: about a second after typing pauses, on blur and when the page is hidden.
 * Every save names the version it was based on; a conflict stops saving and hands both
 * copies to the conflict view. Changes that could not be sent stay on the device and
 * are retried, also after the browser comes back online.
 */
export function useAutosave(
  articleId: string,
  initialVersion: number,
  getFields: () => TArticleFields,
  initialFields?: TArticleFields,
  coEditing?: { metaVersion: number; commit: Commit },
) {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [conflict, setConflict] = useState<WorkingCopy | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; reason?: string } | null>(null);
  const version = useRef(initialVersion);
  // A co-editing page's metadata saves are guarded on this (the body moves without it).
  const metaVersion = useRef(coEditing?.metaVersion ?? 0);
  const commitBody = coEditing?.commit;
  // What the server holds at `version.current`, when this page knows it (null after
  // restoring an older copy kept on the device).
  const base = useRef<SavedCopy | null>(
    initialFields ? { version: initialVersion, fields: initialFields } : null,
  );
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const current = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const blocked = useRef(false); // while a conflict is open
  // Timers call the latest flush through this ref (a callback cannot name itself).
  const flushRef = useRef<((kind?: "AUTOSAVE" | "MANUAL") => Promise<string>) | undefined>(
    undefined,
  );
  const later = useCallback((delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current?.(), delay);
  }, []);

  /** "Save version" on a co-editing page: the body is derived now, with a revision. */
  const commitManual = useCallback(
    async (kind: "AUTOSAVE" | "MANUAL", outcome: string): Promise<string> => {
      if (kind !== "MANUAL" || !commitBody) return outcome;
      const committed = await commitBody("MANUAL");
      if (!committed.ok) return "offline";
      version.current = committed.version ?? version.current;
      return "saved";
    },
    [commitBody],
  );

  const flush = useCallback(
    async (kind: "AUTOSAVE" | "MANUAL" = "AUTOSAVE", keepalive = false): Promise<string> => {
      clearTimeout(timer.current);
      // Not "skipped": a workflow step must not go ahead on a copy that lacks these changes.
      if (blocked.current) return "blocked";
      // One save at a time, in order: a save asked for during another runs right after it.
      if (inFlight.current) {
        await current.current;
        return flushRef.current?.(kind) ?? "skipped";
      }
      if (!dirty.current && (kind === "AUTOSAVE" || commitBody))
        return commitManual(kind, "skipped");
      const fields = getFields();
      dirty.current = false;
      inFlight.current = true;
      setStatus("saving");
      deviceStore.save(articleId, {
        baseVersion: commitBody ? metaVersion.current : version.current,
        fields,
      });
      const request = putArticle(
        articleId,
        {
          baseVersion: version.current,
          ...(commitBody ? { baseMetaVersion: metaVersion.current } : {}),
          kind: commitBody ? "AUTOSAVE" : kind,
          fields,
        },
        { keepalive },
      );
      current.current = request;
      const outcome = await request;
      inFlight.current = false;
      if (outcome.type === "saved") {
        version.current = outcome.version;
        metaVersion.current = outcome.metaVersion;
        base.current = { version: outcome.version, fields };
        setRefusal(null);
        if (dirty.current) {
          setStatus("unsaved");
          later(DEBOUNCE_MS);
        } else {
          deviceStore.clear(articleId);
          setStatus("saved");
        }
      } else if (outcome.type === "conflict") {
        blocked.current = true;
        dirty.current = true;
        setConflict(outcome.current);
        setStatus("conflict");
        return outcome.type;
      } else if (outcome.type === "offline") {
        dirty.current = true;
        setStatus("offline");
        later(RETRY_MS);
      } else {
        dirty.current = true;
        setRefusal({
          message: outcome.message,
          ...(outcome.reason ? { reason: outcome.reason } : {}),
        });
        setStatus("refused");
      }
      return outcome.type === "saved" ? commitManual(kind, "saved") : outcome.type;
    },
    [articleId, getFields, later, commitManual, commitBody],
  );

  const markChanged = useCallback(() => {
    dirty.current = true;
    setStatus((current) =>
      current === "offline" ||
      current === "conflict" ||
      current === "merging" ||
      current === "refused"
        ? current
        : "unsaved",
    );
    // A co-editing page keeps the metadata's version: what its saves are guarded on.
    const baseVersion = commitBody ? metaVersion.current : version.current;
    deviceStore.save(articleId, { baseVersion, fields: getFields() });
    if (!blocked.current) later(DEBOUNCE_MS);
  }, [articleId, getFields, later, commitBody]);

  /**
   * After the person chose in the conflict view: continue from `baseVersion`, whose copy
   * is `baseFields` when the caller has it.
   */
  const resolveConflict = useCallback(
    (baseVersion: number, resave: boolean, baseFields?: TArticleFields, baseMeta?: number) => {
      if (baseMeta !== undefined) metaVersion.current = baseMeta;
      if (baseFields) base.current = { version: baseVersion, fields: baseFields };
      else if (base.current?.version !== baseVersion) base.current = null;
      version.current = baseVersion;
      blocked.current = false;
      setConflict(null);
      if (resave) {
        dirty.current = true;
        void flush("MANUAL");
      } else {
        dirty.current = false;
        deviceStore.clear(articleId);
        setStatus("saved");
      }
    },
    [articleId, flush],
  );

  /**
   * A merge left conflicts for the person to resolve: continue from `baseVersion` but
   * save nothing until `resolveConflict` is called (the device keeps the copy meanwhile).
   */
  const holdForMerge = useCallback(
    (baseVersion: number, baseFields: TArticleFields, baseMeta?: number) => {
      if (baseMeta !== undefined) metaVersion.current = baseMeta;
      base.current = { version: baseVersion, fields: baseFields };
      version.current = baseVersion;
      blocked.current = true;
      dirty.current = true;
      setConflict(null);
      setStatus("merging");
      deviceStore.save(articleId, { baseVersion, fields: getFields() });
    },
    [articleId, getFields],
  );

  useEffect(() => {
    flushRef.current = (kind) => flush(kind);
  }, [flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirty.current) void flush("AUTOSAVE", true);
    };
    const onOnline = () => dirty.current && void flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) event.preventDefault();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [flush]);

  // Only on unmount: `flush` changes with every keystroke, and re-running the effect
  // above must not cancel the pending autosave.
  useEffect(() => () => clearTimeout(timer.current), []);

  /**
   * Before a workflow step or a preview: every change saved and, on a co-editing page,
   * the body derived. The version the step goes on from, or null (offline, conflict…).
   */
  const prepare = useCallback(async (): Promise<number | null> => {
    const outcome = await flush();
    if (outcome !== "saved" && outcome !== "skipped") return null;
    if (!commitBody) return version.current;
    const committed = await commitBody("AUTOSAVE");
    if (!committed.ok) return null;
    version.current = committed.version ?? version.current;
    return version.current;
  }, [flush, commitBody]);

  return {
    prepare,
    metaVersion,
    status,
    conflict,
    refusal,
    markChanged,
    flush,
    resolveConflict,
    holdForMerge,
    version,
    base,
  };
}
