"use server";

import { ZPublicationSettings } from "@/lib/schemas/settings";
import { formStateAction } from "@/lib/server/actions/define-action";
import { updatePublication } from "@/lib/server/settings/update-publication";

export const updateSettingsAction = formStateAction({
  input: ZPublicationSettings,
  run: (input, { actor, ip }) => updatePublication(actor, input, ip),
  // Reader pages and the page cache are dropped by the use-case's cache tags.
  revalidate: () => ["/newsroom/settings", "/", "/feed.xml"],
});
