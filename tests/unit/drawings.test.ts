import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { declarationRange, ladderOf, scaleLevels } from '../../src/lib/drawings/levels.ts';
import { redlineRuns } from '../../src/lib/drawings/redline.ts';
import type { Redline } from '../../src/lib/model.ts';
import { buildError, buildWith } from './content-edits.ts';

/*
 * The drawings of issue 20, from the small made-up edition of tests/fixtures: the ladder of a
 * component (each instrument on its level, the declaration's range), the redline of a draft
 * against the final text, and the content errors of the files they are drawn from.
 */

const build = () => buildEdition('tests/fixtures/content', 'tests/fixtures');

/* A redline beside the fixture's second note: a passage of its evidence dropped, followed by another. */
const redlines = `- id: second-part-dropped
  note: second-note
  draft: { source: a-newspaper, quote: "La seconde partie est plus courte." }
  followedBy: { source: official-text, quote: "The second part says more." }
`;
const withRedlines = (edit: (text: string) => string = (text) => text) => ({ 'redlines.yml': () => edit(redlines) });

describe('the ladder of a component', () => {
  it('draws every level of the scale, strongest first, each instrument on its own', () => {
    const ladder = ladderOf(build(), 'en', 'first-part')!;
    expect(ladder.rungs.map((rung) => rung.level)).toEqual([...scaleLevels]);
    const placed = Object.fromEntries(ladder.rungs.map((rung) => [rung.level, rung.marks.map((mark) => mark.id)]));
    expect(placed['obligation-to-act']).toEqual(['a-treaty']);
    expect(placed.silent).toEqual(['a-memorandum']);
    // Each mark links to its cell on the component's comparison page, or in that page itself.
    expect(ladder.rungs[0]!.marks[0]!.href).toBe('/en/components/first-part/comparison/#a-treaty');
    expect(ladderOf(build(), 'en', 'first-part', true)!.rungs[0]!.marks[0]!.href).toBe('#a-treaty');
  });

  it('spans the declaration from its weaker reading to its stronger, both marks linked to its entry', () => {
    const edition = build();
    expect(declarationRange(edition.context.declarationLevels[0]!)).toEqual({ weaker: 'consult', stronger: 'commitment', weakerReading: 'official', same: false });
    const ladder = ladderOf(edition, 'fr', 'first-part')!;
    expect(ladder.range).toEqual({ weaker: 'consult', stronger: 'commitment', weakerReading: 'official' });
    const ranged = ladder.rungs.filter((rung) => rung.range).map((rung) => [rung.level, rung.range]);
    expect(ranged).toEqual([
      ['commitment', 'top'],
      ['possible-means', 'inside'],
      ['consult', 'bottom'],
    ]);
    const declaration = ladder.rungs.flatMap((rung) => rung.marks.filter((mark) => mark.declaration).map((mark) => [rung.level, mark.reading, mark.href]));
    expect(declaration).toEqual([
      ['commitment', 'article', '/fr/composantes/first-part/comparaison/#paris-declaration'],
      ['consult', 'official', '/fr/composantes/first-part/comparaison/#paris-declaration'],
    ]);
  });

  it('is not drawn for a component nothing is compared on', () => {
    expect(ladderOf(build(), 'en', 'second-part')).toBeUndefined();
  });
});

/** The build's message with the redlines file edited. */
const buildErrorWith = (edit: (text: string) => string) => buildError('redlines.yml', () => edit(redlines));

describe('the redline of a draft against the final text', () => {
  const redline = (draft: string, final?: string): Redline => ({
    id: 'x',
    note: 'n',
    draft: { quote: draft, source: 's', lang: 'en' },
    ...(final === undefined ? {} : { final: { quote: final, source: 's', lang: 'en' } }),
  });

  it('marks word by word what the final text dropped and what it added', () => {
    const runs = redlineRuns(redline('with US participation and a US commitment to support the forces', 'with proposed US support'));
    expect(runs.filter((run) => run.kind === 'added').map((run) => run.text.trim())).toEqual(['proposed']);
    expect(runs.filter((run) => run.kind === 'kept').map((run) => run.text).join('')).toContain('US');
    expect(runs.filter((run) => run.kind === 'removed').map((run) => run.text).join('')).toContain('participation');
    // Read back, each side is its quote.
    expect(runs.filter((run) => run.kind !== 'added').map((run) => run.text).join('')).toBe('with US participation and a US commitment to support the forces');
    expect(runs.filter((run) => run.kind !== 'removed').map((run) => run.text).join('')).toBe('with proposed US support');
  });

  it('removes a dropped passage whole', () => {
    expect(redlineRuns(redline('a vital role'))).toEqual([{ kind: 'removed', text: 'a vital role' }]);
  });

  it('reads redlines whose words the note cites', () => {
    expect(build().redlines).toEqual([]);
    expect(buildWith('tests/fixtures/content', withRedlines()).redlines).toEqual([
      {
        id: 'second-part-dropped',
        note: 'second-note',
        draft: { quote: 'La seconde partie est plus courte.', source: 'a-newspaper', lang: 'fr' },
        followedBy: { quote: 'The second part says more.', source: 'official-text', lang: 'en' },
      },
    ]);
  });

  it('refuses a redline quoting what its note does not cite, or comparing two languages', () => {
    expect(
      buildErrorWith((text) => text.replace('note: second-note', 'note: intro-note').replace('La seconde partie est plus courte.', 'Les composantes sont au nombre de deux.')),
    ).toBe('content/redlines.yml:4:25: Redline "second-part-dropped" followedBy: note "intro-note" does not cite "official-text": a redline quotes only what its note cites');
    expect(buildErrorWith((text) => text.replace('est plus courte.', 'est plus longue.'))).toBe(
      'content/redlines.yml:3:41: Redline "second-part-dropped" draft: these words are not in the evidence note "second-note" gives from "a-newspaper": quote them verbatim',
    );
    expect(buildErrorWith((text) => text.replace('followedBy:', 'final:'))).toBe(
      'content/redlines.yml:4:43: Redline "second-part-dropped": the draft is quoted in fr and the final text in en: a redline compares words in one language',
    );
    expect(buildErrorWith((text) => text.replace('note: second-note', 'note: third-note'))).toBe(
      'content/redlines.yml:2:9: Redline "second-part-dropped": unknown note "third-note": there is no content/annotations/third-note.md',
    );
  });
});

describe('an instrument’s short title', () => {
  it('refuses a short title that holds the year pages add after it', () => {
    expect(buildError('instruments.yml', (text) => text.replace('en: "A treaty"', 'en: "A treaty (1949)"'))).toBe(
      'content/instruments.yml:3:39: Instrument "a-treaty" shortTitle.en: "A treaty (1949)" holds the year 1949, which pages add after the short title: remove it',
    );
  });
});
