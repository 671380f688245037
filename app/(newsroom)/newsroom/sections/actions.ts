"use server";

import {
  ZArchiveSection,
  ZCreateSection,
  ZDeleteSection,
  ZMoveSection,
  ZUpdateSection,
} from "@/lib/schemas/sections";
import { inputAction } from "@/lib/server/actions/define-action";
import { archiveSection } from "@/lib/server/sections/archive-section";
import { createSection } from "@/lib/server/sections/create-section";
import { deleteSection } from "@/lib/server/sections/delete-section";
import { moveSection } from "@/lib/server/sections/move-section";
import { updateSection } from "@/lib/server/sections/update-section";

// Reader pages and the page cache are dropped by the use-cases' cache tags (every
// instance); this page and the editor's section choices re-render here.
const revalidate = () => ["/newsroom/sections", "/newsroom", "/"];
// The refusal's finer kind (a taken name, a slug with no Latin letters) and the number of
// stories that keep a section from being deleted.
const details = ["reason", "count"] as const;

export const createSectionAction = inputAction({
  input: ZCreateSection,
  details,
  run: (input, { actor, ip }) => createSection(actor, input, ip),
  revalidate,
});

export const updateSectionAction = inputAction({
  input: ZUpdateSection,
  details,
  run: (input, { actor, ip }) => updateSection(actor, input, ip),
  revalidate,
});

export const moveSectionAction = inputAction({
  input: ZMoveSection,
  details,
  run: (input, { actor, ip }) => moveSection(actor, input, ip),
  revalidate,
});

export const archiveSectionAction = inputAction({
  input: ZArchiveSection,
  details,
  run: (input, { actor, ip }) => archiveSection(actor, input, ip),
  revalidate,
});

export const deleteSectionAction = inputAction({
  input: ZDeleteSection,
  details,
  run: (input, { actor, ip }) => deleteSection(actor, input, ip),
  revalidate,
});
