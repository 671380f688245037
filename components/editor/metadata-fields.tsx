"use client";

import { useTranslations } from "next-intl";
import type { TArticleFields } from "@/lib/schemas/article";
import { Button } from "@/components/ui/button";
import { Select, Textarea, TextField } from "@/components/ui/field";
// Types only: the map itself holds zod schemas, which must not reach the browser.
import type { GenericInput } from "@/lib/schemas/article-fields";
import { DueField } from "./due-field";
import type { EditorMedia } from "./editor-media";
import { FeaturedImagePicker } from "./featured-image-picker";
import { TagsField, type TagActions } from "./tags-field";

export type EditorOptions = {
  sections: Array<{ id: string; name: string; nameEn: string }>;
  /** The story's own tags (their names for the chips); others come from the type-ahead. */
  tags: Array<{ id: string; name: string }>;
  contributors: Array<{ id: string; name: string; kind: string }>;
  /** The text fields the field map draws (`input: "line" | "lines"`). */
  inputs: GenericInput[];
  /** The newsroom's time zone, in which "Due" is typed and shown. */
  timeZone: string;
};

/** Every field of the working copy other than headline, body and bylines, each with a visible label. */
export function MetadataFields(props: {
  fields: TArticleFields;
  options: EditorOptions;
  /** Images to offer as the featured image (the article's own and recent uploads). */
  images?: EditorMedia[];
  disabled: boolean;
  isPublished: boolean;
  onChange: (patch: Partial<TArticleFields>) => void;
  onSuggestSlug: () => void;
  tagActions: TagActions;
}) {
  const t = useTranslations("editor");
  const { fields, onChange } = props;
  return (
    <fieldset disabled={props.disabled} className="min-w-0 space-y-4">
      <div className="flex items-end gap-2">
        <TextField
          id="slug"
          label={t("slug")}
          hint={props.isPublished ? t("slugRedirectNote") : undefined}
          value={fields.slug}
          onChange={(e) => onChange({ slug: e.target.value })}
          spellCheck={false}
          className="min-w-0 flex-1"
          controlClassName="font-mono"
        />
        <Button onClick={props.onSuggestSlug} className={props.isPublished ? "mb-5" : ""}>
          {t("suggestSlug")}
        </Button>
      </div>
      <Select
        id="section"
        label={t("section")}
        value={fields.sectionId ?? ""}
        onChange={(e) => onChange({ sectionId: e.target.value || null })}
      >
        <option value="">{t("noSection")}</option>
        {props.options.sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.name} · {section.nameEn}
          </option>
        ))}
      </Select>
      <TagsField
        tagIds={fields.tagIds}
        known={props.options.tags}
        actions={props.tagActions}
        disabled={props.disabled}
        onChange={(tagIds) => onChange({ tagIds })}
      />
      <fieldset>
        <legend className="text-sm font-medium">{t("dateline")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          <TextField
            id="dateline-place"
            label={t("datelinePlace")}
            value={fields.datelinePlace ?? ""}
            onChange={(e) => onChange({ datelinePlace: e.target.value })}
          />
          <TextField
            id="dateline-date"
            label={t("datelineDate")}
            type="date"
            value={fields.datelineDate ?? ""}
            onChange={(e) => onChange({ datelineDate: e.target.value || null })}
          />
        </div>
      </fieldset>
      <DueField
        value={fields.dueAt}
        timeZone={props.options.timeZone}
        disabled={props.disabled}
        onChange={(dueAt) => onChange({ dueAt })}
      />
      <Select
        id="language"
        label={t("language")}
        value={fields.language}
        onChange={(e) => onChange({ language: e.target.value as TArticleFields["language"] })}
      >
        <option value="zh-Hant">繁體中文 (zh-Hant)</option>
        <option value="zh-Hans">简体中文 (zh-Hans)</option>
        <option value="en">English (en)</option>
      </Select>
      {/* Text fields the field map draws (`input: "line" | "lines"`), ids in kebab-case. */}
      {props.options.inputs.map(({ name, lines }) => {
        const common = {
          id: name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
          label: t(name),
          value: fields[name] ?? "",
          onChange: (e: { target: { value: string } }) => onChange({ [name]: e.target.value }),
        };
        return lines ? (
          <Textarea key={name} {...common} rows={3} />
        ) : (
          <TextField key={name} {...common} />
        );
      })}
      <FeaturedImagePicker
        value={fields.featuredImageId ?? null}
        images={props.images ?? []}
        onChange={(featuredImageId) => onChange({ featuredImageId })}
      />
    </fieldset>
  );
}
