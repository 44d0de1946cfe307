import { describe, expect, it } from 'vitest';
import remarkComponentBlocks from '../../src/lib/markdown/remark-component-blocks.ts';
import { failureOf, renderHtml, runRemark } from './helpers.ts';

const fixture = `Intro.

:::component{#ceasefire-monitoring title="Surveillance du cessez-le-feu"}
Participation au mécanisme.
:::

:::component{#multinational-force title="Force multinationale"}
Force multinationale pour l’Ukraine.
:::
`;

describe('remark-component-blocks', () => {
  it('turns each component block into a section with its key as id', () => {
    expect(renderHtml(fixture, [remarkComponentBlocks])).toBe(
      [
        '<p>Intro.</p>',
        '<section id="ceasefire-monitoring" class="component-text"><p>Participation au mécanisme.</p></section>',
        '<section id="multinational-force" class="component-text"><p>Force multinationale pour l’Ukraine.</p></section>',
      ].join('\n'),
    );
  });

  it('lists the blocks in document order with key, title and line', () => {
    const { file } = runRemark(fixture, [remarkComponentBlocks]);
    expect(file.data.componentBlocks?.map(({ key, title, line }) => ({ key, title, line }))).toEqual([
      { key: 'ceasefire-monitoring', title: 'Surveillance du cessez-le-feu', line: 3 },
      { key: 'multinational-force', title: 'Force multinationale', line: 7 },
    ]);
  });

  it('fails on a duplicate key, naming the line of both', () => {
    const markdown = `:::component{#a title="A"}\nx\n:::\n\n:::component{#a title="B"}\ny\n:::\n`;
    expect(failureOf(() => runRemark(markdown, [remarkComponentBlocks]))).toBe(
      '5:1: Duplicate component key "a" (first used on line 1)',
    );
  });

  it('fails on a block without key, with a bad key, or without title', () => {
    expect(failureOf(() => runRemark(':::component{title="A"}\nx\n:::', [remarkComponentBlocks]))).toMatch(/^1:1: A component block needs a key/);
    expect(failureOf(() => runRemark(':::component{#Bad_Key title="A"}\nx\n:::', [remarkComponentBlocks]))).toMatch(
      /^1:1: Component key "Bad_Key" must be lowercase/,
    );
    expect(failureOf(() => runRemark(':::component{#a}\nx\n:::', [remarkComponentBlocks]))).toMatch(/^1:1: Component "a" needs a title/);
  });

  it('fails on a component nested in another block', () => {
    const markdown = '> quote\n>\n> :::component{#a title="A"}\n> x\n> :::\n';
    expect(failureOf(() => runRemark(markdown, [remarkComponentBlocks]))).toMatch(/^3:3: A component block must not be nested/);
  });
});
