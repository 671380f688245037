import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { FEED_TYPES } from "@/lib/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    // Canonical, hreflang, og:url and og:image name the address the reader used
    // (GALLEY_PUBLIC_URL when set), like feeds and sitemaps.
    metadataBase: new URL(await requestOrigin()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    openGraph: { siteName: t("name"), images: ["/og-default.png"] },
    alternates: { types: FEED_TYPES },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fcfbf8" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
