import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { sourceMix, sourcedClaims, sourcesByTypeAndLanguage } from '../../src/lib/drawings/source-mix.ts';
import { sourceTypes, type Source } from '../../src/lib/model.ts';

/*
 * Where the claims come from (issue 20): the edition's sourced claims counted by the type of the
 * sources they cite, from the fixture edition (tests/fixtures/content), and the bibliography's
 * sections by type and language.
 */

const edition = buildEdition('tests/fixtures/content', 'tests/fixtures');

describe('the sourced claims', () => {
  it('are the notes (once, whatever the language), key facts, context data and the extra points given', () => {
    const claims = sourcedClaims(edition);
    expect(claims.filter((claim) => claim.kind === 'note')).toHaveLength(edition.texts.fr.notes.length);
    expect(claims.filter((claim) => claim.kind === 'event').map((claim) => claim.id).sort()).toEqual(edition.context.timeline.map((event) => event.id).sort());
    expect(claims.filter((claim) => claim.kind === 'cell')).toHaveLength(edition.context.comparison.length);
    const withPoint = sourcedClaims(edition, [{ id: 'a-point', sources: [{ source: 'official-text', evidence: [] }] }]);
    expect(withPoint.at(-1)).toEqual({ kind: 'legal-nature', id: 'a-point', sources: ['official-text'] });
    // Each claim cites each of its sources once.
    for (const claim of claims) expect(new Set(claim.sources).size).toBe(claim.sources.length);
  });
});

describe('the mix of source types', () => {
  it('counts each citation under its source’s type, the parts adding up to the whole', () => {
    const claims = sourcedClaims(edition);
    const mix = sourceMix(claims, edition.sources);
    expect(mix.parts.map((part) => part.type)).toEqual([...sourceTypes]);
    const typeOf = new Map(edition.sources.map((source) => [source.id, source.type]));
    for (const part of mix.parts) {
      expect(part.citations, part.type).toBe(claims.flatMap((claim) => claim.sources).filter((id) => typeOf.get(id) === part.type).length);
    }
    expect(mix.citations).toBe(claims.reduce((sum, claim) => sum + claim.sources.length, 0));
    expect(mix.claims).toBe(claims.length);
    expect(mix.parts.reduce((sum, part) => sum + part.share, 0)).toBeCloseTo(1);
    // Each part starts where the one before ends.
    mix.parts.slice(1).forEach((part, index) => expect(part.start).toBeCloseTo(mix.parts[index]!.start + mix.parts[index]!.share));
  });

  it('counts by hand on a made-up set', () => {
    const sources = [
      { id: 'a', type: 'official-text' },
      { id: 'b', type: 'news-report' },
      { id: 'c', type: 'state-affiliated' },
    ] as Source[];
    const mix = sourceMix(
      [
        { kind: 'note', id: 'n1', sources: ['a', 'b'] },
        { kind: 'event', id: 'e1', sources: ['b'] },
        { kind: 'cell', id: 'c1', sources: ['c', 'b'] },
      ],
      sources,
    );
    expect(Object.fromEntries(mix.parts.map((part) => [part.type, part.citations]))).toEqual({
      'official-text': 1,
      'government-statement': 0,
      'news-report': 3,
      analysis: 0,
      aggregator: 0,
      'state-affiliated': 1,
    });
    expect([mix.citations, mix.claims]).toEqual([5, 3]);
    expect(() => sourceMix([{ kind: 'note', id: 'n', sources: ['z'] }], sources)).toThrow(/unknown source "z"/);
  });
});

describe('the bibliography by type and language', () => {
  it('keeps every source once, types in the model’s order, languages with most sources first', () => {
    const sources = [
      { id: 'a', type: 'news-report', language: 'fr' },
      { id: 'b', type: 'official-text', language: 'en' },
      { id: 'c', type: 'news-report', language: 'en' },
      { id: 'd', type: 'news-report', language: 'en' },
    ] as Source[];
    const sections = sourcesByTypeAndLanguage(sources);
    expect(sections.map((section) => [section.type, section.groups.map((group) => [group.language, group.sources.map((source) => source.id)])])).toEqual([
      ['official-text', [['en', ['b']]]],
      [
        'news-report',
        [
          ['en', ['c', 'd']],
          ['fr', ['a']],
        ],
      ],
    ]);
    const all = sourcesByTypeAndLanguage(edition.sources).flatMap((section) => section.groups.flatMap((group) => group.sources.map((source) => source.id)));
    expect(all.sort()).toEqual(edition.sources.map((source) => source.id).sort());
  });
});
