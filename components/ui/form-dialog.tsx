"use client";

import { useId } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

/**
 * A modal dialog around one small form: Enter submits, Escape and "Cancel" close, and the
 * primary button sits last in the footer. `extra` adds buttons before "Cancel" (a "Remove"
 * that undoes what the form would set). The fields inside show their own errors.
 */
export function FormDialog({
  title,
  submitLabel,
  cancelLabel,
  onSubmit,
  onClose,
  extra,
  children,
}: {
  title: React.ReactNode;
  submitLabel: string;
  cancelLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  extra?: React.ReactNode;
  children: React.ReactNode;
}) {
  const formId = useId();
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <>
          {extra}
          <Button onClick={onClose}>{cancelLabel}</Button>
          <Button variant="primary" type="submit" form={formId}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
