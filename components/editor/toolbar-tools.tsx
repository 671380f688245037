import type { Editor } from "@tiptap/react";

/**
 * One toolbar button. `label` is its accessible name (tests and screen readers use it);
 * `glyph` is what it looks like; `caption` is a short visible word, contained in the
 * label, for buttons whose glyph alone would leave people guessing.
 */
export type Tool = {
  label: string;
  glyph: React.ReactNode;
  caption?: string;
  run: () => void;
  active?: boolean;
  shortcut?: string;
};
type Translate = (key: string) => string;

/** A reading over a character: what a ruby annotation looks like, for pinyin and zhuyin users alike. */
const RUBY_GLYPH = (
  <ruby className="font-serif text-base leading-none">
    拼<rt className="text-[0.55em] font-sans">pīn</rt>
  </ruby>
);

/** The toolbar's buttons in named groups, in the order they are shown. */
export function toolbarGroups(
  editor: Editor,
  actions: {
    t: Translate;
    commentLabel: string;
    askLink: () => void;
    askRuby: () => void;
    pickImages: (() => void) | undefined;
    onComment: (() => void) | undefined;
  },
): Array<{ name: string; tools: Tool[] }> {
  const { t } = actions;
  const chain = () => editor.chain().focus();
  const mark = (name: "bold" | "italic" | "underline" | "strike") => editor.isActive(name);
  return [
    {
      name: t("groups.text"),
      tools: [
        {
          label: t("bold"),
          glyph: <b>B</b>,
          run: () => chain().toggleBold().run(),
          active: mark("bold"),
          shortcut: "Mod+B",
        },
        {
          label: t("italic"),
          glyph: <i className="font-serif">I</i>,
          run: () => chain().toggleItalic().run(),
          active: mark("italic"),
          shortcut: "Mod+I",
        },
        {
          label: t("underline"),
          glyph: <u>U</u>,
          run: () => chain().toggleUnderline().run(),
          active: mark("underline"),
          shortcut: "Mod+U",
        },
        {
          label: t("strike"),
          glyph: <s>S</s>,
          run: () => chain().toggleStrike().run(),
          active: mark("strike"),
          shortcut: "Mod+Shift+S",
        },
      ],
    },
    {
      name: t("groups.blocks"),
      tools: [
        {
          label: t("heading2"),
          glyph: "H2",
          run: () => chain().toggleHeading({ level: 2 }).run(),
          active: editor.isActive("heading", { level: 2 }),
        },
        {
          label: t("heading3"),
          glyph: "H3",
          run: () => chain().toggleHeading({ level: 3 }).run(),
          active: editor.isActive("heading", { level: 3 }),
        },
        {
          label: t("bulletList"),
          glyph: "•",
          run: () => chain().toggleBulletList().run(),
          active: editor.isActive("bulletList"),
        },
        {
          label: t("orderedList"),
          glyph: "1.",
          run: () => chain().toggleOrderedList().run(),
          active: editor.isActive("orderedList"),
        },
        {
          label: t("blockquote"),
          glyph: "❝",
          caption: t("short.blockquote"),
          run: () => chain().toggleBlockquote().run(),
          active: editor.isActive("blockquote"),
        },
        {
          label: t("pullQuote"),
          glyph: "❞",
          caption: t("short.pullQuote"),
          run: () => chain().togglePullQuote().run(),
          active: editor.isActive("pullQuote"),
        },
        { label: t("horizontalRule"), glyph: "—", run: () => chain().setHorizontalRule().run() },
      ],
    },
    {
      name: t("groups.insert"),
      tools: [
        {
          label: t("link"),
          glyph: "↗",
          caption: t("short.link"),
          run: actions.askLink,
          active: editor.isActive("link"),
        },
        { label: t("ruby"), glyph: RUBY_GLYPH, caption: t("short.ruby"), run: actions.askRuby },
        {
          label: t("table"),
          glyph: "▦",
          caption: t("short.table"),
          run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        },
        ...(actions.pickImages
          ? [
              {
                label: t("uploadImage"),
                glyph: "▣",
                caption: t("short.uploadImage"),
                run: actions.pickImages,
              },
            ]
          : []),
        ...(actions.onComment
          ? [
              {
                label: actions.commentLabel,
                glyph: "✎",
                caption: actions.commentLabel,
                run: actions.onComment,
              },
            ]
          : []),
      ],
    },
    {
      name: t("groups.history"),
      tools: [
        { label: t("undo"), glyph: "↶", run: () => chain().undo().run(), shortcut: "Mod+Z" },
        { label: t("redo"), glyph: "↷", run: () => chain().redo().run(), shortcut: "Mod+Shift+Z" },
      ],
    },
  ];
}
