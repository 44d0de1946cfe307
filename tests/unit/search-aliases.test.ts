import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSearchAliases } from '../../src/lib/content/search-aliases.ts';

const file = 'content/search-aliases.yml';
const parse = (text: string) => () => parseSearchAliases(text, file);

describe('content/search-aliases.yml', () => {
  it('reads the edition’s aliases', () => {
    const groups = parseSearchAliases(readFileSync(file, 'utf8'), file);
    expect(groups).toContainEqual(['OTAN', 'NATO', 'НАТО']);
    expect(groups.every((group) => group.length >= 2)).toBe(true);
  });

  it('keeps one of two spellings search does not tell apart (case, accents)', () => {
    expect(parseSearchAliases('- [États-Unis, ETATS-UNIS, USA]\n', file)).toEqual([['États-Unis', 'USA']]);
  });

  it('refuses what is not a list of groups', () => {
    expect(parse('OTAN: NATO\n')).toThrow(`${file}:1:1: Search aliases: expected a list of groups`);
  });

  it('refuses a group of one word, naming its line', () => {
    expect(parse('- [OTAN, NATO]\n- [UE]\n')).toThrow(`${file}:2:1: Search alias group 2: expected a list of at least two words or phrases`);
  });

  it('refuses a word listed in two groups, naming both lines', () => {
    expect(parse('- [OTAN, NATO]\n- [UE, EU]\n- [nato, alliance]\n')).toThrow(`${file}:3:1: Search alias "nato" is already listed on line 1: a word belongs to one group only`);
  });

  it('refuses an alias without letters, or too long to be a search', () => {
    expect(parse('- [OTAN, "…"]\n')).toThrow(`${file}:1:1: Search alias "…" has no letter or digit`);
    expect(parse('- [OTAN, one two three four five six]\n')).toThrow('Search alias "one two three four five six" is too long: at most 5 words');
  });
});
