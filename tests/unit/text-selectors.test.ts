import { describe, expect, it } from 'vitest';
import { textSelectors } from '../../src/lib/sharing/text-selectors.ts';

const page =
  '<!doctype html><html><head><title>Ignored</title></head><body><p>Un mécanisme <span id="anchor-a">proposé par <em>les</em> États-Unis</span>' +
  '<a href="#n">1</a> et un <span id="anchor-b">autre</span>.</p><p>Puis &amp; encore <span id="anchor-c">autre</span>.</p></body></html>';

describe('textSelectors', () => {
  it('tells where each element’s words stand in the text of the body: quote with context, position, fragment', () => {
    const selectors = textSelectors(page, ['anchor-a', 'anchor-c']);
    expect(selectors.get('anchor-a')).toEqual({
      fragment: 'anchor-a',
      quote: { exact: 'proposé par les États-Unis', prefix: 'Un mécanisme ', suffix: '1 et un autre.Puis & encore autr' },
      position: { start: 13, end: 39 },
    });
    // The same words twice: the context tells them apart; an entity counts as the character it stands for.
    expect(selectors.get('anchor-c')).toEqual({
      fragment: 'anchor-c',
      quote: { exact: 'autre', prefix: 'Unis1 et un autre.Puis & encore ', suffix: '.' },
      position: { start: 67, end: 72 },
    });
  });

  it('fails on an id the page does not have', () => {
    expect(() => textSelectors(page, ['anchor-z'])).toThrow('No element with id "anchor-z" in the page');
  });
});
