import { feedUpdated, type FeedChannel, type FeedEntry } from "./feed-entry";

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). The printed credit line and the
 * bylines with their roles ride in the `_galley` extension, which readers that do not
 * know it ignore.
 */
export function renderJsonFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.urls.json,
    description: channel.description,
    language: channel.language,
    authors: [{ name: channel.title, url: channel.homeUrl }],
    _galley: { updated: feedUpdated(entries).toISOString() },
    items: entries.map((entry) => ({
      id: entry.guid,
      url: entry.url,
      title: entry.title,
      ...(entry.summary ? { summary: entry.summary } : {}),
      content_html: entry.contentHtml,
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      language: entry.language,
      authors: entry.people.map((person) => ({
        name: person.name,
        ...(person.url ? { url: person.url } : {}),
      })),
      tags: entry.categories.map((category) => category.label),
      _galley: {
        credit_line: entry.creditLine,
        credits: entry.people.map((person) => ({
          name: person.name,
          role: person.role.toLowerCase(),
          label: person.label,
          kind: person.isOrganization ? "organization" : "person",
          ...(person.url ? { url: person.url } : {}),
        })),
      },
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
