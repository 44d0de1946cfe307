/**
 * Each language's stop words, for the search index's lexicon (built once per build, never sent as
 * code): the `stopword` package's kept lists (NLTK's for English; French and Ukrainian lists of
 * the same kind), and the question words those lists lack, so that a reader's question ("combien de
 * soldats", "скільки країн", "when will …") is searched by the words that carry its meaning.
 */
import { eng, fra, ukr } from 'stopword';
import type { Lang } from '../model.ts';

const kept: Record<Lang, readonly string[]> = { fr: fra, en: eng, uk: ukr };

/** Question words and auxiliaries of questions that the kept lists lack. */
const questionWords: Record<Lang, readonly string[]> = {
  fr: ['quand', 'comment', 'pourquoi', 'combien', 'quoi', 'est-ce', 'va', 'vont', 'peut', 'peuvent'],
  en: ['when', 'why', 'will', 'does', 'do', 'shall', 'can'],
  uk: ['хто', 'скільки', 'чому', 'кого', 'чим', 'буде', 'будуть', 'чи'],
};

/** A language's stop words; none for a language the edition does not publish. */
export function stopWordsOf(lang: string): string[] {
  if (!(lang in kept)) return [];
  return [...new Set([...kept[lang as Lang], ...questionWords[lang as Lang]])];
}
