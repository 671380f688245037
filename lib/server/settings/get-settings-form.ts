import "server-only";
import { db } from "@/lib/db";
import type { PublicationView } from "@/lib/content/publication";
import { configuredOrigin } from "@/lib/site-url";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { loadPublication } from "./get-publication";

/** An image the logo may be: its id and how a person tells it apart. */
export type LogoChoice = { id: string; label: string };

export type SettingsForm = {
  publication: PublicationView;
  logos: LogoChoice[];
  /** GALLEY_PUBLIC_URL, which overrides the public address when the server sets it. */
  envPublicUrl: string | null;
};

/** How many recent images the logo list offers (the current logo is always among them). */
const LOGO_CHOICES = 100;

/** What the settings page shows (admins: `settings.manage`), read fresh so its version is current. */
export async function getSettingsForm(actor: Actor): Promise<SettingsForm> {
  await authorize(actor, "settings.manage", { resourceType: "publication" });
  const publication = await loadPublication();
  const select = { id: true, fileName: true, alt: true, caption: true } as const;
  const recent = await db.media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LOGO_CHOICES,
    select,
  });
  const current = publication.logoMediaId;
  if (current && !recent.some((media) => media.id === current)) {
    const logo = await db.media.findUnique({ where: { id: current }, select });
    if (logo) recent.unshift(logo);
  }
  return {
    publication,
    logos: recent.map((media) => ({
      id: media.id,
      label: media.fileName ?? media.alt ?? media.caption ?? media.id.slice(0, 8),
    })),
    envPublicUrl: configuredOrigin(process.env.GALLEY_PUBLIC_URL),
  };
}
