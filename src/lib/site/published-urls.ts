import type { Change, Edition } from '../model.ts';

/*
 * Published URLs are a contract: every line of tests/published-urls.txt (a page, or a page and an
 * anchor) must resolve in every build. An id taken off the pages is retired by the change that
 * took it off (content/changelog.yml, `retires: { old: new }`): its old anchor is kept where the
 * new one is, so that readers of an old link still land in the right place.
 */

/** The file that lists every URL and anchor ever published, one a line. */
export const publishedUrlsFile = 'tests/published-urls.txt';

export interface PublishedUrl {
  /** Its line in tests/published-urls.txt. */
  line: number;
  url: string;
  path: string;
  anchor?: string;
}

export function readPublishedUrls(text: string): PublishedUrl[] {
  return text.split('\n').flatMap((raw, index) => {
    const url = raw.trim();
    if (!url || url.startsWith('#')) return [];
    const [path, anchor] = url.split('#') as [string, string | undefined];
    return [{ line: index + 1, url, path, ...(anchor ? { anchor: decodeURIComponent(anchor) } : {}) }];
  });
}

/** The ids of a built page, in order (a repeated id appears twice). */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/g)].map((match) => match[1]!);
}

/** Where a retired anchor now lands on a page holding `ids`, and the change that retired it; `missing`: the landing the page lacks. */
export type Retirement = { change: Change; landing: string } | { change: Change; missing: string };

/**
 * The retirement that covers `anchor`, if any: `old: new` covers the anchor `old` itself (landing on
 * `new`) and every anchor made of a prefix and `old` (`note-old`, `marker-old`, `a--old`), landing on
 * the same prefix and `new` where the page has it, else on `new`.
 */
export function retirementOf(anchor: string, ids: ReadonlySet<string>, changes: readonly Change[]): Retirement | undefined {
  for (const change of changes) {
    for (const [old, landing] of Object.entries(change.retires)) {
      const prefix = anchor === old ? '' : anchor.endsWith(`-${old}`) ? anchor.slice(0, -old.length) : undefined;
      if (prefix === undefined) continue;
      const candidates = prefix ? [prefix + landing, landing] : [landing];
      const found = candidates.find((candidate) => ids.has(candidate));
      return found ? { change, landing: found } : { change, missing: candidates[0]! };
    }
  }
  return undefined;
}

