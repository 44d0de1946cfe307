import { t } from './i18n.ts';
import type { PluralForms } from './plural.ts';
import type { Lang } from '../model.ts';

/* Strings the browser scripts need, handed over as JSON in a data attribute, so that the scripts carry no language of their own. */

export interface SearchPageMessages {
  loading: string;
  empty: string;
  failed: string;
  noResults: string;
  noResultsHelp: string;
  didYouMean: string;
  /** "{count} results", in each plural form of the page's language. */
  results: PluralForms;
  resultsFor: string;
  /** Results for the closest spelling, when the words as typed found nothing. */
  corrected: string;
  /** Results for some of the words, when the others are not in the edition. */
  partial: string;
  quote: string;
  resultIn: string;
  more: string;
  fullText: string;
  kinds: Record<'text' | 'note' | 'source' | 'comparison' | 'participant' | 'event', string>;
}

export function searchPageMessages(lang: Lang): SearchPageMessages {
  const ui = t(lang);
  return {
    loading: ui.searchLoading,
    empty: ui.searchEmpty,
    failed: ui.searchFailed,
    noResults: ui.searchNoResults,
    noResultsHelp: ui.searchNoResultsHelp,
    didYouMean: ui.searchDidYouMean,
    results: ui.searchResults,
    resultsFor: ui.searchResultsFor,
    corrected: ui.searchCorrected,
    partial: ui.searchPartial,
    quote: ui.searchQuote,
    resultIn: ui.searchResultIn,
    more: ui.searchMore,
    fullText: ui.navFullText,
    kinds: { text: ui.searchInText, note: ui.searchInNote, source: ui.searchInSource, comparison: ui.navComparison, participant: ui.navParticipants, event: ui.navTimeline },
  };
}

export interface MarkMessages {
  region: string;
  /** "Marked {count} times: {words}.", in each plural form. */
  marks: PluralForms;
  quote: string;
  position: string;
  previous: string;
  next: string;
  clear: string;
}

export function markMessages(lang: Lang): MarkMessages {
  const ui = t(lang);
  return {
    region: ui.marksRegion,
    marks: ui.marks,
    quote: ui.searchQuote,
    position: ui.marksPosition,
    previous: ui.marksPrevious,
    next: ui.marksNext,
    clear: ui.highlightClear,
  };
}
