import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea, TextField } from "@/components/ui/field";

type Item = {
  id: string;
  url: string;
  width: number;
  height: number;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  mimeType: string;
  uploadedBy: string | null;
  createdAt: string;
  variants: Array<{ width: number; format: string; url: string }>;
  usedIn: Array<{ id: string; headline: string; status: string }>;
};

/**
 * One image in the library: its details (a plain form for editors and the uploader, read
 * only for others; the server refuses them anyway) and where it is used.
 */
export async function MediaCard({
  item,
  back,
  result,
  canManage,
  update,
  remove,
}: {
  item: Item;
  back: string;
  result: string;
  canManage: boolean;
  update: (form: FormData) => Promise<void>;
  remove: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("library");
  const thumb =
    item.variants.find((variant) => variant.format === "webp" && variant.width >= 320)?.url ??
    item.url;
  const name = item.caption || item.alt || t("untitled");
  return (
    <article
      id={`media-${item.id}`}
      aria-label={name}
      className="rounded border border-[var(--color-rule)] p-3"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- the library shows stored variants as they are */}
      <img
        src={thumb}
        alt={item.alt ?? ""}
        width={item.width}
        height={item.height}
        loading="lazy"
        className="mb-2 aspect-[4/3] h-auto w-full rounded bg-[var(--color-paper)] object-contain"
      />
      <p className="mb-2 text-xs text-[var(--color-muted)]">
        {item.mimeType.replace("image/", "").toUpperCase()} · {item.width}×{item.height}
        {item.uploadedBy ? ` · ${item.uploadedBy}` : ""}
      </p>
      {result && (
        <Alert role="status" tone={result === "saved" ? "success" : "error"} className="mb-2">
          {t.has(`results.${result}`) ? t(`results.${result}`) : t("results.failed")}
        </Alert>
      )}
      {canManage ? (
        <form action={update} className="space-y-2">
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="back" value={back} />
          <TextField name="alt" label={t("alt")} defaultValue={item.alt ?? ""} maxLength={1000} />
          <Textarea
            name="caption"
            label={t("caption")}
            defaultValue={item.caption ?? ""}
            rows={2}
            maxLength={2000}
          />
          <TextField
            name="credit"
            label={t("credit")}
            defaultValue={item.credit ?? ""}
            maxLength={300}
          />
          <Button type="submit" variant="primary">
            {t("save")}
          </Button>
        </form>
      ) : (
        <>
          <dl className="space-y-1 text-sm">
            {(["alt", "caption", "credit"] as const).map((key) => (
              <div key={key}>
                <dt className="font-medium">{t(key)}</dt>
                <dd className="text-[var(--color-muted)]">{item[key] || "—"}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-[var(--color-muted)]">{t("readOnly")}</p>
        </>
      )}
      <div className="mt-3 text-sm">
        <p className="font-medium">{t("usedIn")}</p>
        {item.usedIn.length === 0 ? (
          <p className="text-[var(--color-muted)]">{t("notUsed")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {item.usedIn.map((article) => (
              <li key={article.id}>
                <Link href={`/newsroom/articles/${article.id}`} className="underline">
                  {article.headline || t("untitled")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      {canManage && (
        <form action={remove} className="mt-3">
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="back" value={back} />
          <Button type="submit" variant="ghost" className="border border-red-300 text-red-800">
            {t("delete")}
          </Button>
        </form>
      )}
    </article>
  );
}