/* Elements that cannot hold a <span> first: the kept anchor goes before them (a table row: into its first cell; details: after its summary). */
const beforeElement = new Set(['table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'dl', 'select', 'colgroup', 'svg', 'img', 'input', 'hr', 'br', 'iframe', 'video', 'audio', 'picture']);

/** Puts an empty element with id `old` where the element with id `landing` is, so `#old` lands there. */
function insertAnchor(html: string, old: string, landing: string): string {
  const tag = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*?\\sid="${landing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!tag) return html;
  const span = `<span id="${old}" class="retired-anchor"></span>`;
  const name = tag[1]!.toLowerCase();
  const end = tag.index + tag[0].length;
  let at = end;
  if (beforeElement.has(name)) at = tag.index;
  else if (name === 'tr') {
    const cell = /<t[dh]\b[^>]*>/.exec(html.slice(end));
    if (cell) at = end + cell.index + cell[0].length;
  } else if (name === 'details') {
    const summaryEnd = html.indexOf('</summary>', end);
    if (summaryEnd >= 0) at = summaryEnd + '</summary>'.length;
  }
  return html.slice(0, at) + span + html.slice(at);
}

/**
 * A rendered page with the anchors it once published and no longer carries kept, where a change
 * retired them (see retirementOf). Anything else missing is left for the check after the build.
 */
export function keepRetiredAnchors(html: string, path: string, published: readonly PublishedUrl[], changes: readonly Change[]): string {
  const anchors = published.filter((url) => url.path === path && url.anchor).map((url) => url.anchor!);
  if (anchors.length === 0 || !changes.some((change) => Object.keys(change.retires).length > 0)) return html;
  const ids = new Set(idsOf(html));
  let kept = html;
  for (const anchor of new Set(anchors)) {
    if (ids.has(anchor)) continue;
    const retirement = retirementOf(anchor, ids, changes);
    if (retirement && 'landing' in retirement) {
      kept = insertAnchor(kept, anchor, retirement.landing);
      ids.add(anchor);
    }
  }
  return kept;
}

/* ---- Saying what removed an anchor, in an editor's words ---- */

interface AnchorKind {
  prefixes: string[];
  kind: string;
  file: (id: string) => string;
  ids: (edition: Edition) => Iterable<string>;
  /** What to do instead of removing one, where it differs from retiring it. */
  removal?: string;
}

/** Every kind of id the pages carry as anchors, the prefix of its anchors, and the file that defines it. */
const anchorKinds: AnchorKind[] = [
  { prefixes: ['note-', 'marker-', 'sidenote-', 'anchor-'], kind: 'note', file: (id) => `content/annotations/${id}.md`, ids: (edition) => edition.texts.fr.notes.map((note) => note.id) },
  {
    prefixes: ['change-'],
    kind: 'change',
    file: () => 'content/changelog.yml',
    ids: (edition) => edition.changes.map((change) => change.id),
    removal:
      'the record of changes is append-only: put the entry back; to withdraw or correct it, add an entry that says so, with retires: { <old entry id>: <the new entry id> } (README, "Retiring an id")',
  },
  { prefixes: ['source-'], kind: 'source', file: () => 'content/sources.yml', ids: (edition) => edition.sources.map((source) => source.id) },
  { prefixes: ['event-'], kind: 'event', file: () => 'content/timeline.yml', ids: (edition) => edition.context.timeline.map((event) => event.id) },
  { prefixes: ['attendance-'], kind: 'attendance group', file: () => 'content/participants.yml', ids: (edition) => edition.context.attendance.map((group) => group.id) },
  { prefixes: ['party-'], kind: 'participant', file: () => 'content/participants.yml', ids: (edition) => edition.context.participants.map((participant) => participant.code.toLowerCase()) },
  { prefixes: ['instrument-', ''], kind: 'instrument', file: () => 'content/instruments.yml', ids: (edition) => edition.context.instruments.map((instrument) => instrument.id) },
  { prefixes: ['component-', ''], kind: 'component', file: () => 'content/components.yml', ids: (edition) => edition.componentKeys },
  { prefixes: [''], kind: 'conflicting report', file: () => 'content/participants.yml', ids: (edition) => edition.context.conflicts.map((conflict) => conflict.id) },
];

const retireHint = 'keep the id, or retire it: in the content/changelog.yml entry that records the change, add retires: { <old id>: <the id its readers should land on> } (README, "Retiring an id")';

/** What took `#anchor` off the page at `path`, as far as the edition can tell. */
export function explainMissingAnchor(anchor: string, edition: Edition): string {
  // A comparison cell: #<component>--<instrument>.
  const cell = /^(.+?)--(.+)$/.exec(anchor);
  const parts = cell ? [cell[1]!, cell[2]!] : [anchor];
  const gone: string[] = [];
  for (const part of parts) {
    const matches = anchorKinds.flatMap((kind) => kind.prefixes.filter((prefix) => part.startsWith(prefix)).map((prefix) => ({ kind, id: part.slice(prefix.length), prefixed: prefix !== '' })));
    const prefixed = matches.filter((match) => match.prefixed);
    const candidates = prefixed.length > 0 ? prefixed : matches;
    const present = candidates.find(({ kind, id }) => [...kind.ids(edition)].includes(id));
    if (present) continue;
    if (candidates.length === 0) continue;
    const names = [...new Set(candidates.map(({ kind }) => kind.kind))].join(' or ');
    const files = [...new Set(candidates.map(({ kind, id }) => kind.file(id)))].join(', ');
    const id = candidates[0]!.id;
    const what = candidates.length === 1 && candidates[0]!.kind.kind === 'note' ? `there is no note "${id}" any more (${files})` : `there is no ${names} "${id}" in ${files} any more`;
    gone.push(`${what}: it was renamed or removed; ${candidates.length === 1 && candidates[0]!.kind.removal ? candidates[0]!.kind.removal : retireHint}`);
  }
  if (gone.length > 0) return gone.join('; ');
  return `the page no longer carries #${anchor}, though what it names is still in content/: a page or component stopped rendering it; render it again, or ${retireHint.replace('keep the id, or ', '')}`;
}

/** Whether a built file answers a path, and the ids of a page (undefined for other files). */
export type BuiltFile = { ids?: ReadonlySet<string> } | undefined;

/** A published URL that no longer resolves, and why. */
export interface BrokenUrl extends PublishedUrl {
  reason: string;
}

/** Every published URL that does not resolve in the build, with what took it away and what to do. */
export function brokenPublishedUrls(published: readonly PublishedUrl[], built: (path: string) => BuiltFile, edition: Edition): BrokenUrl[] {
  return published.flatMap((url): BrokenUrl[] => {
    const file = built(url.path);
    if (!file) return [{ ...url, reason: `no page or file is built at ${url.path} any more; published pages stay: build it again (a page may move only if its old address still answers)` }];
    if (!url.anchor || !file.ids || file.ids.has(url.anchor)) return [];
    const retirement = retirementOf(url.anchor, file.ids, edition.changes);
    if (retirement && 'missing' in retirement) {
      return [{ ...url, reason: `change "${retirement.change.id}" (content/changelog.yml) retires it to #${retirement.missing}, which ${url.path} does not carry: retire it to an anchor of the same page` }];
    }
    return [{ ...url, reason: explainMissingAnchor(url.anchor, edition) }];
  });
}

/**
 * The build's message for broken published URLs: each cause once, then the lines of
 * tests/published-urls.txt it broke (`tests/published-urls.txt:<line>: <url>`).
 */
export function describeBrokenUrls(broken: readonly BrokenUrl[]): string {
  const byReason = Map.groupBy(broken, (url) => url.reason);
  return [...byReason]
    .map(([reason, urls]) => [`${urls.length} published URL${urls.length === 1 ? '' : 's'} no longer resolve${urls.length === 1 ? 's' : ''}: ${reason}.`, ...urls.map((url) => `  ${publishedUrlsFile}:${url.line}: ${url.url}`)].join('\n'))
    .join('\n');
}

/** Ids a page carries more than once (invalid HTML; a link lands on the first only). */
export function repeatedIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.size === seen.add(id).size))];
}
