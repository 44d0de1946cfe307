import { ContentError } from './content-error.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { wordsIn } from '../search/words.ts';

const maxWords = 5;

/**
 * Reads content/search-aliases.yml: a list of groups, each a list of two or more words or
 * phrases a reader may type for the same thing (`- [OTAN, NATO]`). A query holding one of them
 * is also searched with each of the others.
 */
export function parseSearchAliases(text: string, file: string): string[][] {
  const yaml = parseYamlWithLines(text, file);
  const data = yaml.data ?? [];
  if (!Array.isArray(data)) {
    throw new ContentError(file, 1, 1, 'Search aliases: expected a list of groups, each a list of words, e.g. "- [OTAN, NATO]"');
  }
  const seen = new Map<string, { line: number; group: number }>();
  return data.map((group: unknown, index) => {
    const line = yaml.lineOf([index]);
    if (!Array.isArray(group) || group.length < 2 || !group.every((term) => typeof term === 'string' || typeof term === 'number')) {
      throw new ContentError(file, line, 1, `Search alias group ${index + 1}: expected a list of at least two words or phrases, e.g. "- [OTAN, NATO]"`);
    }
    const terms: string[] = [];
    group.forEach((value: string | number, position) => {
      const term = String(value).trim();
      const termLine = yaml.lineOf([index, position]);
      const words = wordsIn(term);
      if (words.length === 0) throw new ContentError(file, termLine, 1, `Search alias "${term}" has no letter or digit`);
      if (words.length > maxWords) throw new ContentError(file, termLine, 1, `Search alias "${term}" is too long: at most ${maxWords} words`);
      // Search ignores case and accents: "États-Unis" and "Etats-Unis" are one alias.
      const key = words.map((word) => word.key).join(' ');
      const earlier = seen.get(key);
      if (earlier && earlier.group !== index) {
        throw new ContentError(file, termLine, 1, `Search alias "${term}" is already listed on line ${earlier.line}: a word belongs to one group only`);
      }
      if (earlier) return;
      seen.set(key, { line: termLine, group: index });
      terms.push(term);
    });
    return terms;
  });
}
