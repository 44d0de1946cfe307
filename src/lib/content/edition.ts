import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { parseAnnotation, type AnnotationContext, type AnnotationDraft } from './annotations.ts';
import { parseBibliography } from './bibliography.ts';
import { checkAlignment } from './alignment.ts';
import { checkArticleFidelity, receivedArticleText } from './article-fidelity.ts';
import { checkEverySourceCited, type CitedSource } from './citations.ts';
import { ContentError } from './content-error.ts';
import { parseChangelog } from './changelog.ts';
import { parseEditorialRules } from './editorial-rules.ts';
import { readContext } from './context.ts';
import { readDeclaration, renderDeclaration, type DeclarationDraft } from './declaration.ts';
import { checkLetters } from './letters.ts';
import { buildDay, idSchema } from './values.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { distinctName, t } from '../site/i18n.ts';
import type { CrossReferenceTarget } from '../markdown/remark-cross-references.ts';
import { idPattern, idRule, languages, type DeclarationText, type Edition, type GuaranteeComponent, type KeyFact, type Lang, type Note, type Source } from '../model.ts';
import { renderNoteBody, type RenderedNoteBody } from './notes.ts';
import { parseKeyFacts } from './key-facts.ts';
import { parseOverview } from './overview.ts';
import { parseRedlines } from './redlines.ts';
import { parseSearchAliases } from './search-aliases.ts';
import { routes } from '../site/routes.ts';

interface ContentFiles {
  contentDir: string;
  projectDir: string;
  /** Words that truly mix alphabets (content/mixed-script-words.yml); none until it is read. */
  mixedWords?: ReadonlySet<string>;
}

/** The allow-list of words that truly mix alphabets (optional). */
const mixedWordsPath = 'mixed-script-words.yml';

/**
 * Reads a content file as text in Unicode NFC, so that a file saved with decomposed accents
 * (NFD, as some editors and systems write) builds the same site and compares equal; then checks
 * its letters (letters.ts), except in the article as received (content/source/), a byte copy.
 */
function readText(files: ContentFiles, path: string): { text: string; file: string } {
  const absolute = join(files.contentDir, path);
  const file = relative(files.projectDir, absolute);
  let raw: string;
  try {
    raw = readFileSync(absolute, 'utf8');
  } catch {
    throw new ContentError(file, 1, 1, 'File is missing');
  }
  const text = raw.replace(/^\uFEFF/, '').normalize('NFC');
  if (files.mixedWords && !path.startsWith(`source${sep}`) && path !== mixedWordsPath) {
    checkLetters(text, file, files.mixedWords, relative(files.projectDir, join(files.contentDir, mixedWordsPath)));
  }
  return { text, file };
}

function readMixedWords(files: ContentFiles): Set<string> {
  if (!exists(files, mixedWordsPath)) return new Set();
  const { text, file } = readText(files, mixedWordsPath);
  const yaml = parseYamlWithLines(text, file);
  const words = yaml.data ?? [];
  if (!Array.isArray(words) || !words.every((word) => typeof word === 'string' && /^[\p{L}\p{M}]+$/u.test(word))) {
    throw new ContentError(file, 1, 1, 'Expected a list of words, one a line (- word), each letters only: the words that truly mix alphabets');
  }
  return new Set(words);
}

function exists({ contentDir }: ContentFiles, path: string): boolean {
  return existsSync(join(contentDir, path));
}

function readComponentKeys(files: ContentFiles): string[] {
  const { text, file } = readText(files, 'components.yml');
  const yaml = parseYamlWithLines(text, file);
  const keys = yaml.data;
  if (!Array.isArray(keys) || keys.length === 0) throw new ContentError(file, 1, 1, 'Expected a list of component keys');
  keys.forEach((key: unknown, index) => {
    const { line, column } = yaml.positionOf([index]);
    const result = idSchema.safeParse(key);
    if (!result.success) throw new ContentError(file, line, column, `Component key ${typeof key === 'string' ? `"${key}" ` : ''}${result.error.issues[0]!.message}`);
    const first = keys.indexOf(key);
    if (first !== index) throw new ContentError(file, line, column, `Duplicate component key "${key}" (first used on line ${yaml.lineOf([first])})`);
  });
  return keys as string[];
}

function readAnnotations(files: ContentFiles, context: AnnotationContext): AnnotationDraft[] {
  let names: string[];
  try {
    names = readdirSync(join(files.contentDir, 'annotations')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = relative(files.projectDir, join(files.contentDir, 'annotations', name));
    const id = basename(name, '.md');
    if (!name.endsWith('.md')) throw new ContentError(file, 1, 1, `"${name}" is not a note: a note is a Markdown file named <note-id>.md`);
    if (!idPattern.test(id)) {
      throw new ContentError(file, 1, 1, `Note id "${id}" (the file's name) must be ${idRule}: rename the file, and its anchors :note[…]{#…}`);
    }
    return parseAnnotation(readText(files, join('annotations', name)).text, file, id, context);
  });
}

