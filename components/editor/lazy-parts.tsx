"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { keepSide, type MarkedConflict } from "./merge-conflicts";
import { loadMergeDocs } from "./merge-panel";

/*
 * Parts of the editor that nobody sees at first paint: they open on a click ("Add byline",
 * "Link", "Reading") or when someone else's save conflicts with ours. Each is fetched the
 * first time it is shown, which keeps the editor route's JavaScript under its 300 KiB
 * budget (`npm run bench:editor`). Until a part has arrived a status line says so; if it
 * cannot arrive (the network is down) a sentence and "Try again" stand in for it, and the
 * rest of the editor goes on working.
 *
 * A part must not import the editor's own code (Tiptap, the merge markers): what the
 * first chunk and a part share is split off the first chunk, which then compresses worse.
 */

/** A part's code did not arrive; any other error is a bug and goes on to the page's boundary. */
class PartLoadError extends Error {}

const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;

/** One lazily loaded component; React keeps a failed load for good, so a retry makes a new one. */
function retryable<P extends object>(load: () => Promise<ComponentType<P>>) {
  const make = () =>
    lazy(() =>
      // Offline, fail at once: the bundler's loader, asked for a chunk it cannot fetch, may
      // leave the import pending for good, and so "Loading…" on screen.
      (isOffline() ? Promise.reject(new Error("offline")) : load()).then(
        (component) => ({ default: component }),
        (cause: unknown) => {
          throw new PartLoadError("A part of the editor could not be loaded", { cause });
        },
      ),
    );
  let current = make();
  return {
    get: () => current,
    retry: () => {
      current = make();
    },
  };
}

class LoadBoundary extends Component<
  { failed: (retry: () => void) => ReactNode; onRetry: () => void; children: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof PartLoadError) return this.props.failed(this.props.onRetry);
    throw error;
  }
}

function PartLoading() {
  const t = useTranslations("editor");
  return (
    <p role="status" className="text-sm text-[var(--color-muted)]">
      {t("loadingPart")}
    </p>
  );
}

function PartFailed({ retry }: { retry: () => void }) {
  const t = useTranslations("editor");
  return (
    <Alert tone="error" className="my-2 flex flex-wrap items-center gap-2">
      <span>{t("partFailed")}</span>
      <Button size="xs" onClick={retry}>
        {t("retryPart")}
      </Button>
    </Alert>
  );
}

/** A component fetched the first time it is shown, with its loading and failed states. */
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const part = retryable(load);
  return function LazyPart(props: P) {
    // A new attempt remounts the boundary, so it forgets the failure.
    const [attempt, setAttempt] = useState(0);
    const Loaded = part.get() as ComponentType<P>;
    return (
      <LoadBoundary
        key={attempt}
        failed={(retry) => <PartFailed retry={retry} />}
        onRetry={() => {
          part.retry();
          setAttempt((n) => n + 1);
        }}
      >
        <Suspense fallback={<PartLoading />}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  };
}

export const AddByline = lazyPart(() => import("./add-byline").then((m) => m.AddByline));
export const LinkDialog = lazyPart(() => import("./link-dialog").then((m) => m.LinkDialog));
export const RubyDialog = lazyPart(() => import("./ruby-dialog").then((m) => m.RubyDialog));
// The dialog waits for the merge code too, so "Merge both" works the moment it is shown.
export const ConflictDialog = lazyPart(() =>
  Promise.all([import("./conflict-dialog"), loadMergeDocs()]).then(([m]) => m.ConflictDialog),
);
const MergeConflictList = lazyPart(() => import("./merge-conflict-list").then((m) => m.MergePanel));

/** The conflicts left by "Merge both"; nothing (and nothing fetched) while there are none. */
export function MergePanel({
  editor,
  conflicts,
}: {
  editor: Editor | null;
  conflicts: MarkedConflict[];
}) {
  if (!editor || conflicts.length === 0) return null;
  return (
    <MergeConflictList
      editor={editor}
      conflicts={conflicts}
      onKeep={(number: number, keep: "mine" | "theirs") => keepSide(editor, number, keep)}
    />
  );
}
