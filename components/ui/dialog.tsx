"use client";

import { useEffect, useId, useRef } from "react";

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert
 * (the focus trap) and Escape asks to close; the element focused before opening gets
 * the focus back; the title names the dialog; a control marked `data-autofocus` gets
 * the focus first. `open` is the caller's state, and
 * `onClose` is how the dialog asks to change it (Escape, the backdrop, a cancel button).
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = "sm",
}: {
  open: boolean;
  onClose: () => void;
  title: React.ReactNode;
  description?: React.ReactNode;
  children?: React.ReactNode;
  /** The buttons, right-aligned under the content. */
  footer?: React.ReactNode;
  size?: "sm" | "lg";
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  // The latest onClose without re-running the effect that opens the dialog.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    opener.current = document.activeElement;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control; a field marked data-autofocus may ask for it instead.
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      dialog.close();
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: the caller's state decides, so the element and the state never disagree.
        event.preventDefault();
        close.current();
      }}
      onClose={() => {
        // Closed by the browser itself (Chrome lets a repeated Escape through): open it
        // again and ask the caller, whose state decides.
        if (ref.current && !ref.current.open) {
          ref.current.showModal();
          close.current();
        }
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) close.current(); // the backdrop
      }}
      className={`m-auto w-[calc(100%-2rem)] rounded bg-white p-0 text-[var(--color-ink)] shadow-xl backdrop:bg-black/40 ${size === "lg" ? "max-w-5xl" : "max-w-md"}`}
    >
      <div className="max-h-[85vh] overflow-auto p-5">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {description && (
          <p id={descriptionId} className="mt-1 text-sm text-[var(--color-muted)]">
            {description}
          </p>
        )}
        {children && <div className="mt-4">{children}</div>}
        {footer && <div className="mt-5 flex flex-wrap justify-end gap-2">{footer}</div>}
      </div>
    </dialog>
  );
}
