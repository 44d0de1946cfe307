import { describe, expect, it } from 'vitest';
import remarkPassageLanguage from '../../src/lib/markdown/remark-passage-language.ts';
import { failureOf, renderHtml, runRemark } from './helpers.ts';

describe('remark-passage-language', () => {
  it('marks words in another language with their language, emphasis kept', () => {
    expect(renderHtml('Un mécanisme « :lang[a proposed *US-led* … mechanism]{en} ».\n', [remarkPassageLanguage])).toBe(
      '<p>Un mécanisme « <span lang="en">a proposed <em>US-led</em> … mechanism</span> ».</p>',
    );
    expect(renderHtml('Le titre « :lang[Надійні гарантії безпеки]{uk} ».\n', [remarkPassageLanguage])).toBe(
      '<p>Le titre « <span lang="uk">Надійні гарантії безпеки</span> ».</p>',
    );
  });

  it('writes the tag in its canonical form', () => {
    expect(renderHtml(':lang[Grüezi]{de-ch}\n', [remarkPassageLanguage])).toBe('<p><span lang="de-CH">Grüezi</span></p>');
  });

  it('fails on a passage without its language, or with something else, naming line and column', () => {
    expect(failureOf(() => runRemark('Texte :lang[words].\n', [remarkPassageLanguage]))).toBe(
      '1:7: A passage in another language needs its language, and only that: `:lang[words]{en}`',
    );
    expect(failureOf(() => runRemark('Texte :lang[words]{#en}.\n', [remarkPassageLanguage]))).toBe(
      '1:7: A passage in another language needs its language, and only that: `:lang[words]{en}`',
    );
    expect(failureOf(() => runRemark('Texte :lang[words]{en uk}.\n', [remarkPassageLanguage]))).toBe(
      '1:7: A passage in another language needs its language, and only that: `:lang[words]{en}`',
    );
  });

  it('fails on a language that does not exist', () => {
    expect(failureOf(() => runRemark('\nTexte :lang[words]{zz}.\n', [remarkPassageLanguage]))).toBe(
      '2:7: Unknown language "zz" in :lang[…]{zz}: use a language tag such as en, fr, uk, de',
    );
  });

  it('fails on a passage with no words', () => {
    expect(failureOf(() => runRemark('Texte :lang{en}.\n', [remarkPassageLanguage]))).toBe(
      '1:7: :lang{en} marks no words: put them in the brackets, :lang[words]{en}',
    );
  });
});
