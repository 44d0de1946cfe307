import { describe, expect, it } from 'vitest';
import remarkNoRawHtml from '../../src/lib/markdown/remark-no-raw-html.ts';
import { failureOf, renderHtml, runRemark } from './helpers.ts';

describe('remark-no-raw-html', () => {
  it('refuses a script block, naming its line', () => {
    expect(failureOf(() => runRemark('Texte.\n\n<script>alert(1)</script>\n', [remarkNoRawHtml]))).toBe(
      '3:1: Raw HTML is not allowed in content: "<script>alert(1)</script>"',
    );
  });

  it('refuses inline HTML', () => {
    expect(failureOf(() => runRemark('Un <img src=x onerror=alert(1)> ici.\n', [remarkNoRawHtml]))).toMatch(/^1:4: Raw HTML is not allowed/);
  });

  it('leaves text with angle brackets and ampersands alone', () => {
    expect(renderHtml('Moins de 5 < 6 & plus.\n', [remarkNoRawHtml])).toBe('<p>Moins de 5 &#x3C; 6 &#x26; plus.</p>');
  });
});
