"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TArticleFields } from "@/lib/schemas/article";
import {
  ARTICLE_FIELDS,
  GENERIC_INPUT_FIELDS,
  type GenericInputFieldName,
} from "@/lib/schemas/article-fields";
import type { EditorMedia } from "./editor-media";

export type EditorOptions = {
  sections: Array<{ id: string; name: string; nameEn: string }>;
  tags: Array<{ id: string; name: string }>;
  contributors: Array<{ id: string; name: string; kind: string }>;
};

const input = "w-full rounded border border-[var(--color-rule)] bg-white px-2 py-1.5";

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
}) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const { fields, onChange } = props;
  const images = props.images ?? [];
  const imageLabel = (image: EditorMedia) =>
    t("image.option", {
      label:
        image.caption?.trim() ||
        image.credit?.trim() ||
        t("image.untitled", {
          date: format.dateTime(new Date(image.createdAt), {
            dateStyle: "medium",
            timeStyle: "short",
          }),
        }),
      width: image.width,
      height: image.height,
    });
  const featured = fields.featuredImageId?.toLowerCase() ?? null;
  return (
    <fieldset disabled={props.disabled} className="space-y-4">
      <div>
        <label htmlFor="slug" className="block text-sm font-medium">
          {t("slug")}
        </label>
        <div className="flex gap-2">
          <input
            id="slug"
            value={fields.slug}
            onChange={(e) => onChange({ slug: e.target.value })}
            className={`${input} font-mono text-sm`}
            spellCheck={false}
          />
          <button
            type="button"
            onClick={props.onSuggestSlug}
            className="shrink-0 rounded border border-[var(--color-rule)] px-2 text-sm"
          >
            {t("suggestSlug")}
          </button>
        </div>
        {props.isPublished && (
          <p className="mt-1 text-xs text-[var(--color-muted)]">{t("slugRedirectNote")}</p>
        )}
      </div>
      <div>
        <label htmlFor="section" className="block text-sm font-medium">
          {t("section")}
        </label>
        <select
          id="section"
          value={fields.sectionId ?? ""}
          onChange={(e) => onChange({ sectionId: e.target.value || null })}
          className={input}
        >
          <option value="">{t("noSection")}</option>
          {props.options.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name} · {section.nameEn}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("tags")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {props.options.tags.map((tag) => (
            <label key={tag.id} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={fields.tagIds.includes(tag.id)}
                onChange={(e) =>
                  onChange({
                    tagIds: e.target.checked
                      ? [...fields.tagIds, tag.id]
                      : fields.tagIds.filter((id) => id !== tag.id),
                  })
                }
              />
              {tag.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("dateline")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="dateline-place" className="block text-xs text-[var(--color-muted)]">
              {t("datelinePlace")}
            </label>
            <input
              id="dateline-place"
              value={fields.datelinePlace ?? ""}
              onChange={(e) => onChange({ datelinePlace: e.target.value })}
              className={input}
            />
          </div>
          <div>
            <label htmlFor="dateline-date" className="block text-xs text-[var(--color-muted)]">
              {t("datelineDate")}
            </label>
            <input
              id="dateline-date"
              type="date"
              value={fields.datelineDate ?? ""}
              onChange={(e) => onChange({ datelineDate: e.target.value || null })}
              className={input}
            />
          </div>
        </div>
      </fieldset>
      <div>
        <label htmlFor="language" className="block text-sm font-medium">
          {t("language")}
        </label>
        <select
          id="language"
          value={fields.language}
          onChange={(e) => onChange({ language: e.target.value as TArticleFields["language"] })}
          className={input}
        >
          <option value="zh-Hant">繁體中文 (zh-Hant)</option>
          <option value="zh-Hans">简体中文 (zh-Hans)</option>
          <option value="en">English (en)</option>
        </select>
      </div>
      {GENERIC_INPUT_FIELDS.map((name) => (
        <MapFieldInput
          key={name}
          name={name}
          label={t(name)}
          value={fields[name]}
          onChange={(value) => onChange({ [name]: value })}
        />
      ))}
      <div>
        <label htmlFor="featured-image" className="block text-sm font-medium">
          {t("featuredImage")}
        </label>
        <select
          id="featured-image"
          value={fields.featuredImageId ?? ""}
          onChange={(e) => onChange({ featuredImageId: e.target.value || null })}
          className={input}
        >
          <option value="">{t("noImage")}</option>
          {featured && !images.some((image) => image.id.toLowerCase() === featured) && (
            <option value={fields.featuredImageId ?? ""}>{fields.featuredImageId}</option>
          )}
          {images.map((image) => (
            <option key={image.id} value={image.id}>
              {imageLabel(image)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** A text field the field map draws (`input: "line" | "lines"`); its id is the name in kebab-case. */
function MapFieldInput(props: {
  name: GenericInputFieldName;
  label: string;
  value: string | null;
  onChange: (value: string) => void;
}) {
  const id = props.name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const common = {
    id,
    value: props.value ?? "",
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value),
    className: input,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      {ARTICLE_FIELDS[props.name].input === "lines" ? (
        <textarea rows={3} {...common} />
      ) : (
        <input {...common} />
      )}
    </div>
  );
}
