"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { uploadImageFile } from "@/components/editor/editor-media";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

/**
 * "Upload images" on the media library page: each chosen file goes to the library the
 * way the editor's uploads do (POST /api/v1/media, checked and cleaned on the server),
 * then the list is read again so the new images lead it. A refusal is the server's
 * sentence; the files before it are kept.
 */
export function LibraryUpload() {
  const t = useTranslations("library");
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (files: File[]) => {
    setError(null);
    let done = 0;
    for (const file of files) {
      setStatus(t("uploading", { name: file.name }));
      const outcome = await uploadImageFile(file);
      if (!outcome.ok) {
        setError(outcome.message ?? t("uploadFailed"));
        break;
      }
      done += 1;
    }
    setStatus(done > 0 ? t("uploaded", { count: done }) : null);
    if (done > 0) router.refresh();
  };

  return (
    <div className="mb-6 text-sm">
      <label
        htmlFor={id}
        className={`${buttonClass("primary")} cursor-pointer focus-within:outline focus-within:outline-2`}
      >
        {t("upload")}
        <input
          id={id}
          type="file"
          accept="image/*"
          multiple
          className="sr-only"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) void upload(files);
          }}
        />
      </label>
      <p role="status" className="mt-2 min-h-[1.25rem] text-[var(--color-muted)]">
        {status}
      </p>
      {error && (
        <Alert tone="error" className="mt-1">
          {error}
        </Alert>
      )}
    </div>
  );
}
