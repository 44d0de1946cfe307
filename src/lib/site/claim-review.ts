import { t } from './i18n.ts';
import { originalLanguage, type Edition, type Lang, type Note } from '../model.ts';
import { routes } from './routes.ts';

/** Kinds of note that review a claim of the article: a fact-check, or a divergence from the official text. */
const reviewKinds = new Set<Note['kind']>(['fact-check', 'divergence']);

/**
 * schema.org ClaimReview of each fact-check and divergence note among `notes`: the claim as the
 * article states it (the annotated words), our rating as plain text and the sources it cites; the
 * review's url is the note on the page, so its text is not repeated in the JSON-LD. The edition is
 * the author (`publisherId`, the node the page's graph defines).
 */
export function claimReviews(edition: Edition, lang: Lang, notes: readonly Note[], site: URL, publisherId: string) {
  const ui = t(lang);
  const article = edition.texts[originalLanguage].source;
  return notes
    .filter((note) => reviewKinds.has(note.kind))
    .map((note) => {
      const url = new URL(routes.note(lang, note.id), site).href;
      return {
        '@type': 'ClaimReview',
        '@id': url,
        url,
        inLanguage: lang,
        datePublished: edition.version,
        author: { '@id': publisherId },
        claimReviewed: note.anchorText,
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: article.publisher },
          appearance: { '@type': 'NewsArticle', '@id': article.url, url: article.url, headline: { '@value': article.headline, '@language': originalLanguage } },
        },
        reviewRating: { '@type': 'Rating', alternateName: note.rating ?? ui.noteKinds[note.kind] },
        // The sources by their address only: their titles and publishers are in the note the review's url leads to.
        citation: note.citations.map(({ source: id }) => ({ '@type': 'CreativeWork', url: edition.sources.find((candidate) => candidate.id === id)!.url })),
      };
    });
}
