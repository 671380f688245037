"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useId } from "react";

type Tool = { label: string; run: () => void; active?: boolean; text: string; shortcut?: string };

/** Formatting buttons; each has an accessible name, the common marks have shortcuts (Ctrl/⌘ B, I, U). */
/** `onComment`: "Comment" on the selection (offered to those who may comment). */
/** `onImageFiles`: "Upload image" opens the file picker and hands over the chosen files. */
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
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const askLink = () => {
    const current = editor.getAttributes("link").href as string | undefined;
    const href = window.prompt(t("linkPrompt"), current ?? "https://");
    if (href === null) return;
    if (href.trim() === "") chain().unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };
  const askRuby = () => {
    const { from, to } = editor.state.selection;
    const base = editor.state.doc.textBetween(from, to).trim();
    if (!base) return window.alert(t("rubyNeedsSelection"));
    const reading = window.prompt(t("rubyPrompt", { base }));
    if (reading?.trim()) chain().deleteSelection().setRuby({ base, reading: reading.trim() }).run();
  };
  const tools: Tool[][] = [
    [
      {
        label: t("bold"),
        text: "B",
        run: () => chain().toggleBold().run(),
        active: editor.isActive("bold"),
        shortcut: "Mod+B",
      },
      {
        label: t("italic"),
        text: "I",
        run: () => chain().toggleItalic().run(),
        active: editor.isActive("italic"),
        shortcut: "Mod+I",
      },
      {
        label: t("underline"),
        text: "U",
        run: () => chain().toggleUnderline().run(),
        active: editor.isActive("underline"),
        shortcut: "Mod+U",
      },
      {
        label: t("strike"),
        text: "S",
        run: () => chain().toggleStrike().run(),
        active: editor.isActive("strike"),
        shortcut: "Mod+Shift+S",
      },
    ],
    [
      {
        label: t("heading2"),
        text: "H2",
        run: () => chain().toggleHeading({ level: 2 }).run(),
        active: editor.isActive("heading", { level: 2 }),
      },
      {
        label: t("heading3"),
        text: "H3",
        run: () => chain().toggleHeading({ level: 3 }).run(),
        active: editor.isActive("heading", { level: 3 }),
      },
      {
        label: t("bulletList"),
        text: "•",
        run: () => chain().toggleBulletList().run(),
        active: editor.isActive("bulletList"),
      },
      {
        label: t("orderedList"),
        text: "1.",
        run: () => chain().toggleOrderedList().run(),
        active: editor.isActive("orderedList"),
      },
      {
        label: t("blockquote"),
        text: "❝",
        run: () => chain().toggleBlockquote().run(),
        active: editor.isActive("blockquote"),
      },
      {
        label: t("pullQuote"),
        text: "❞",
        run: () => chain().togglePullQuote().run(),
        active: editor.isActive("pullQuote"),
      },
      { label: t("horizontalRule"), text: "—", run: () => chain().setHorizontalRule().run() },
    ],
    [
      { label: t("link"), text: "↗", run: askLink, active: editor.isActive("link") },
      { label: t("ruby"), text: "ㄓ", run: askRuby },
      {
        label: t("table"),
        text: "▦",
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
      ...(onImageFiles
        ? [
            {
              label: t("uploadImage"),
              text: "▣",
              run: () => document.getElementById(fileInputId)?.click(),
            },
          ]
        : []),
      ...(onComment ? [{ label: tc("comment"), text: "✎", run: onComment }] : []),
    ],
    [
      { label: t("undo"), text: "↶", run: () => chain().undo().run(), shortcut: "Mod+Z" },
      { label: t("redo"), text: "↷", run: () => chain().redo().run(), shortcut: "Mod+Shift+Z" },
    ],
  ];
  return (
    <div
      role="toolbar"
      aria-label={t("label")}
      className="sticky top-0 z-10 flex flex-wrap gap-2 border-b border-[var(--color-rule)] bg-white py-2"
    >
      {tools.map((group, index) => (
        <div key={index} className="flex gap-1">
          {group.map((tool) => (
            <button
              key={tool.label}
              type="button"
              aria-label={tool.label}
              title={
                tool.shortcut
                  ? `${tool.label} (${tool.shortcut.replace("Mod", "Ctrl/⌘")})`
                  : tool.label
              }
              aria-pressed={tool.active === undefined ? undefined : tool.active}
              onClick={tool.run}
              className="min-w-8 rounded px-2 py-1 text-sm hover:bg-[var(--color-rule)] aria-pressed:bg-[var(--color-ink)] aria-pressed:text-white"
            >
              {tool.text}
            </button>
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
    </div>
  );
}
