import { describe, expect, it } from 'vitest';
import remarkNoteAnchors from '../../src/lib/markdown/remark-note-anchors.ts';
import { failureOf, renderHtml, runRemark } from './helpers.ts';

const options = { noteIds: ['us-led', 'title-wording'] };

describe('remark-note-anchors', () => {
  it('wraps the annotated words in a span that names its note', () => {
    expect(renderHtml('Un mécanisme :note[proposé par les États-Unis]{#us-led}.\n', [[remarkNoteAnchors, options]])).toBe(
      '<p>Un mécanisme <span class="annotated" data-note="us-led">proposé par les États-Unis</span>.</p>',
    );
  });

  it('lists the anchors in reading order with their words and line', () => {
    const { file } = runRemark('A :note[b]{#title-wording}.\n\nC :note[d *e*]{#us-led}.\n', [[remarkNoteAnchors, options]]);
    expect(file.data.noteAnchors).toEqual([
      { id: 'title-wording', text: 'b', line: 1 },
      { id: 'us-led', text: 'd e', line: 3 },
    ]);
  });

  it('fails on an anchor to an unknown annotation, naming line and column', () => {
    expect(failureOf(() => runRemark('Texte :note[mots]{#nope}.\n', [[remarkNoteAnchors, options]]))).toBe(
      '1:7: Unknown annotation "nope": there is no content/annotations/nope.md',
    );
  });

  it('fails on an anchor that points to no text', () => {
    expect(failureOf(() => runRemark('Texte :note[]{#us-led}.\n', [[remarkNoteAnchors, options]]))).toBe(
      '1:7: Note "us-led" points to no text: put the annotated words in the brackets',
    );
  });

  it('fails on an anchor without id, and on a note anchored twice', () => {
    expect(failureOf(() => runRemark('Texte :note[mots].\n', [[remarkNoteAnchors, options]]))).toMatch(/^1:7: A note anchor needs the id/);
    expect(failureOf(() => runRemark(':note[a]{#us-led}\n\n:note[b]{#us-led}\n', [[remarkNoteAnchors, options]]))).toBe(
      '3:1: Note "us-led" is anchored twice (first on line 1)',
    );
  });
});
