"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/schemas/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type Props = {
  articleId: string;
  /** Links still open (not revoked, not expired); their URLs cannot be shown again. */
  links: { id: string; expiresAt: string; createdByName: string | null }[];
  share: (input: {
    articleId: string;
  }) => Promise<ActionResult<{ url: string; expiresAt: string }>>;
  revoke: (input: { articleId: string; linkId: string }) => Promise<ActionResult>;
};

/** "Share preview": make a secret link for someone without an account, copy it, revoke it. */
export function SharePreviewPanel(props: Props) {
  const t = useTranslations("preview");
  const format = useFormatter();
  const router = useRouter();
  const headingId = useId();
  const urlId = useId();
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const [isPending, startTransition] = useTransition();

  const share = () =>
    startTransition(async () => {
      const result = await props.share({ articleId: props.articleId });
      setFailed(!result.ok);
      setCopied(false);
      if (result.ok) setCreated(result.data.url);
      router.refresh();
    });

  const revoke = (linkId: string) =>
    startTransition(async () => {
      const result = await props.revoke({ articleId: props.articleId, linkId });
      setFailed(!result.ok);
      setCreated(null);
      router.refresh();
    });

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied(true);
    } catch {
      // No clipboard permission (plain http, an old browser): select it for Ctrl+C instead.
      (document.getElementById(urlId) as HTMLInputElement | null)?.select();
    }
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-sm font-semibold">
        {t("share")}
      </h2>
      <p className="text-xs text-[var(--color-muted)]">{t("explain")}</p>
      <Button onClick={share} disabled={isPending}>
        {isPending ? t("sharing") : t("share")}
      </Button>
      {created && (
        <div className="space-y-1">
          <div className="flex items-end gap-2">
            <TextField
              id={urlId}
              label={t("newLink")}
              readOnly
              value={created}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1"
              controlClassName="font-mono text-xs"
            />
            <Button variant="primary" onClick={() => void copy()}>
              {t("copy")}
            </Button>
          </div>
          <p aria-live="polite" className="text-xs text-[var(--color-muted)]">
            {copied ? t("copied") : ""}
          </p>
        </div>
      )}
      {failed && <Alert tone="error">{t("failed")}</Alert>}
      <h3 className="text-sm font-medium">{t("activeLinks")}</h3>
      {props.links.length === 0 ? (
        <p className="text-sm text-[var(--color-muted)]">{t("noLinks")}</p>
      ) : (
        <ul className="divide-y divide-[var(--color-rule)] text-sm">
          {props.links.map((link) => (
            <li key={link.id} className="flex items-center justify-between gap-2 py-1.5">
              <span>
                {t.rich("expires", {
                  when: format.dateTime(new Date(link.expiresAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                  time: (chunks) => <time dateTime={link.expiresAt}>{chunks}</time>,
                })}
                {link.createdByName && (
                  <span className="block text-xs text-[var(--color-muted)]">
                    {t("createdBy", { name: link.createdByName })}
                  </span>
                )}
              </span>
              <Button size="xs" onClick={() => revoke(link.id)} disabled={isPending}>
                {t("revoke")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
