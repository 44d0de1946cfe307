import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeBindPunctuation, { bindPunctuationHtml } from '../../src/lib/markdown/rehype-bind-punctuation.ts';

const run = (tree: Root, lang = 'fr') => unified().use(rehypeBindPunctuation, { lang }).runSync(tree) as Root;

describe('rehype-bind-punctuation', () => {
  it('binds a word and the spaced punctuation after it, and « to the word after it, without changing a character', () => {
    const text = 'Les « coalition des volontaires » ont signé : la paix ; vraiment ? Oui !';
    const tree = run({ type: 'root', children: [h('p', [text])] });
    expect(toString(tree)).toBe(text);
    expect(toHtml(tree)).toBe(
      '<p>Les <span class="bound">« coalition</span> des <span class="bound">volontaires »</span> ont <span class="bound">signé :</span> la <span class="bound">paix ;</span> <span class="bound">vraiment ?</span> <span class="bound">Oui !</span></p>',
    );
  });

  it('holds a mark that follows an element (an annotated span, its marker) and a « that precedes one', () => {
    const tree = run({ type: 'root', children: [h('p', [h('span.annotated', 'forces (AFU)'), h('a.note-marker', '2'), ' : La coalition « ', h('span', 'mot'), ' ».'])] });
    expect(toHtml(tree)).toBe(
      '<p><span class="annotated">forces (AFU)</span><a class="note-marker">2</a><span class="bound"> :</span> La coalition <span class="bound">« </span><span>mot</span><span class="bound"> »</span>.</p>',
    );
    expect(bindPunctuationHtml('Soutien (AFU) : la <coalition>', 'fr')).toBe('Soutien <span class="bound">(AFU) :</span> la &#x3C;coalition>');
  });

  it('leaves links, note markers and text in other languages alone', () => {
    const tree: Root = { type: 'root', children: [h('p', [h('a.note-marker', { href: '#n' }, 'voir :'), ' fin'])] };
    expect(toHtml(run(structuredClone(tree)))).toBe(toHtml(tree));
    const english: Root = { type: 'root', children: [h('p', ['a word : here'])] };
    expect(toHtml(run(structuredClone(english), 'en'))).toBe('<p>a word : here</p>');
  });
});
