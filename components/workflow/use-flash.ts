"use client";

import { useEffect, useSyncExternalStore } from "react";

const key = (scope: string) => `galley:flash:${scope}`;
const noop = () => () => undefined;
// Confirmations left on this page for the next load: leaving this page must not clear them.
const fresh = new Set<string>();

/**
 * A one-line confirmation that survives the reload after a workflow step ("Submitted for
 * review"). It is kept in sessionStorage until the person leaves or reloads the page, so
 * it is shown once, after the page that it describes has loaded.
 */
export function useFlash(scope: string): string | null {
  const value = useSyncExternalStore(
    noop,
    () => sessionStorage.getItem(key(scope)),
    () => null,
  );
  useEffect(() => {
    const clear = () => {
      if (!fresh.has(scope)) sessionStorage.removeItem(key(scope));
    };
    window.addEventListener("pagehide", clear);
    return () => window.removeEventListener("pagehide", clear);
  }, [scope]);
  return value;
}

/** Leaves a confirmation for the next load of this page. */
export function setFlash(scope: string, message: string) {
  fresh.add(scope);
  sessionStorage.setItem(key(scope), message);
}