/**
 * Each component's key facts (content/key-facts/<component-key>.yml). A component without a file
 * has none (the page shows none); a file named after no component is refused.
 */
function readKeyFacts(
  files: ContentFiles,
  componentKeys: readonly string[],
  context: Omit<Parameters<typeof parseKeyFacts>[2], 'componentKey'>,
): { keyFacts: Record<string, KeyFact[]>; cited: CitedSource[] } {
  const dir = join(files.contentDir, 'key-facts');
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  const keyFacts: Record<string, KeyFact[]> = {};
  const cited: CitedSource[] = [];
  for (const name of names) {
    const { text, file } = readText(files, join('key-facts', name));
    const key = basename(name, '.yml');
    if (!name.endsWith('.yml') || !componentKeys.includes(key)) {
      throw new ContentError(file, 1, 1, `"${name}" is not a component's key facts: name the file <component-key>.yml (known: ${componentKeys.join(', ')})`);
    }
    const parsed = parseKeyFacts(text, file, { ...context, componentKey: key });
    keyFacts[key] = parsed.rows;
    cited.push(...parsed.cited);
  }
  return { keyFacts, cited };
}

function crossReferenceTargets(draft: DeclarationDraft): Record<string, CrossReferenceTarget> {
  const ui = t(draft.lang);
  return Object.fromEntries(
    draft.blocks.map((block, index) => [
      block.key,
      { href: routes.componentAnchor(draft.lang, block.key), label: ui.crossReferenceLabel(index + 1, block.title) },
    ]),
  );
}

/** Every annotation is anchored in every language's text. */
function checkAnchored(draft: DeclarationDraft, annotations: readonly AnnotationDraft[]): void {
  for (const annotation of annotations) {
    if (!draft.anchors.some((anchor) => anchor.id === annotation.id)) {
      throw new ContentError(
        annotation.file,
        annotation.bodies[draft.lang].line,
        1,
        `Annotation "${annotation.id}" is not anchored in ${draft.file}: wrap the words it comments in :note[…]{#${annotation.id}}`,
      );
    }
  }
}

function buildText(draft: DeclarationDraft, annotations: readonly AnnotationDraft[]): DeclarationText {
  const { lang, file } = draft;
  const targets = crossReferenceTargets(draft);
  const bodies = new Map<string, RenderedNoteBody>(annotations.map((annotation) => [annotation.id, renderNoteBody(annotation, lang, targets)]));
  const ui = t(lang);
  const titleOf = new Map(annotations.map((annotation) => [annotation.id, annotation.title[lang]]));
  const rendered = renderDeclaration(draft, {
    notes: annotations.map((annotation) => annotation.id),
    name: (number, id) => ui.noteMarkerName(number, titleOf.get(id)!),
  });

  const placeOf = new Map<string, string>();
  for (const block of rendered.body) {
    const ids = block.kind === 'prose' ? block.notes : rendered.components.find((component) => component.key === block.key)!.notes;
    for (const id of ids) placeOf.set(id, block.kind === 'prose' ? block.id : block.key);
  }
  const annotationById = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const notes: Note[] = rendered.noteOrder.map((id, index) => {
    const annotation = annotationById.get(id)!;
    const body = bodies.get(id)!;
    return {
      id,
      number: index + 1,
      kind: annotation.kind,
      title: annotation.title[lang],
      place: placeOf.get(id)!,
      anchorText: draft.anchors.find((anchor) => anchor.id === id)!.text,
      html: body.html,
      text: body.text,
      sources: annotation.citations.map((citation) => citation.source),
      citations: annotation.citations,
      contested: annotation.contested,
      headlineClaim: annotation.headlineClaim,
      ...(annotation.rating ? { rating: annotation.rating[lang] } : {}),
      references: body.references,
      file: annotation.file,
    };
  });

  for (const note of notes) {
    const self = bodies.get(note.id)!.crossReferences.find((reference) => reference.to === note.place);
    if (self) {
      throw new ContentError(
        note.file,
        self.line,
        1,
        `Note "${note.id}" is anchored in component "${note.place}" and refers to it: a cross-reference must lead to another component (write the component's name as plain words)`,
      );
    }
  }
  const components: GuaranteeComponent[] = rendered.components.map((component) => ({
    ...component,
    references: [...new Set(notes.filter((note) => note.place === component.key).flatMap((note) => note.references))],
    referencedBy: notes
      .filter((note) => note.place !== component.key && note.references.includes(component.key))
      .map((note) => ({ noteId: note.id, place: note.place })),
  }));

  return { lang, file, source: draft.source, body: rendered.body, components, notes };
}

