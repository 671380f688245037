import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FrontPageView } from "@/components/reader/front-page-view";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { can, requireUser, toActor } from "@/lib/auth";
import { EMPTY_FRONT, ZFrontSlots } from "@/lib/schemas/front";
import { resolveFront } from "@/lib/server/reader/home-front";
import { homeInScript } from "@/lib/server/reader/home-view";

export const metadata: Metadata = { robots: "noindex" };

/** The arrangement from the address, or an empty one for anything unreadable. */
function readArrangement(value: string | string[] | undefined) {
  try {
    const parsed = ZFrontSlots.safeParse(JSON.parse(typeof value === "string" ? value : ""));
    return parsed.success ? parsed.data : EMPTY_FRONT;
  } catch {
    return EMPTY_FRONT;
  }
}

/**
 * "Preview front": the home page as readers would see it with the editor's unpublished
 * arrangement (signed in, `front.manage`; never cached: it lives under /newsroom).
 */
export default async function FrontPreviewPage({
  searchParams,
}: {
  searchParams: Promise<{ slots?: string | string[] }>;
}) {
  const user = await requireUser();
  if (!can(toActor(user), "front.manage")) notFound();
  const slots = readArrangement((await searchParams).slots);
  const [front, t, locale] = await Promise.all([
    resolveFront(slots),
    getTranslations("front"),
    getLocale(),
  ]);
  return (
    <div className="mx-auto max-w-5xl space-y-12">
      <div>
        <p className="mb-4">
          <Link href="/newsroom/front" className="text-sm underline">
            ← {t("backToFront")}
          </Link>
        </p>
        <PreviewBanner note={t("previewNote")} />
        <h1 className="font-serif text-2xl font-bold">{t("previewTitle")}</h1>
      </div>
      <FrontPageView {...homeInScript(front, null, locale)} query="" />
    </div>
  );
}
