"use client";

import { useTranslations } from "next-intl";
import type { Peer } from "./use-collab";

/**
 * "李榕 is editing": who else has the story open, from the co-editing connection's
 * awareness (live, no polling), each in the colour of their caret in the body.
 */
export function PresenceNotice({ peers }: { peers: Peer[] }) {
  const t = useTranslations("editor");
  if (peers.length === 0) return null;
  return (
    <p role="status" className="flex items-center gap-2 text-sm font-medium text-amber-800">
      <span aria-hidden="true" className="flex -space-x-1">
        {peers.map((peer) => (
          <span
            key={peer.userId}
            className="inline-block h-3 w-3 rounded-full ring-2 ring-white"
            style={{ background: peer.color }}
          />
        ))}
      </span>
      {t("othersEditing", {
        names: peers.map((peer) => peer.name).join("、"),
        count: peers.length,
      })}
    </p>
  );
}
