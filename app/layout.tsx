import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FEED_TYPES, siteUrl } from "@/lib/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    metadataBase: new URL(siteUrl()),
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
