import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { buildEdition, type BuildOptions } from '../../src/lib/content/edition.ts';
import type { Edition } from '../../src/lib/model.ts';

/**
 * The small made-up edition the tests edit. Tests never edit the real content/ by its words:
 * they would break whenever an editor changes it, and test today's content instead of the code.
 */
export type ContentSet = 'tests/fixtures/content';

const projects: string[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) rmSync(project, { recursive: true, force: true });
});

/** A copy of the content in a project of its own, with files edited (an edit returning null removes the file). */
export function projectWith(from: ContentSet, edits: Record<string, (text: string) => string | null>): string {
  const project = mkdtempSync(join(tmpdir(), 'edition-'));
  projects.push(project);
  cpSync(from, join(project, 'content'), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(project, 'content', path);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // a new file
    }
    const edited = edit(text);
    if (edited === null) rmSync(file);
    else writeFileSync(file, edited);
  }
  return project;
}

/** Builds the edited edition (on the day `options.today`, if given). */
export function buildWith(from: ContentSet, edits: Record<string, (text: string) => string | null>, options: BuildOptions = {}): Edition {
  const project = projectWith(from, edits);
  return buildEdition(join(project, 'content'), project, options);
}

/** The message the build stops with, once the file at `path` is edited. */
export function buildError(path: string, edit: (text: string) => string | null, from: ContentSet = 'tests/fixtures/content', options: BuildOptions = {}): string {
  return buildErrorWith({ [path]: edit }, from, options);
}

/** The message the build stops with, once several files are edited. */
export function buildErrorWith(edits: Record<string, (text: string) => string | null>, from: ContentSet = 'tests/fixtures/content', options: BuildOptions = {}): string {
  try {
    buildWith(from, edits, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected the build to fail');
}

/** Replaces `from` by `to`, failing the test if `from` is not in the text (so an edit never silently does nothing). */
export function replacing(from: string | RegExp, to: string): (text: string) => string {
  return (text) => {
    if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`not in the file: ${String(from)}`);
    return text.replace(from, to);
  };
}
