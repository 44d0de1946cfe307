import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAnnotation, type AnnotationDraft } from './annotations.ts';
import { parseBibliography } from './bibliography.ts';
import { ContentError } from './content-error.ts';
import { readDeclaration, renderDeclaration, type DeclarationDraft } from './declaration.ts';
import { t } from '../site/i18n.ts';
import type { CrossReferenceTarget } from '../markdown/remark-cross-references.ts';
import { languages, type DeclarationText, type Edition, type GuaranteeComponent, type Lang, type Note, type Source } from '../model.ts';
import { renderNoteBody, sidenoteContent, type RenderedNoteBody } from './notes.ts';
import { parseOverview } from './overview.ts';
import { routes } from '../site/routes.ts';
import { blockParagraphs } from './text.ts';

interface ContentFiles {
  contentDir: string;
  projectDir: string;
}

function readText({ contentDir, projectDir }: ContentFiles, path: string): { text: string; file: string } {
  const absolute = join(contentDir, path);
  const file = relative(projectDir, absolute);
  try {
    return { text: readFileSync(absolute, 'utf8'), file };
  } catch {
    throw new ContentError(file, 1, 1, 'File is missing');
  }
}

function readComponentKeys(files: ContentFiles): string[] {
  const { text, file } = readText(files, 'components.yml');
  const keys: unknown = parseYaml(text);
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === 'string')) {
    throw new ContentError(file, 1, 1, 'Expected a list of component keys');
  }
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new ContentError(file, 1, 1, `Duplicate component key "${duplicate}"`);
  return keys;
}

function readAnnotations(files: ContentFiles, sources: readonly Source[]): AnnotationDraft[] {
  let names: string[];
  try {
    names = readdirSync(join(files.contentDir, 'annotations')).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
  const sourceIds = sources.map((source) => source.id);
  return names.map((name) => {
    const { text, file } = readText(files, join('annotations', name));
    return parseAnnotation(text, file, basename(name, '.md'), sourceIds);
  });
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

function buildText(draft: DeclarationDraft, annotations: readonly AnnotationDraft[], sources: readonly Source[]): DeclarationText {
  const { lang, file } = draft;
  for (const annotation of annotations) {
    if (!draft.anchors.some((anchor) => anchor.id === annotation.id)) {
      throw new ContentError(
        annotation.file,
        annotation.bodies[lang].line,
        1,
        `Annotation "${annotation.id}" is not anchored in ${file}: wrap the words it comments in :note[…]{#${annotation.id}}`,
      );
    }
  }

  const targets = crossReferenceTargets(draft);
  const bodies = new Map<string, RenderedNoteBody>(annotations.map((annotation) => [annotation.id, renderNoteBody(annotation, lang, targets)]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const ui = t(lang);
  const rendered = renderDeclaration(draft, {
    notes: Object.fromEntries(
      annotations.map((annotation) => [
        annotation.id,
        sidenoteContent(annotation.id, annotation.kind, bodies.get(annotation.id)!, annotation.sources.map((id) => sourceById.get(id)!), lang),
      ]),
    ),
    labels: { marker: ui.noteMarkerLabel, close: ui.noteClose },
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
      place: placeOf.get(id)!,
      anchorText: draft.anchors.find((anchor) => anchor.id === id)!.text,
      html: body.html,
      text: body.text,
      sources: annotation.sources,
      references: body.references,
      file: annotation.file,
    };
  });

  const components: GuaranteeComponent[] = rendered.components.map((component) => ({
    ...component,
    references: [
      ...new Set(notes.filter((note) => note.place === component.key).flatMap((note) => note.references)),
    ].filter((key) => key !== component.key),
    referencedBy: notes
      .filter((note) => note.place !== component.key && note.references.includes(component.key))
      .map((note) => ({ noteId: note.id, place: note.place })),
  }));

  return { lang, file, source: draft.source, body: rendered.body, components, notes };
}

/** Reads and checks everything in `content/` into one Edition. */
export function buildEdition(contentDir = join(process.cwd(), 'content'), projectDir = process.cwd()): Edition {
  const files = { contentDir, projectDir };
  const componentKeys = readComponentKeys(files);
  const bibliography = readText(files, 'sources.yml');
  const sources = parseBibliography(bibliography.text, bibliography.file);
  const annotations = readAnnotations(files, sources);
  const noteIds = annotations.map((annotation) => annotation.id);

  const texts = {} as Record<Lang, DeclarationText>;
  for (const lang of languages) {
    const { text, file } = readText(files, join('declaration', `${lang}.md`));
    texts[lang] = buildText(readDeclaration(text, file, lang, componentKeys, noteIds), annotations, sources);
  }
  checkAlignment(texts);
  const overviewFile = readText(files, 'overview.yml');
  const overview = parseOverview(overviewFile.text, overviewFile.file, componentKeys);
  return { componentKeys, texts, sources, overview };
}

/** The texts must align paragraph by paragraph, for the parallel view and for readers comparing them. */
function checkAlignment(texts: Record<Lang, DeclarationText>): void {
  const [reference, ...others] = languages.map((lang) => texts[lang]);
  const paragraphs = (text: DeclarationText, id: string) => blockParagraphs(text, id).length;
  for (const other of others) {
    for (const block of reference!.body) {
      const id = block.kind === 'prose' ? block.id : block.key;
      const expected = paragraphs(reference!, id);
      const found = paragraphs(other, id);
      if (found !== expected) {
        const line = other.components.find((component) => component.key === id)?.line ?? 1;
        throw new ContentError(other.file, line, 1, `"${id}" has ${found} paragraph(s) here but ${expected} in ${reference!.file}: translations must align paragraph by paragraph`);
      }
    }
  }
}

let edition: Edition | undefined;

/** The edition, built on first use and shared by every page of a build (read afresh on each request in `astro dev`, so edits show). */
export function getEdition(): Edition {
  if (import.meta.env?.DEV) return buildEdition();
  edition ??= buildEdition();
  return edition;
}
