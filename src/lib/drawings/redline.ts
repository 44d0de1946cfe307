import { diffWords } from 'diff';
import type { Redline } from '../model.ts';

/** One run of words of a redline: kept in both texts, removed from the draft, or added in the final text. */
export interface RedlineRun {
  kind: 'kept' | 'removed' | 'added';
  text: string;
}

/**
 * A redline word by word (the `diff` package's word diff, which keeps the spaces with the words):
 * the draft's words the final text dropped, the words it added, and those it kept. A dropped
 * passage (no final wording) is removed whole.
 */
export function redlineRuns(redline: Redline): RedlineRun[] {
  return diffWords(redline.draft.quote, redline.final?.quote ?? '').map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'kept',
    text: change.value,
  }));
}
