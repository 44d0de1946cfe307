import { describe, expect, it } from 'vitest';
import remarkCrossReferences from '../../src/lib/markdown/remark-cross-references.ts';
import { failureOf, renderHtml, runRemark } from './helpers.ts';

const options = {
  targets: {
    'multinational-force': { href: '/fr/texte/#multinational-force', label: 'composante 3 (Force multinationale)' },
  },
};

describe('remark-cross-references', () => {
  it('renders a reference as a link labelled in the text’s language', () => {
    expect(renderHtml('Voir la :ref{to=multinational-force}.\n', [[remarkCrossReferences, options]])).toBe(
      '<p>Voir la <a href="/fr/texte/#multinational-force" class="cross-reference" data-ref="multinational-force">composante 3 (Force multinationale)</a>.</p>',
    );
  });

  it('keeps the writer’s own words when given', () => {
    expect(renderHtml('Voir :ref[la force]{to=multinational-force}.\n', [[remarkCrossReferences, options]])).toContain('>la force</a>');
  });

  it('lists the references found', () => {
    const { file } = runRemark('A :ref{to=multinational-force}\n\nB :ref{to=multinational-force}\n', [[remarkCrossReferences, options]]);
    expect(file.data.crossReferences).toEqual([
      { to: 'multinational-force', line: 1 },
      { to: 'multinational-force', line: 3 },
    ]);
  });

  it('fails on a reference to an unknown component, naming line and column', () => {
    expect(failureOf(() => runRemark('Voir :ref{to=peacekeepers}.\n', [[remarkCrossReferences, options]]))).toBe(
      '1:6: Cross-reference to unknown component "peacekeepers" (known: multinational-force)',
    );
  });

  it('fails on a reference without target', () => {
    expect(failureOf(() => runRemark('Voir :ref[x].\n', [[remarkCrossReferences, options]]))).toMatch(/^1:6: A cross-reference needs a target/);
  });
});
