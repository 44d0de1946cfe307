import { Feed } from 'feed';
import { formatDate } from '../site/format.ts';
import { t } from '../site/i18n.ts';
import type { Edition, Lang } from '../model.ts';
import { routes } from '../site/routes.ts';

/** The Atom feed of the record of changes in one language (/fr/changes.xml …), newest first. */
export function changesFeed(edition: Edition, lang: Lang, site: URL): string {
  const ui = t(lang);
  const absolute = (path: string) => new URL(path, site).href;
  const page = absolute(routes.changes(lang));
  const feed = new Feed({
    id: page,
    link: page,
    title: `${ui.changesTitle} — ${ui.citationContainer}`,
    description: ui.changesLede,
    language: lang,
    updated: new Date(`${edition.version}T00:00:00Z`),
    feedLinks: { atom: absolute(routes.changesFeed(lang)) },
    author: { name: ui.citationContainer, link: absolute(routes.home(lang)) },
    copyright: ui.footerAbout,
  });
  for (const change of edition.changes) {
    const url = absolute(routes.change(lang, change.id));
    const date = new Date(`${change.date}T00:00:00Z`);
    feed.addItem({
      id: url,
      link: url,
      title: `${ui.changeKinds[change.kind]} — ${formatDate(change.date, lang)}`,
      description: change.summary[lang],
      content: change.summary[lang],
      date,
      published: date,
    });
  }
  return feed.atom1();
}
