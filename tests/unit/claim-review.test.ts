import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { pageJsonLd } from '../../src/lib/site/structured-data.ts';
import { expandOffline, schema } from './jsonld.ts';

const site = new URL('https://example.org/');
const edition = buildEdition();
type Node = Record<string, Array<Record<string, unknown>>>;

/** The page's graph, expanded offline (schema.org terms as full IRIs), and its ClaimReview nodes. */
async function reviewsOn(path: string): Promise<Node[]> {
  const meta = { title: 'T', description: 'D', path, image: '/og/en/text.png', imageAlt: 'A' };
  // A graph with no @id of its own expands to its nodes.
  const nodes = (await expandOffline(pageJsonLd(edition, meta, site))) as Node[];
  return nodes.filter((node) => (node['@type'] as unknown as string[] | undefined)?.includes(schema('ClaimReview')));
}

const value = (node: Node, term: string) => (node[schema(term)]?.[0] as { '@value'?: string; '@id'?: string } | undefined);

describe('ClaimReview on fact-check and divergence notes (schema.org, expanded with jsonld)', () => {
  it('the full text reviews every fact-check and divergence note, with the claim, our rating and the sources', async () => {
    const reviewed = edition.texts.en.notes.filter((note) => note.kind === 'fact-check' || note.kind === 'divergence');
    const reviews = await reviewsOn(routes.fullText('en'));
    expect(reviews.map((review) => review['@id'])).toEqual(reviewed.map((note) => new URL(routes.note('en', note.id), site).href));

    const review = reviews.find((candidate) => String(candidate['@id']).endsWith('#note-thirty-five-countries'))!;
    const note = reviewed.find((candidate) => candidate.id === 'thirty-five-countries')!;
    expect(value(review, 'claimReviewed')?.['@value']).toBe(note.anchorText);
    const rating = review[schema('reviewRating')]![0] as Node;
    expect(rating['@type']).toEqual([schema('Rating')]);
    expect(value(rating, 'alternateName')?.['@value']).toBe('Imprecise');
    const claim = review[schema('itemReviewed')]![0] as Node;
    expect(claim['@type']).toEqual([schema('Claim')]);
    expect(value(claim[schema('appearance')]![0] as Node, 'url')?.['@id']).toBe(edition.texts.fr.source.url);
    const cited = (review[schema('citation')] as Node[]).map((citation) => value(citation, 'url')?.['@id']);
    expect(cited).toEqual(note.sources.map((id) => edition.sources.find((source) => source.id === id)!.url));
    expect(value(review, 'datePublished')?.['@value']).toBe(edition.version);
  });

  it('a component page reviews only its own notes; other pages none', async () => {
    const key = 'ceasefire-monitoring';
    const own = edition.texts.uk.notes.filter((note) => note.place === key && (note.kind === 'fact-check' || note.kind === 'divergence'));
    expect(own.length).toBeGreaterThan(0);
    expect((await reviewsOn(routes.component('uk', key))).length).toBe(own.length);
    expect((await reviewsOn(routes.sources('uk'))).length).toBe(0);
  });
});
