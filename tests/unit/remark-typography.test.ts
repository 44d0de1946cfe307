import { describe, expect, it } from 'vitest';
import remarkPassageLanguage from '../../src/lib/markdown/remark-passage-language.ts';
import remarkTypography from '../../src/lib/markdown/remark-typography.ts';
import { typeset, typesetTemplate } from '../../src/lib/typography/typeset.ts';
import { renderHtml } from './helpers.ts';

/** No-break spaces made visible: ⍽ U+00A0, ⎵ U+202F (narrow). */
const visible = (text: string) => text.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '⎵');
const set = (markdown: string, lang: string) => visible(renderHtml(markdown, [remarkPassageLanguage, [remarkTypography, { lang }]]));

describe('remark-typography', () => {
  it('sets French: narrow no-break spaces before ; ! ? and inside « », a no-break space before :', () => {
    expect(set('Il a dit : « oui » ; vraiment ? Oui ! Sources: deux.\n', 'fr')).toBe(
      '<p>Il a dit⍽: «⎵oui⎵»⎵; vraiment⎵? Oui⎵! Sources⍽: deux.</p>',
    );
    expect(set('Des "guillemets droits" et «sans espaces».\n', 'fr')).toBe('<p>Des «⎵guillemets droits⎵» et «⎵sans espaces⎵».</p>');
  });

  it('sees across emphasis and links, as a reader does', () => {
    expect(set('L’article garde « *Engagement* » : voir [la note](#note-a) ; fin.\n', 'fr')).toBe(
      '<p>L’article garde «⎵<em>Engagement</em>⎵»⍽: voir <a href="#note-a">la note</a>⎵; fin.</p>',
    );
    expect(set('The word "*binding*" and "[a link](#x)".\n', 'en')).toBe('<p>The word “<em>binding</em>” and “<a href="#x">a link</a>”.</p>');
  });

  it('makes English quotes and apostrophes curly', () => {
    expect(set('The leaders\' "binding commitments", Ukraine\'s \'first line\'.\n', 'en')).toBe(
      '<p>The leaders’ “binding commitments”, Ukraine’s ‘first line’.</p>',
    );
  });

  it('sets Ukrainian quotes «…» and „…“ and the apostrophe', () => {
    expect(set('Він сказав "зобов\'язання" і "внутрішні "лапки" теж".\n', 'uk')).toBe(
      '<p>Він сказав «зобов’язання» і «внутрішні „лапки“ теж».</p>',
    );
  });

  it('binds dates and numbered references', () => {
    expect(set('Le 6 janvier 2026, art. 5 et p. 3 ; l’article 5.\n', 'fr')).toBe('<p>Le 6⍽janvier 2026, art.⍽5 et p.⍽3⎵; l’article⍽5.</p>');
    expect(set('On 6 January and January 7, Article 5.\n', 'en')).toBe('<p>On 6⍽January and January⍽7, Article⍽5.</p>');
    expect(set('6 січня 2026 р., ст. 5.\n', 'uk')).toBe('<p>6⍽січня 2026⍽р., ст.⍽5.</p>');
  });

  it('sets words in another language by their own rules, and leaves code and shown URLs alone', () => {
    expect(set('Il cite « :lang[the leaders\' "meeting"]{en} » : fin.\n', 'fr')).toBe(
      '<p>Il cite «⎵<span lang="en">the leaders’ “meeting”</span>⎵»⍽: fin.</p>',
    );
    expect(set('Keep `a "b" ; c` and <https://example.org/?q="x";y> as they are.\n', 'en')).toBe(
      '<p>Keep <code>a "b" ; c</code> and <a href="https://example.org/?q=%22x%22;y">https://example.org/?q="x";y</a> as they are.</p>',
    );
    expect(set('Voir `x ; y` : fin.\n', 'fr')).toBe('<p>Voir <code>x ; y</code>⍽: fin.</p>');
  });

  it('keeps French guillemets quoting French words in English, whatever follows them', () => {
    expect(set('The article says « :lang[peuvent inclure]{fr} »). It says « :lang[Engagement]{fr} ».\n', 'en')).toBe(
      '<p>The article says «⎵<span lang="fr">peuvent inclure</span>⎵»). It says «⎵<span lang="fr">Engagement</span>⎵».</p>',
    );
  });

  it('sets headings too, and is idempotent', () => {
    expect(set('# Quoi ? "Oui"\n', 'fr')).toBe('<h1>Quoi⎵? «⎵Oui⎵»</h1>');
    const once = typeset('Il a dit : « oui » ; le 6 janvier, "ça" !', 'fr');
    expect(typeset(once, 'fr')).toBe(once);
  });
});

describe('typeset (texts from YAML and interface strings)', () => {
  it('sets a plain text in its language, and leaves a language it has no rules for as written', () => {
    expect(visible(typeset('Sources : voir ci-dessous', 'fr'))).toBe('Sources⍽: voir ci-dessous');
    expect(typeset('it\'s "fine"', 'en')).toBe('it’s “fine”');
    expect(typeset('"x" ; y', 'zz')).toBe('"x" ; y');
  });

  it('sets a template function’s own words and leaves its arguments as given', () => {
    const labelled = typesetTemplate((label: string) => `${label} :`, 'fr');
    expect(visible(labelled('Titre « exact » ; mot pour mot'))).toBe('Titre « exact » ; mot pour mot⍽:');
    const heading = typesetTemplate((number: number, title: string) => `Composante ${number} — ${title}`, 'fr');
    expect(visible(heading(4, 'Engagement'))).toBe('Composante⍽4⍽— Engagement');
  });
});