export interface BuildOptions {
  /** The build's day (YYYY-MM-DD): nothing in the content may be dated after it. Tests set it; builds take buildDay(). */
  today?: string;
}

/** Reads and checks everything in `content/` into one Edition. */
export function buildEdition(contentDir = join(process.cwd(), 'content'), projectDir = process.cwd(), options: BuildOptions = {}): Edition {
  const today = options.today ?? buildDay();
  const files: ContentFiles = { contentDir, projectDir };
  files.mixedWords = readMixedWords(files);
  const componentKeys = readComponentKeys(files);
  const bibliography = readText(files, 'sources.yml');
  const sources = parseBibliography(bibliography.text, bibliography.file, today);
  const rulesFile = readText(files, 'editorial-rules.yml');
  const rules = parseEditorialRules(rulesFile.text, rulesFile.file);
  const annotations = readAnnotations(files, { sources, rules, today });
  const noteIds = annotations.map((annotation) => annotation.id);

  const drafts = languages.map((lang) => {
    const { text, file } = readText(files, join('declaration', `${lang}.md`));
    const draft = readDeclaration(text, file, lang, componentKeys, noteIds);
    // The article as received, where the edition publishes one in this language: its text must reach the page unaltered.
    const receivedPath = join('source', `article-${lang}.txt`);
    if (exists(files, receivedPath)) {
      const received = readText(files, receivedPath);
      checkArticleFidelity(draft, receivedArticleText(received.text, received.file));
    }
    checkAnchored(draft, annotations);
    return draft;
  });
  // The article's own words of each component: the declaration's row of the matrix quotes them.
  const article = drafts.find((draft) => draft.lang === 'fr');
  const articleText = (key: string) => {
    const block = article?.blocks.find((candidate) => candidate.key === key);
    return block ? toString(block.node) : undefined;
  };
  const { context, cited: contextCited } = readContext(
    { contentDir, read: (path) => readText(files, path), articleText },
    componentKeys,
    sources,
    rules.maxQuoteWords,
    today,
  );
  const changelog = readText(files, 'changelog.yml');
  const knownIds = new Set([
    ...componentKeys,
    ...annotations.map((annotation) => annotation.id),
    ...sources.map((source) => source.id),
    ...context.instruments.map((instrument) => instrument.id),
  ]);
  const changes = parseChangelog(changelog.text, changelog.file, knownIds, today);
  checkAlignment(drafts);
  const { keyFacts, cited: keyFactsCited } = readKeyFacts(files, componentKeys, {
    noteIds,
    sources,
    maxQuoteWords: rules.maxQuoteWords,
    targets: Object.fromEntries(drafts.map((draft) => [draft.lang, crossReferenceTargets(draft)])) as Record<Lang, ReturnType<typeof crossReferenceTargets>>,
    today,
  });
  checkEverySourceCited(
    sources,
    bibliography,
    [...annotations.flatMap((annotation) => annotation.cited), ...contextCited, ...keyFactsCited],
    changes.flatMap((change) => change.touches),
  );
  const texts = Object.fromEntries(drafts.map((draft) => [draft.lang, buildText(draft, annotations)])) as Record<Lang, DeclarationText>;
  const overviewFile = readText(files, 'overview.yml');
  const overview = parseOverview(overviewFile.text, overviewFile.file, componentKeys);
  // Optional: without the file, queries are searched as typed.
  const aliasesPath = 'search-aliases.yml';
  const aliasesFile = existsSync(join(contentDir, aliasesPath)) ? readText(files, aliasesPath) : undefined;
  const searchAliases = aliasesFile ? parseSearchAliases(aliasesFile.text, aliasesFile.file) : [];
  // Optional: wording changed between a draft and the final text, beside the notes that report it.
  const redlinesFile = exists(files, 'redlines.yml') ? readText(files, 'redlines.yml') : undefined;
  const redlines = redlinesFile
    ? parseRedlines(redlinesFile.text, redlinesFile.file, new Map(annotations.map((annotation) => [annotation.id, annotation.citations])))
    : [];
  return { componentKeys, texts, sources, overview, changes, version: changes[0]!.date, searchAliases, context, redlines, keyFacts };
}

let edition: Edition | undefined;

/** The edition, built on first use and shared by every page of a build (read afresh on each request in `astro dev`, so edits show). */
export function getEdition(): Edition {
  if (import.meta.env?.DEV) return buildEdition();
  edition ??= buildEdition();
  return edition;
}
