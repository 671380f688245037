import { Extension, type Editor } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { MergeConflict } from "@/lib/content/merge-docs";

type Range = { from: number; to: number };
/** A conflict left by "Merge both": mine's blocks, then theirs', as positions in the body. */
export type MarkedConflict = { number: number; mine: Range; theirs: Range };

export const mergeConflictsKey = new PluginKey<MarkedConflict[]>("mergeConflicts");

export type MergeMarkerLabel = (
  number: number,
  side: "mine" | "theirs",
  isEmpty: boolean,
) => string;

const STYLE = {
  mine: "border-left: 4px solid #b45309; background: #fffbeb; padding-left: .5rem;",
  theirs: "border-left: 4px solid #1d4ed8; background: #eff6ff; padding-left: .5rem;",
};

function mapRange(range: Range, tr: Transaction): Range {
  // Text typed right before or after a side stays outside it.
  return { from: tr.mapping.map(range.from, 1), to: tr.mapping.map(range.to, -1) };
}

function marker(label: string, side: "mine" | "theirs") {
  const element = document.createElement("div");
  element.contentEditable = "false";
  element.dataset.conflictMarker = side;
  element.textContent = label;
  element.setAttribute(
    "style",
    `font: 600 12px/1.6 system-ui, sans-serif; color: ${side === "mine" ? "#92400e" : "#1e40af"}; margin-top: .5rem;`,
  );
  return element;
}

function decorations(doc: PmNode, conflicts: MarkedConflict[], label: MergeMarkerLabel) {
  const found: Decoration[] = [];
  for (const conflict of conflicts) {
    for (const side of ["mine", "theirs"] as const) {
      const range = conflict[side];
      const text = label(conflict.number, side, range.from >= range.to);
      found.push(
        Decoration.widget(range.from, () => marker(text, side), {
          side: -1,
          key: `${conflict.number}-${side}-${text}`,
        }),
      );
      doc.forEach((node, offset) => {
        if (offset >= range.from && offset < range.to) {
          found.push(
            Decoration.node(offset, offset + node.nodeSize, {
              style: STYLE[side],
              "data-conflict": side,
            }),
          );
        }
      });
    }
  }
  return DecorationSet.create(doc, found);
}

/**
 * Shows what "Merge both" could not decide: each side's blocks framed and labelled in
 * the body, the positions following every edit. Choosing a side removes the other.
 */
export const MergeConflicts = Extension.create<{ label: MergeMarkerLabel }>({
  name: "mergeConflicts",
  addOptions() {
    return { label: (number, side) => `${number} ${side}` };
  },
  addProseMirrorPlugins() {
    const { label } = this.options;
    return [
      new Plugin<MarkedConflict[]>({
        key: mergeConflictsKey,
        state: {
          init: () => [],
          apply: (tr, value) => {
            const next = tr.getMeta(mergeConflictsKey) as MarkedConflict[] | undefined;
            if (next) return next;
            if (!tr.docChanged || value.length === 0) return value;
            return value.map((c) => ({
              ...c,
              mine: mapRange(c.mine, tr),
              theirs: mapRange(c.theirs, tr),
            }));
          },
        },
        props: {
          decorations(state) {
            const conflicts = mergeConflictsKey.getState(state) ?? [];
            return conflicts.length ? decorations(state.doc, conflicts, label) : null;
          },
        },
      }),
    ];
  },
});

/** Marks the merge's conflicts (block indices of the body just loaded) in the editor. */
export function markConflicts(editor: Editor, conflicts: readonly MergeConflict[]): void {
  const starts: number[] = [];
  editor.state.doc.forEach((_node, offset) => starts.push(offset));
  const at = (index: number) => starts[index] ?? editor.state.doc.content.size;
  const marked = conflicts.map((conflict, index): MarkedConflict => {
    const middle = conflict.start + conflict.mine;
    return {
      number: index + 1,
      mine: { from: at(conflict.start), to: at(middle) },
      theirs: { from: at(middle), to: at(middle + conflict.theirs) },
    };
  });
  editor.view.dispatch(
    editor.state.tr.setMeta(mergeConflictsKey, marked).setMeta("addToHistory", false),
  );
}

/** Keeps one side of a conflict: the other side's blocks go, and the conflict with them. */
export function keepSide(editor: Editor, number: number, keep: "mine" | "theirs"): void {
  const conflicts = mergeConflictsKey.getState(editor.state) ?? [];
  const conflict = conflicts.find((c) => c.number === number);
  if (!conflict) return;
  const drop = keep === "mine" ? conflict.theirs : conflict.mine;
  const tr = editor.state.tr;
  if (drop.to > drop.from) tr.delete(drop.from, drop.to);
  const rest = conflicts
    .filter((c) => c.number !== number)
    .map((c) => ({ ...c, mine: mapRange(c.mine, tr), theirs: mapRange(c.theirs, tr) }));
  // Not undoable on its own: undo would bring back a side without its frame.
  editor.view.dispatch(tr.setMeta(mergeConflictsKey, rest).setMeta("addToHistory", false));
}
