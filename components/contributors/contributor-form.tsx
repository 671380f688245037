"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useResultSentences } from "@/components/ui/use-result-sentences";
import type { ActionResult } from "@/lib/schemas/action-result";
import type {
  ContributorChoice,
  ContributorProfile,
  TContributorFormInput,
  TContributorUpdateInput,
} from "@/lib/schemas/contributors";
import {
  ContributorFields,
  EMPTY_CONTRIBUTOR,
  type ContributorValues,
  type PhotoChoice,
} from "./contributor-fields";

export type CreateContributor = (
  input: TContributorFormInput,
) => Promise<ActionResult<{ id: string; slug: string }>>;
export type UpdateContributor = (
  input: TContributorUpdateInput,
) => Promise<ActionResult<{ slug: string }>>;

function valuesOf(profile: ContributorProfile | null): ContributorValues {
  if (!profile) return EMPTY_CONTRIBUTOR;
  return {
    name: profile.name,
    slug: profile.slug,
    kind: profile.kind,
    jobTitle: profile.jobTitle ?? "",
    bio: profile.bio ?? "",
    photoId: profile.photoId ?? "",
    links: profile.links.join("\n"),
    userId: profile.userId ?? "",
  };
}

/**
 * The profile form, for a new contributor (then on to its own page) or an existing one.
 * A refusal keeps what was typed and puts its sentence beside the field.
 */
export function ContributorForm({
  profile,
  photos,
  users,
  action,
}: {
  profile: ContributorProfile | null;
  photos: PhotoChoice[];
  users: ContributorChoice[];
  action: { create: CreateContributor } | { update: UpdateContributor };
}) {
  const t = useTranslations("contributors");
  const router = useRouter();
  const { sentence, fieldError } = useResultSentences("contributors");
  const [values, setValues] = useState(() => valuesOf(profile));
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const message = sentence(result, "saved");
  return (
    <form
      aria-labelledby="contributor-form-heading"
      className="space-y-4 rounded border border-[var(--color-rule)] p-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setResult(null); // the last answer is not this one's
        startTransition(async () => {
          if ("create" in action) {
            const answer = await action.create(values);
            if (answer.ok) router.push(`/newsroom/contributors/${answer.data.id}?created=1`);
            else setResult(answer);
            return;
          }
          const answer = await action.update({ contributorId: profile!.id, ...values });
          setResult(answer);
          if (answer.ok) {
            setValues({ ...values, slug: answer.data.slug });
            router.refresh();
          }
        });
      }}
    >
      <h2 id="contributor-form-heading" className="font-semibold">
        {profile ? t("profile") : t("new")}
      </h2>
      <ContributorFields
        values={values}
        onChange={setValues}
        errorFor={(name) => fieldError(result, name)}
        photos={photos}
        users={users}
      />
      <Button type="submit" variant="primary" disabled={pending}>
        {profile ? t("save") : t("create")}
      </Button>
      {message && (
        <Alert role="status" tone={result?.ok ? "success" : "error"}>
          <p>{message}</p>
        </Alert>
      )}
    </form>
  );
}
