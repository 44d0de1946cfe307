import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeNoteSlots from '../../src/lib/markdown/rehype-note-slots.ts';

const span = (id: string, words: string) => h('span.annotated', { dataNote: id }, words);
const marker = (id: string, number: number) => h('a.note-marker', { dataNote: id }, String(number));

function run(paragraph: Element, lang = 'fr'): string {
  const tree = unified().use(rehypeNoteSlots, { lang }).runSync({ type: 'root', children: [paragraph] } as Root) as Root;
  // Slots shown as [a b], markers as ^n, the rest as text.
  return toHtml(tree)
    .replace(/<span data-note-slot="([^"]*)"><\/span>/g, '[$1]')
    .replace(/<a class="note-marker"[^>]*>(\d+)<\/a>/g, '^$1')
    .replace(/<[^>]+>/g, '');
}

describe('rehype-note-slots', () => {
  it('opens the notes of a sentence after the sentence ends, not after their words', () => {
    const paragraph = h('p', ['Le ', span('a', 'mot'), marker('a', 1), ' est là. Une autre phrase.']);
    expect(run(paragraph)).toBe('Le mot^1 est là.[a] Une autre phrase.');
  });

  it('gathers the notes of one sentence in one place, in order', () => {
    const paragraph = h('p', [span('a', 'Un'), marker('a', 1), ' et ', span('b', 'deux'), marker('b', 2), ' ; fin. Suite.']);
    expect(run(paragraph)).toBe('Un^1 et deux^2 ; fin.[a b] Suite.');
  });

  it('puts them after the marker when the annotated words end the sentence themselves', () => {
    const paragraph = h('p', [span('a', 'Il y a plus de 30 pays.'), marker('a', 1), ' ', span('b', 'Ils sont prêts'), marker('b', 2), ' à agir.']);
    expect(run(paragraph)).toBe('Il y a plus de 30 pays.^1[a] Ils sont prêts^2 à agir.[b]');
  });

  it('puts them at the end of a paragraph whose last sentence has no full stop', () => {
    expect(run(h('p', ['Ils ont ', span('a', 'cinq composantes'), marker('a', 1), ' :']))).toBe('Ils ont cinq composantes^1 :[a]');
  });

  it('reads sentences in the text’s language, quotes and no-break spaces included', () => {
    const paragraph = h('p', ['«\u00a0', span('a', 'Des garanties'), marker('a', 1), '\u00a0». Le texte.']);
    expect(run(paragraph)).toBe('«\u00a0Des garanties^1\u00a0».[a] Le texte.');
    expect(run(h('p', [span('a', 'Зобов’язання'), marker('a', 1), ' діє. Далі.']), 'uk')).toBe('Зобов’язання^1 діє.[a] Далі.');
  });

  it('leaves a paragraph without markers as it is', () => {
    expect(run(h('p', ['Rien. Ici.']))).toBe('Rien. Ici.');
  });
});
