import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { readerPublication } from "@/lib/server/reader/reader-publication";
import { FEED_TYPES } from "@/lib/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  // Readers see the publication's name, never the software's (settings, by UI language and
  // script). The sign-in page must still render while the database is away: it then names
  // the product, and a reader page fails on its own data anyway (never cached so).
  const { name, tagline } = await readerPublication().catch(async () => ({
    name: (await getTranslations("site"))("name"),
    tagline: "",
  }));
  return {
    // Canonical, hreflang, og:url and og:image name the address the reader used
    // (GALLEY_PUBLIC_URL when set), like feeds and sitemaps.
    metadataBase: new URL(await requestOrigin()),
    title: { default: name, template: `%s · ${name}` },
    ...(tagline ? { description: tagline } : {}),
    openGraph: { siteName: name, images: ["/og-default.png"] },
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
