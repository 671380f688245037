"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { LinkDialog, RubyDialog } from "./lazy-parts";
import { toolbarGroups, type Tool } from "./toolbar-tools";

/**
 * Formatting buttons in named groups. Marks and headings show their familiar glyphs;
 * everything else shows a short word beside its glyph, so nobody has to hover to know
 * what a button does. Each has an accessible name; the common marks have shortcuts.
 * On a phone the toolbar is one row that scrolls sideways rather than three sticky rows.
 * `onComment`: "Comment" on the selection (offered to those who may comment).
 * `onImageFiles`: "Upload image" opens the file picker and hands over the chosen files.
 */
export function EditorToolbar({
  editor,
  onComment,
  onImageFiles,
}: {
  editor: Editor | null;
  onComment?: (() => void) | undefined;
  onImageFiles?: ((files: File[]) => void) | undefined;
}) {
  const t = useTranslations("editor.toolbar");
  const tc = useTranslations("comments");
  const fileInputId = useId();
  const [asking, setAsking] = useState<"link" | "ruby" | null>(null);
  if (!editor) return null;
  const groups = toolbarGroups(editor, {
    t,
    commentLabel: tc("comment"),
    askLink: () => setAsking("link"),
    askRuby: () => setAsking("ruby"),
    pickImages: onImageFiles ? () => document.getElementById(fileInputId)?.click() : undefined,
    onComment,
  });
  return (
    <div
      role="toolbar"
      aria-label={t("label")}
      className="sticky top-0 z-10 -mx-1 flex flex-nowrap items-center gap-1 overflow-x-auto border-b border-[var(--color-rule)] bg-white px-1 py-1.5 sm:flex-wrap sm:overflow-visible"
    >
      {groups.map((group) => (
        <div
          key={group.name}
          role="group"
          aria-label={group.name}
          className="flex shrink-0 items-center gap-0.5 border-l border-[var(--color-rule)] pl-1 first:border-l-0 first:pl-0"
        >
          {group.tools.map((tool) => (
            <ToolButton key={tool.label} tool={tool} />
          ))}
        </div>
      ))}
      {onImageFiles && (
        // The button above is the control; this input only opens the system's file picker.
        <input
          id={fileInputId}
          type="file"
          accept="image/*"
          multiple
          hidden
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            if (files.length > 0) onImageFiles(files);
          }}
        />
      )}
      {asking === "link" && <LinkDialog editor={editor} onClose={() => setAsking(null)} />}
      {asking === "ruby" && <RubyDialog editor={editor} onClose={() => setAsking(null)} />}
    </div>
  );
}

function ToolButton({ tool }: { tool: Tool }) {
  return (
    <button
      type="button"
      aria-label={tool.label}
      title={
        tool.shortcut ? `${tool.label} (${tool.shortcut.replace("Mod", "Ctrl/⌘")})` : tool.label
      }
      aria-pressed={tool.active === undefined ? undefined : tool.active}
      onClick={tool.run}
      className="inline-flex h-8 min-w-8 shrink-0 items-center justify-center gap-1 whitespace-nowrap rounded px-1.5 text-sm hover:bg-[var(--color-rule)] aria-pressed:bg-[var(--color-ink)] aria-pressed:text-white"
    >
      <span aria-hidden="true" className={tool.caption ? "opacity-70" : ""}>
        {tool.glyph}
      </span>
      {tool.caption && <span aria-hidden="true">{tool.caption}</span>}
    </button>
  );
}
