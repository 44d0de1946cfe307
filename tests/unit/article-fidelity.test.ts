import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { buildError, buildWith, replacing } from './content-edits.ts';

/** The real edition: content/declaration/fr.md against content/source/article-fr.txt, the article as received. */
const fr = 'declaration/fr.md';
const edited = (edit: (text: string) => string) => buildError(fr, edit, 'content');
const advice = 'Only note anchors (:note[…]{#id}) may be added to the article; restore its text exactly as received.';

describe('the article’s text is compared with the article as received, and any alteration stops the build', () => {
  it('a no-break space turned into a plain space, shown visibly, at the place it was written', () => {
    expect(edited(replacing('de\u00a0surveillance', 'de surveillance'))).toBe(
      'content/declaration/fr.md:20:30: The article\'s text is altered: here "au mécanisme de surveillance et", ' +
        'in the article as received (content/source/article-fr.txt:15:34) "au mécanisme de[NBSP]surveillance et de": ' +
        `a space (U+0020) where the article has a no-break space (U+00A0). ${advice}`,
    );
  });

  it('a curly apostrophe straightened, in the headline of the front matter', () => {
    expect(edited(replacing('», l’Ukraine et les États-Unis ont signé une déclaration de paix', '», l\'Ukraine et les États-Unis ont signé une déclaration de paix'))).toBe(
      'content/declaration/fr.md:7:43: The article\'s text is altered: here "des souhaits[NBSP]», l\'Ukraine et les", ' +
        'in the article as received (content/source/article-fr.txt:5:30) "des souhaits[NBSP]», l’Ukraine et les": ' +
        `a straight apostrophe (U+0027) where the article has a curly apostrophe (U+2019). ${advice}`,
    );
  });

  it('curly quotes turned into straight ones in the introduction', () => {
    expect(edited(replacing('«\u00a0devrait faire partie', '"devrait faire partie'))).toMatch(
      /^content\/declaration\/fr\.md:15:\d+: .* a straight quotation mark \(U\+0022\) where the article has an opening guillemet \(U\+00AB\)\./,
    );
  });

  it('a word added in the conclusion', () => {
    expect(edited(replacing('indique le document', 'indique le long document'))).toBe(
      'content/declaration/fr.md:39:189: The article\'s text is altered: here "indique le long document. ¶", ' +
        'in the article as received (content/source/article-fr.txt:21:156) "indique le document. ¶ https://www.kasparovru.com/material.php?id=695DE6FD0F031": ' +
        `"long" added. ${advice}`,
    );
  });

  it('words removed from the introduction', () => {
    expect(edited(replacing('Il y a plus de 30 pays', 'Il y a 30 pays'))).toMatch(/^content\/declaration\/fr\.md:15:\d+: .*: "plus de" missing\./);
  });

  it('a word changed inside a component, and text inside a note anchor', () => {
    expect(edited(replacing('continu et fiable', 'continu et fiables'))).toMatch(
      /^content\/declaration\/fr\.md:20:\d+: .* here "continu et fiables du respect".*: "s" \(U\+0073\) where the article has a space \(U\+0020\)\./,
    );
  });

  it('a paragraph split in two, which would also move text between blocks', () => {
    expect(edited(replacing('de dissuasion]{#army-of-800000}. :note[Cela', 'de dissuasion]{#army-of-800000}.\n\n:note[Cela'))).toMatch(
      /^content\/declaration\/fr\.md:24:\d+: .*: a paragraph break added\./,
    );
  });

  it('a framing line changed (strapline, rubric, update line, URL)', () => {
    expect(edited(replacing('section: "Europe, Ukraine"', 'section: "Europe"'))).toMatch(/^content\/declaration\/fr\.md:6:19: .*"ukrainienne ¶ Europe ¶ «\[NBSP\]Coalition", in the article as received \(content\/source\/article-fr\.txt:3:7\) "ukrainienne ¶ Europe, Ukraine ¶": a paragraph break where the article has "," \(U\+002C\)\./);
    expect(edited(replacing('https://www.kasparovru.com/material.php?id=695DE6FD0F031', 'https://www.kasparovru.com/material.php?id=1'))).toMatch(
      /^content\/declaration\/fr\.md:10:51: .*"1" \(U\+0031\) where the article has "6" \(U\+0036\)\./,
    );
  });

  it('text added after the article’s end', () => {
    expect(edited(replacing('indique le document.', 'indique le document. Fin.'))).toMatch(/^content\/declaration\/fr\.md:39:\d+: .*"Fin\." added\./);
  });

  it('a file saved with decomposed accents (NFD) builds the same edition', () => {
    const nfd = buildWith('content', { [fr]: (text) => text.normalize('NFD'), 'annotations/us-led-monitoring.md': (text) => text.normalize('NFD') });
    const nfc = buildEdition();
    expect(nfd.texts.fr.components).toEqual(nfc.texts.fr.components);
    expect(nfd.texts.fr.source).toEqual(nfc.texts.fr.source);
    expect(nfd.texts.fr.notes.map((note) => note.html)).toEqual(nfc.texts.fr.notes.map((note) => note.html));
  });

  it('an article as received in decomposed accents still matches', () => {
    expect(() => buildWith('content', { 'source/article-fr.txt': (text) => text.normalize('NFD') })).not.toThrow();
  });
});
