import { describe, expect, it } from 'vitest';
import { buildError, buildWith, replacing } from './content-edits.ts';

/*
 * declaration/fr.md against source/article-fr.txt, the article as received, in the fixture edition
 * (tests/fixtures/content): any alteration of the article's text stops the build where it was made.
 */
const fixture = 'tests/fixtures/content';
const fr = 'declaration/fr.md';
const edited = (edit: (text: string) => string) => buildError(fr, edit);
const advice = 'Only note anchors (:note[…]{#id}) may be added to the article; restore its text exactly as received.';

describe('the article’s text is compared with the article as received, and any alteration stops the build', () => {
  it('a no-break space turned into a plain space, shown visibly, at the place it was written', () => {
    expect(edited(replacing('de\u00a0surveillance', 'de surveillance'))).toBe(
      'content/declaration/fr.md:16:17: The article\'s text is altered: here "Premier texte de surveillance, continu", ' +
        'in the article as received (content/source/article-fr.txt:11:21) "Premier texte de[NBSP]surveillance, continu et": ' +
        `a space (U+0020) where the article has a no-break space (U+00A0). ${advice}`,
    );
  });

  it('a curly apostrophe straightened, in the headline of the front matter', () => {
    expect(edited(replacing('», l’Ukraine a signé', '», l\'Ukraine a signé'))).toBe(
      'content/declaration/fr.md:7:43: The article\'s text is altered: here "des souhaits[NBSP]», l\'Ukraine a signé", ' +
        'in the article as received (content/source/article-fr.txt:5:30) "des souhaits[NBSP]», l’Ukraine a signé": ' +
        `a straight apostrophe (U+0027) where the article has a curly apostrophe (U+2019). ${advice}`,
    );
  });

  it('curly quotes turned into straight ones in the introduction', () => {
    expect(edited(replacing('«\u00a0devrait faire partie', '"devrait faire partie'))).toMatch(
      /^content\/declaration\/fr\.md:13:\d+: .* a straight quotation mark \(U\+0022\) where the article has an opening guillemet \(U\+00AB\)\./,
    );
  });

  it('a word added in the conclusion', () => {
    expect(edited(replacing('indique le document', 'indique le long document'))).toBe(
      'content/declaration/fr.md:23:19: The article\'s text is altered: here "indique le long document. ¶", ' +
        'in the article as received (content/source/article-fr.txt:14:19) "indique le document. ¶ https://example.org/article": ' +
        `"long" added. ${advice}`,
    );
  });

  it('words removed from the introduction', () => {
    expect(edited(replacing('de l’accord', 'l’accord'))).toMatch(/^content\/declaration\/fr\.md:13:\d+: .*: "de" missing\./);
  });

  it('a word changed inside a component, and text inside a note anchor', () => {
    expect(edited(replacing('continu et fiable', 'continu et fiables'))).toMatch(/^content\/declaration\/fr\.md:16:49: .* here "continu et fiables\. ¶ Second".*: "s" \(U\+0073\) where the article has "\." \(U\+002E\)\./);
    expect(edited(replacing(':note[texte]{#second-note}', ':note[textes]{#second-note}'))).toMatch(/^content\/declaration\/fr\.md:20:\d+: .*"s" \(U\+0073\) where the article has "\." \(U\+002E\)\./);
  });

  it('a paragraph split in two, which would also move text between blocks', () => {
    expect(edited(replacing('de\u00a0surveillance, continu', 'de\u00a0surveillance.\n\nContinu'))).toMatch(/^content\/declaration\/fr\.md:16:\d+: .*/);
    expect(edited(replacing('Après, indique', 'Après,\n\nindique'))).toMatch(/^content\/declaration\/fr\.md:2[35]:\d+: .*: a paragraph break added\./);
  });

  it('a framing line changed (strapline, rubric, update line, URL)', () => {
    expect(edited(replacing('section: "Europe, Ukraine"', 'section: "Europe"'))).toMatch(
      /^content\/declaration\/fr\.md:6:19: .*in the article as received \(content\/source\/article-fr\.txt:3:7\) "[^"]*Europe, Ukraine ¶[^"]*": a paragraph break where the article has "," \(U\+002C\)\./,
    );
    expect(edited(replacing('url: https://example.org/article', 'url: https://example.org/articles'))).toMatch(/^content\/declaration\/fr\.md:10:35: .*"s" \(U\+0073\) where the article has a paragraph break\./);
  });

  it('text added after the article’s end', () => {
    expect(edited(replacing('indique le document.', 'indique le document. Fin.'))).toMatch(/^content\/declaration\/fr\.md:23:\d+: .*"Fin\." added\./);
  });

  it('a file saved with decomposed accents (NFD) builds the same edition', () => {
    const nfd = buildWith(fixture, { [fr]: (text) => text.normalize('NFD'), 'annotations/second-note.md': (text) => text.normalize('NFD') });
    const nfc = buildWith(fixture, {});
    expect(nfd.texts.fr.components).toEqual(nfc.texts.fr.components);
    expect(nfd.texts.fr.source).toEqual(nfc.texts.fr.source);
    expect(nfd.texts.fr.notes.map((note) => note.html)).toEqual(nfc.texts.fr.notes.map((note) => note.html));
  });

  it('an article as received in decomposed accents still matches', () => {
    expect(() => buildWith(fixture, { 'source/article-fr.txt': (text) => text.normalize('NFD') })).not.toThrow();
  });
});
