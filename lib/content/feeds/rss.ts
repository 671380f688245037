import { cdata, escapeXml, xmlElement, XML_DECLARATION } from "../xml";
import { feedUpdated, type FeedChannel, type FeedEntry } from "./feed-entry";

/**
 * RSS 2.0 with the content (full body HTML, in CDATA), Dublin Core (one dc:creator per
 * byline) and Atom (the self link) modules. RSS's own `author` wants an e-mail address,
 * which bylines do not have, hence dc:creator.
 */
export function renderRss(channel: FeedChannel, entries: FeedEntry[]): string {
  const items = entries.map(renderItem).join("\n");
  return `${XML_DECLARATION}
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
${xmlElement("title", channel.title)}
${xmlElement("link", channel.homeUrl)}
${xmlElement("description", channel.description)}
${xmlElement("language", channel.language)}
${xmlElement("lastBuildDate", feedUpdated(entries).toUTCString())}
<generator>Galley</generator>
<atom:link href="${escapeXml(channel.urls.rss)}" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>
`;
}

function renderItem(entry: FeedEntry): string {
  const lines = [
    xmlElement("title", entry.title),
    xmlElement("link", entry.url),
    `<guid isPermaLink="false">${escapeXml(entry.guid)}</guid>`,
    xmlElement("pubDate", entry.published.toUTCString()),
    xmlElement("description", entry.summary ?? entry.creditLine),
    `<content:encoded>${cdata(entry.contentHtml)}</content:encoded>`,
    ...entry.people.map((person) => xmlElement("dc:creator", person.name)),
    ...entry.categories.map(
      (category) =>
        `<category domain="${escapeXml(category.url)}">${escapeXml(category.label)}</category>`,
    ),
    // The time of the latest update, which RSS has no element for.
    xmlElement("dc:date", entry.updated.toISOString()),
  ];
  return `<item>\n${lines.filter(Boolean).join("\n")}\n</item>`;
}
