"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const BEAT_MS = 10_000;

/** "李榕 is editing": a heartbeat every ten seconds while the page is open. */
export function PresenceNotice({ articleId }: { articleId: string }) {
  const t = useTranslations("editor");
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const response = await fetch(`/api/v1/articles/${articleId}/presence`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{}",
        });
        if (response.ok && !stopped)
          setOthers(
            ((await response.json()) as { others: Array<{ name: string }> }).others.map(
              (o) => o.name,
            ),
          );
      } catch {
        // offline: the autosave status already says so
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), BEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId]);
  if (others.length === 0) return null;
  return (
    <p role="status" className="text-sm font-medium text-amber-800">
      {t("othersEditing", { names: others.join("、"), count: others.length })}
    </p>
  );
}
