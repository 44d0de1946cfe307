import { readFileSync } from 'node:fs';

export const componentKeys = [
  'ceasefire-monitoring',
  'armed-forces-support',
  'multinational-force',
  'future-attack-commitment',
  'defence-cooperation',
] as const;

/** Every sentence of the French source article (tests/fixtures/article-fr.txt, a byte copy), as printed. */
export function sourceSentences(): string[] {
  return readFileSync('tests/fixtures/article-fr.txt', 'utf8')
    .split('\n')
    .map((line) => line.replace(/^\s*•\s/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÀÉÈÊ«])/u));
}

/** Collapses the spacing HTML adds around elements, but not the non-breaking spaces of the text. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
