import { describe, expect, it } from 'vitest';
import { buildError, replacing } from './content-edits.ts';

describe('dates are real calendar dates, refused where they are written', () => {
  for (const date of ['2026-02-30', '2026-13-45', '2025-02-29', '2026-1-7']) {
    it(`a source dated ${date}`, () => {
      expect(buildError('sources.yml', replacing('date: 2026-01-06', `date: ${date}`))).toBe(
        'content/sources.yml:5:1: Source date: must be a real date written YYYY-MM-DD (e.g. 2026-01-06)',
      );
    });
  }

  it('the article’s update date in the front matter', () => {
    expect(buildError('declaration/fr.md', replacing('updated: 2026-01-07', 'updated: 2026-02-30'))).toBe(
      'content/declaration/fr.md:9:1: Front matter: source.updated: must be a real date written YYYY-MM-DD (e.g. 2026-01-06)',
    );
  });
});

describe('URLs are absolute and well formed', () => {
  const message = 'must be an absolute address starting with https:// (e.g. https://example.org/page)';
  for (const url of ['example.org/report', 'https:/example.org/report', 'https://example/report', 'javascript:alert(1)', 'ftp://example.org/report']) {
    it(`a source at ${url}`, () => {
      expect(buildError('sources.yml', replacing('https://example.org/report', url))).toBe(`content/sources.yml:12:1: Source url: ${message}`);
    });
  }

  it('a source URL with a space', () => {
    expect(buildError('sources.yml', replacing('https://example.org/report', '"https://example.org/a report"'))).toBe(
      'content/sources.yml:12:1: Source url: must not contain spaces: write them as %20',
    );
  });

  it('the article’s URL in the front matter', () => {
    expect(buildError('declaration/en.md', replacing('url: https://example.org/article', 'url: www.example.org/article'))).toBe(
      `content/declaration/en.md:10:1: Front matter: source.url: ${message}`,
    );
  });
});
