import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import {
  brokenPublishedUrls,
  describeBrokenUrls,
  idsOf,
  keepRetiredAnchors,
  readPublishedUrls,
  repeatedIds,
  type BuiltFile,
} from '../../src/lib/site/published-urls.ts';
import { buildWith, replacing } from './content-edits.ts';

/*
 * tests/published-urls.txt is checked after every build (src/integrations/published-urls.ts):
 * here the same check over the fixture edition and small made-up pages.
 */

const fixture = 'tests/fixtures/content';
const edition = buildEdition(fixture, 'tests/fixtures');

const published = readPublishedUrls(
  [
    '# Every URL and anchor published so far.',
    '/fr/texte/',
    '/fr/texte/#note-second-note',
    '/fr/texte/#sidenote-second-note',
    '/fr/modifications/#change-2026-02-01-first-fix',
    '/fr/participants/#attendance-leaders',
    '/comparison.csv',
  ].join('\n'),
);

const pages: Record<string, string> = {
  '/fr/texte/': '<main><section id="second-part"><p>Second <a id="marker-second-note" href="#note-second-note">1</a><span class="sidenote" id="sidenote-second-note">…</span></p></section><li id="note-second-note">…</li></main>',
  '/fr/modifications/': '<ol><li id="change-2026-03-01-new-source">…</li><li id="change-2026-02-01-first-fix">…</li></ol>',
  '/fr/participants/': '<section id="attendance"><table><tr id="attendance-leaders"><th>Leaders</th><td>FR, GB</td></tr></table></section>',
};
const files = new Set(['/comparison.csv']);

function builtFrom(html: Record<string, string>) {
  return (path: string): BuiltFile => (html[path] !== undefined ? { ids: new Set(idsOf(html[path]!)) } : files.has(path) ? {} : undefined);
}

