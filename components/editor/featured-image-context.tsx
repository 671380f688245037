"use client";

import { createContext, useContext } from "react";
import type { ActionResult } from "@/lib/schemas/action-result";

export type SaveMediaDetails = (input: {
  id: string;
  alt: string;
  caption: string;
  credit: string;
}) => Promise<ActionResult<unknown>>;

const SaveMediaDetailsContext = createContext<SaveMediaDetails | null>(null);

/**
 * The server action that saves an image's library details, handed from the editing page
 * to the featured-image picker without threading it through the editor's props.
 */
export function MediaDetailsProvider({
  save,
  children,
}: {
  save: SaveMediaDetails;
  children: React.ReactNode;
}) {
  return <SaveMediaDetailsContext value={save}>{children}</SaveMediaDetailsContext>;
}

export function useSaveMediaDetails(): SaveMediaDetails | null {
  return useContext(SaveMediaDetailsContext);
}
