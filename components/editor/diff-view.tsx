import type { DiffSegment } from "@/lib/content/diff";

/** A text diff: additions marked <ins>, deletions <del>, readable without colour too. */
export function DiffView({ segments, label }: { segments: DiffSegment[]; label: string }) {
  return (
    <div
      aria-label={label}
      role="region"
      className="whitespace-pre-wrap rounded border border-[var(--color-rule)] p-3 font-serif leading-8"
    >
      {segments.map((segment, index) =>
        segment.type === "insert" ? (
          <ins
            key={index}
            className="bg-green-100 text-green-900 no-underline decoration-green-700 [text-decoration-line:underline]"
          >
            {segment.text}
          </ins>
        ) : segment.type === "delete" ? (
          <del key={index} className="bg-red-100 text-red-900">
            {segment.text}
          </del>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
