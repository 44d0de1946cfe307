import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cslJsonCitation, type CitationTarget } from '../../src/lib/sharing/citation.ts';

/* A real CSL processor (citeproc-js, through citation-js) renders our CSL-JSON: APA ships with
   the plugin; Chicago author-date is a style file of the CSL project kept in tests/fixtures/csl. */
// One instance of citation-js: the plugin registers itself on the CommonJS build of the core.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-csl');

plugins.config.get('@csl').styles.add('chicago-author-date', readFileSync('tests/fixtures/csl/chicago-author-date.csl', 'utf8'));

const component: CitationTarget = {
  lang: 'en',
  id: 'paris-declaration-2026-multinational-force-en',
  title: 'Component 3 — Multinational Force for Ukraine',
  containerTitle: 'Paris Declaration of 6 January 2026: annotated reference edition',
  url: 'https://example.org/en/components/multinational-force/',
  accessed: '2026-11-27',
  version: '2026-11-26',
};

function render(style: string): string {
  return new Cite(JSON.parse(cslJsonCitation(component))).format('bibliography', { format: 'text', template: style, lang: 'en-US' }).trim();
}

describe('citations as reference managers print them', { timeout: 60_000 }, () => {
  it('APA gives the edition’s version date, the edition as the site, and the URL', () => {
    expect(render('apa')).toBe(
      'Component 3 — Multinational Force for Ukraine. (2026, November 26). Paris Declaration of 6 January 2026: Annotated Reference Edition. https://example.org/en/components/multinational-force/',
    );
  });

  it('Chicago (author-date) gives the same, never the declaration’s own date', () => {
    const chicago = render('chicago-author-date');
    expect(chicago).toBe(
      '“Component 3 — Multinational Force for Ukraine.” 2026. Paris Declaration of 6 January 2026: Annotated Reference Edition. November 26, 2026. https://example.org/en/components/multinational-force/.',
    );
    expect(chicago).not.toMatch(/January 6, 2026/);
  });
});
