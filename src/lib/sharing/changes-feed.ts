import { Feed } from 'feed';
import { formatDate } from '../site/format.ts';
import { firstSentence } from '../model-text.ts';
import { t } from '../site/i18n.ts';
import type { Change, Edition, Lang } from '../model.ts';
import { routes } from '../site/routes.ts';

/** How long an entry's title may be: a feed reader shows one line of it. */
const titleLength = 110;

/** Words of `text` up to `length` characters, cut between words, with an ellipsis where cut. */
function cutAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1).replace(/\s+\S*$/u, '').replace(/[\s,;:–—(«“"]+$/u, '');
  return `${cut}…`;
}

/**
 * An entry's title says what changed: its kind, then the start of its summary (whose first words already
 * tell apart the entries that touch one note: README, "Corrections and changes").
 */
export function changeTitle(change: Change, lang: Lang): string {
  return `${t(lang).changeKinds[change.kind]} — ${cutAtWord(firstSentence(change.summary[lang]), titleLength)}`;
}

/**
 * When each entry changed, for feed readers that sort by it: its day, and within a day one second apart in
 * the record's order (newest first), since the record gives days, not hours.
 */
function changeTimes(changes: readonly Change[]): Date[] {
  return changes.map((change, index) => {
    const later = changes.slice(index + 1).filter((other) => other.date === change.date).length;
    return new Date(Date.parse(`${change.date}T00:00:00Z`) + later * 1000);
  });
}

/** The Atom feed of the record of changes in one language (/fr/changes.xml …), newest first. */
export function changesFeed(edition: Edition, lang: Lang, site: URL): string {
  const ui = t(lang);
  const absolute = (path: string) => new URL(path, site).href;
  const page = absolute(routes.changes(lang));
  const times = changeTimes(edition.changes);
  const feed = new Feed({
    id: page,
    link: page,
    title: `${ui.changesTitle} — ${ui.citationContainer}`,
    description: ui.changesLede,
    language: lang,
    updated: times[0] ?? new Date(`${edition.version}T00:00:00Z`),
    feedLinks: { atom: absolute(routes.changesFeed(lang)) },
    author: { name: ui.citationContainer, link: absolute(routes.home(lang)) },
    copyright: ui.footerAbout,
  });
  edition.changes.forEach((change, index) => {
    const url = absolute(routes.change(lang, change.id));
    feed.addItem({
      id: url,
      link: url,
      title: changeTitle(change, lang),
      description: change.summary[lang],
      content: change.summary[lang],
      date: times[index]!,
      published: times[index]!,
    });
  });
  // The feed's language, for readers that show or speak it (the feed library writes none in Atom).
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
}
