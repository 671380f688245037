"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import type { TArticleFields } from "@/lib/schemas/article";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deviceStore } from "./save-client";

type Kept = { baseVersion: number; fields: TArticleFields; keptAt: string };

/** Offers changes this device kept but never got to the server (a crash, a lost network). */
export function UnsentBanner(props: {
  articleId: string;
  serverVersion: number;
  serverUpdatedAt: string;
  onRestore: (kept: Kept) => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("editor.unsent");
  const [dismissed, setDismissed] = useState(false);
  // localStorage exists only in the browser: read it as an external store (null on the server).
  const raw = useSyncExternalStore(
    () => () => undefined,
    () => JSON.stringify(deviceStore.load(props.articleId)),
    () => "null",
  );
  const found = JSON.parse(raw) as Kept | null;
  const kept =
    !dismissed && found && new Date(found.keptAt) > new Date(props.serverUpdatedAt) ? found : null;
  if (!kept) return null;
  return (
    <Alert tone="warning" role="region" aria-label={t("label")} className="mb-4">
      <p>{t("message", { time: new Date(kept.keptAt).toLocaleString() })}</p>
      <div className="mt-2 flex gap-2">
        <Button
          variant="primary"
          onClick={() => {
            props.onRestore(kept);
            setDismissed(true);
          }}
        >
          {t("restore")}
        </Button>
        <Button
          onClick={() => {
            props.onDiscard();
            setDismissed(true);
          }}
        >
          {t("discard")}
        </Button>
      </div>
    </Alert>
  );
}
