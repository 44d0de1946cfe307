import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-error.ts';
import { parseDeclaration } from './declaration.ts';
import { languages, type DeclarationText, type Edition, type Lang } from './model.ts';

function readComponentKeys(contentDir: string, projectDir: string): string[] {
  const file = relative(projectDir, join(contentDir, 'components.yml'));
  const keys: unknown = parseYaml(readFileSync(join(contentDir, 'components.yml'), 'utf8'));
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === 'string')) {
    throw new ContentError(file, 1, 1, 'Expected a list of component keys');
  }
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new ContentError(file, 1, 1, `Duplicate component key "${duplicate}"`);
  return keys;
}

/** Reads and checks everything in `content/` into one Edition. */
export function buildEdition(contentDir = join(process.cwd(), 'content'), projectDir = process.cwd()): Edition {
  const componentKeys = readComponentKeys(contentDir, projectDir);
  const texts = {} as Record<Lang, DeclarationText>;
  for (const lang of languages) {
    const path = join(contentDir, 'declaration', `${lang}.md`);
    const file = relative(projectDir, path);
    let markdown: string;
    try {
      markdown = readFileSync(path, 'utf8');
    } catch {
      throw new ContentError(file, 1, 1, `The ${lang} text is missing`);
    }
    texts[lang] = parseDeclaration(markdown, file, lang, componentKeys);
  }
  return { componentKeys, texts };
}

let edition: Edition | undefined;

/** The edition, built on first use and shared by every page of a build. */
export function getEdition(): Edition {
  edition ??= buildEdition();
  return edition;
}