describe('published URLs, after every build', () => {
  it('reads tests/published-urls.txt with each line’s number, comments left out', () => {
    expect(published.map((url) => [url.line, url.path, url.anchor])).toEqual([
      [2, '/fr/texte/', undefined],
      [3, '/fr/texte/', 'note-second-note'],
      [4, '/fr/texte/', 'sidenote-second-note'],
      [5, '/fr/modifications/', 'change-2026-02-01-first-fix'],
      [6, '/fr/participants/', 'attendance-leaders'],
      [7, '/comparison.csv', undefined],
    ]);
  });

  it('pass when every page, file and anchor is there', () => {
    expect(brokenPublishedUrls(published, builtFrom(pages), edition)).toEqual([]);
  });

  it('name the line, the content file and the id of a note that is gone (renamed or removed)', () => {
    const renamed = { ...pages, '/fr/texte/': pages['/fr/texte/']!.replaceAll('second-note', 'later-note') };
    const broken = brokenPublishedUrls(published, builtFrom(renamed), { ...edition, texts: { ...edition.texts, fr: { ...edition.texts.fr, notes: [] } } });
    expect(describeBrokenUrls(broken)).toBe(
      [
        '2 published URLs no longer resolve: there is no note "second-note" any more (content/annotations/second-note.md): it was renamed or removed; keep the id, or retire it: in the content/changelog.yml entry that records the change, add retires: { <old id>: <the id its readers should land on> } (README, "Retiring an id").',
        '  tests/published-urls.txt:3: /fr/texte/#note-second-note',
        '  tests/published-urls.txt:4: /fr/texte/#sidenote-second-note',
      ].join('\n'),
    );
  });

  it('say when what an anchor names is still in content/ but a page stopped rendering it', () => {
    const withoutSidenote = { ...pages, '/fr/texte/': pages['/fr/texte/']!.replace(' id="sidenote-second-note"', '') };
    expect(brokenPublishedUrls(published, builtFrom(withoutSidenote), edition).map((url) => [url.line, url.reason])).toEqual([
      [
        4,
        'the page no longer carries #sidenote-second-note, though what it names is still in content/: a page or component stopped rendering it; render it again, or retire it: in the content/changelog.yml entry that records the change, add retires: { <old id>: <the id its readers should land on> } (README, "Retiring an id")',
      ],
    ]);
  });

  it('refuse a change removed from the record (append-only), and a page no longer built', () => {
    const withoutParticipants: Record<string, string> = { ...pages, '/fr/modifications/': '<ol><li id="change-2026-03-01-new-source">…</li></ol>' };
    delete withoutParticipants['/fr/participants/'];
    const reasons = brokenPublishedUrls(published, builtFrom(withoutParticipants), { ...edition, changes: edition.changes.slice(0, 1) }).map((url) => `${url.line}: ${url.reason}`);
    expect(reasons).toEqual([
      '5: there is no change "2026-02-01-first-fix" in content/changelog.yml any more: it was renamed or removed; the record of changes is append-only: put the entry back; to withdraw or correct it, add an entry that says so, with retires: { <old entry id>: <the new entry id> } (README, "Retiring an id")',
      '6: no page or file is built at /fr/participants/ any more; published pages stay: build it again (a page may move only if its old address still answers)',
    ]);
  });

  it('keep a retired id’s anchors where its new id is, so old links land there', () => {
    const retiring = buildWith(fixture, {
      'changelog.yml': replacing('  touches: [second-note]\n', '  touches: [second-note]\n  retires: { old-note: second-note, leaders-and-ministers: attendance-leaders }\n'),
    });
    const oldLinks = readPublishedUrls(['/fr/texte/#note-old-note', '/fr/texte/#marker-old-note', '/fr/participants/#leaders-and-ministers'].join('\n'));
    const kept = Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, keepRetiredAnchors(html, path, oldLinks, retiring.changes)]));
    expect(brokenPublishedUrls(oldLinks, builtFrom(kept), retiring)).toEqual([]);
    // Inside the element that now holds the passage (a table row: in its first cell), so the reader lands on it.
    expect(kept['/fr/texte/']).toContain('<li id="note-second-note"><span id="note-old-note" class="retired-anchor"></span>…</li>');
    expect(kept['/fr/texte/']).toContain('<a id="marker-second-note" href="#note-second-note"><span id="marker-old-note" class="retired-anchor"></span>1</a>');
    expect(kept['/fr/participants/']).toContain('<tr id="attendance-leaders"><th><span id="leaders-and-ministers" class="retired-anchor"></span>Leaders</th>');
    // A page whose anchors all resolve is left as it is.
    expect(keepRetiredAnchors(pages['/fr/modifications/']!, '/fr/modifications/', oldLinks, retiring.changes)).toBe(pages['/fr/modifications/']);
  });

  it('refuse a retirement to an anchor the page does not carry', () => {
    const retiring = buildWith(fixture, { 'changelog.yml': replacing('  touches: [second-note]\n', '  touches: [second-note]\n  retires: { old-note: no-such-note }\n') });
    const oldLinks = readPublishedUrls('/fr/texte/#note-old-note');
    expect(brokenPublishedUrls(oldLinks, builtFrom(pages), retiring).map((url) => url.reason)).toEqual([
      'change "2026-02-01-first-fix" (content/changelog.yml) retires it to #note-no-such-note, which /fr/texte/ does not carry: retire it to an anchor of the same page',
    ]);
  });

  it('find an id a page carries twice', () => {
    expect(repeatedIds(idsOf('<li id="attendance-leaders"></li><li id="attendance-ministers"></li><li id="attendance-leaders"></li>'))).toEqual(['attendance-leaders']);
  });
});

describe('retiring an id in content/changelog.yml', () => {
  it('reads retires: { old: new }, and refuses an id retired to itself or an anchor written with "#"', () => {
    const edited = (retires: string) => () => buildWith(fixture, { 'changelog.yml': replacing('  touches: [second-note]\n', `  touches: [second-note]\n  retires: ${retires}\n`) });
    expect(edited('{ old-note: second-note }')().changes.find((change) => change.id === '2026-02-01-first-fix')!.retires).toEqual({ 'old-note': 'second-note' });
    expect(edited('{ second-note: second-note }')).toThrow('content/changelog.yml:5:27: Change "2026-02-01-first-fix" retires "second-note" to itself: give the id or anchor its readers now land on');
    expect(edited('{ old-note: "#note-second-note" }')).toThrow(
      'content/changelog.yml:5:25: Change "2026-02-01-first-fix": retires.old-note: must be an id or an anchor without its "#": lowercase letters and digits joined by hyphens (e.g. "us-led-monitoring" or "note-us-led-monitoring")',
    );
  });
});
