import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMethodSections, parseMethod, readMethod } from '../../src/lib/content/method.ts';
import { siteContact } from '../../src/lib/site/deployment.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { alternatePaths } from '../../src/lib/site/sitemap.ts';

const page = (body: string, front = 'title: "Method"\nlede: "How the edition works."') => `---\n${front}\n---\n\n${body}`;
const section = (id: string, text = 'Every fact rests on a public source.') => `:::section{#${id} title="A title"}\n${text}\n:::\n`;
const file = 'content/method/en.md';

describe('the method page', () => {
  it('has an address in every language, the Ukrainian one in the national transliteration, and its alternates', () => {
    expect(routes.method('fr')).toBe('/fr/methode/');
    expect(routes.method('en')).toBe('/en/method/');
    expect(routes.method('uk')).toBe('/uk/metodyka/');
    expect(alternatePaths('/uk/metodyka/')).toEqual({ fr: '/fr/methode/', en: '/en/method/', uk: '/uk/metodyka/' });
  });

  it('reads sections of paragraphs, with links and words in another language, sanitized like a note', () => {
    const read = parseMethod(page(section('sources', 'See the [sources](/en/sources/) and « :lang[texte]{fr} », *typed*.')), file, 'en');
    expect(read.title).toBe('Method');
    expect(read.lede).toBe('How the edition works.');
    expect(read.sections).toHaveLength(1);
    expect(read.sections[0]!.id).toBe('sources');
    expect(read.sections[0]!.html).toContain('<a href="/en/sources/">sources</a>');
    expect(read.sections[0]!.html).toContain('<span lang="fr">texte</span>');
    expect(read.sections[0]!.html).toContain('<em>typed</em>');
  });

  it('refuses, at its line, what an editor would not mean', () => {
    const fails = (markdown: string) => () => parseMethod(markdown, file, 'en');
    expect(fails(page(section('sources'), 'title: "Method"'))).toThrow(`${file}:2:1: The method page needs a lede`);
    expect(fails(page(section('sources'), 'title: "Method"\nlede: "x"\nauthor: "y"'))).toThrow('Unknown field "author"');
    expect(fails(page('Loose text.\n'))).toThrow(`${file}:6:1: Method text must be inside a section`);
    expect(fails(page(':::section{title="No id"}\nText.\n:::\n'))).toThrow('A section needs an id');
    expect(fails(page(':::section{#sources}\nText.\n:::\n'))).toThrow('Section "sources" needs a title');
    expect(fails(page(section('sources') + '\n' + section('sources')))).toThrow('Duplicate section id "sources" (first used on line 6)');
    expect(fails(page(section('sources', '- a list')))).toThrow('A method section holds paragraphs only, not a list');
    expect(fails(page(section('sources', '[a link](javascript:alert(1))')))).toThrow('Link to "javascript:alert(1)" refused');
    expect(fails(page(section('sources', 'Raw <b>HTML</b>.')))).toThrow('Raw HTML is not allowed');
    expect(fails(page(':::sektion{#sources title="x"}\nText.\n:::\n'))).toThrow('Unknown directive ":::sektion"');
  });

  it('has the same sections, in the same order, in every language (they are its anchors)', () => {
    const en = { ...parseMethod(page(section('sources') + '\n' + section('report')), 'content/method/en.md', 'en'), file: 'content/method/en.md' };
    const uk = { ...parseMethod(page(section('report') + '\n' + section('sources')), 'content/method/uk.md', 'uk'), file: 'content/method/uk.md' };
    expect(() => checkMethodSections([en, uk])).toThrow('content/method/uk.md:1:1: The method page\'s sections are report, sources here but sources, report in content/method/en.md');
  });

  it('is written in every language of the edition, each section of it published', () => {
    const method = readMethod();
    const published = readFileSync('tests/published-urls.txt', 'utf8');
    for (const lang of ['fr', 'en', 'uk'] as const) {
      expect(existsSync(`content/method/${lang}.md`)).toBe(true);
      expect(method[lang].sections.map((part) => part.id)).toContain('report');
      for (const part of method[lang].sections) expect(published).toContain(`${routes.method(lang)}#${part.id}\n`);
    }
  });
});

describe('the contact address readers report errors to (SITE_CONTACT)', () => {
  it('takes an e-mail address or an https:// page, and refuses anything else', () => {
    expect(siteContact(undefined)).toBeUndefined();
    expect(siteContact('corrections@example.org')).toEqual({ href: 'mailto:corrections@example.org', label: 'corrections@example.org' });
    expect(siteContact('https://example.org/report')).toEqual({ href: 'https://example.org/report', label: 'example.org/report' });
    expect(() => siteContact('http://example.org/report')).toThrow('must be an e-mail address or start with https://');
    expect(() => siteContact('write to us')).toThrow('is neither an e-mail address nor an absolute https:// address');
  });
});
