"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, type ComponentProps } from "react";
import type { LiveDesk as LiveDeskComponent } from "./live-desk";

// Fetched only on live coverage's editor: a story's editor (the common page) does not
// carry the desk's code, and hydrates as fast as it did before live coverage existed.
const LiveDesk = lazy(() => import("./live-desk").then((module) => ({ default: module.LiveDesk })));

/** The live desk, loaded when a live coverage's editor shows it. */
export function LazyLiveDesk(props: ComponentProps<typeof LiveDeskComponent>) {
  const t = useTranslations("live.desk");
  return (
    <Suspense
      fallback={
        <p role="status" className="mx-auto mb-10 max-w-3xl text-sm text-[var(--color-muted)]">
          {t("loading")}
        </p>
      }
    >
      <LiveDesk {...props} />
    </Suspense>
  );
}
