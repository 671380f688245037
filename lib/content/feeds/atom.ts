import { escapeXml, xmlElement, XML_DECLARATION } from "../xml";
import { feedUpdated, type FeedChannel, type FeedEntry, type FeedPerson } from "./feed-entry";

/**
 * Atom 1.0 (RFC 4287). Bylines who wrote, shot or drew the piece are its authors; editors
 * and producers are contributors. The feed itself names the site as author, so that an
 * entry without bylines is still valid Atom.
 */
export function renderAtom(channel: FeedChannel, entries: FeedEntry[]): string {
  return `${XML_DECLARATION}
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">
${xmlElement("id", channel.homeUrl)}
<title type="text">${escapeXml(channel.title)}</title>
<subtitle type="text">${escapeXml(channel.description)}</subtitle>
${xmlElement("updated", feedUpdated(entries).toISOString())}
<link rel="self" type="application/atom+xml" href="${escapeXml(channel.urls.atom)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(channel.homeUrl)}"/>
<author><name>${escapeXml(channel.title)}</name><uri>${escapeXml(channel.homeUrl)}</uri></author>
<generator>Galley</generator>
${entries.map(renderEntry).join("\n")}
</feed>
`;
}

function renderEntry(entry: FeedEntry): string {
  const creators = entry.people.filter((person) => person.isCreator);
  const authors = creators.length > 0 ? creators : entry.people;
  const contributors = entry.people.filter((person) => !authors.includes(person));
  const lines = [
    xmlElement("id", entry.guid),
    `<title type="text">${escapeXml(entry.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    xmlElement("published", entry.published.toISOString()),
    xmlElement("updated", entry.updated.toISOString()),
    ...authors.map((person) => renderPerson("author", person)),
    ...contributors.map((person) => renderPerson("contributor", person)),
    entry.summary ? `<summary type="text">${escapeXml(entry.summary)}</summary>` : "",
    // Escaped HTML: no CDATA section to break, whatever the body holds.
    `<content type="html" xml:lang="${escapeXml(entry.language)}">${escapeXml(entry.contentHtml)}</content>`,
    ...entry.categories.map(
      (category) =>
        `<category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`,
    ),
  ];
  return `<entry>\n${lines.filter(Boolean).join("\n")}\n</entry>`;
}

function renderPerson(element: "author" | "contributor", person: FeedPerson): string {
  return `<${element}><name>${escapeXml(person.name)}</name>${person.url ? xmlElement("uri", person.url) : ""}</${element}>`;
}
