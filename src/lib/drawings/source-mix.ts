import { sourceTypes, type Citation, type Edition, type Source, type SourceType } from '../model.ts';

/*
 * Where the claims come from (issue 20): every claim of the edition that cites sources — notes,
 * key facts, the context data (instruments, comparison cells, the declaration's row, attendance,
 * positions, conflicting reports, events) and the points of "What the declaration is" — counted by
 * the type of each source it cites. One claim citing two sources is two citations: the bar adds
 * citations, so that its parts sum to its whole.
 */

/** What each kind of sourced claim is. */
export type ClaimKind = 'note' | 'key-fact' | 'instrument' | 'cell' | 'declaration-row' | 'attendance' | 'position' | 'report' | 'event' | 'legal-nature';

/** A claim and the ids of the sources it cites (each once). */
export interface SourcedClaim {
  kind: ClaimKind;
  /** Unique among claims of its kind. */
  id: string;
  sources: string[];
}

const idsOf = (citations: ReadonlyArray<Pick<Citation, 'source'>>, ...more: Array<string | undefined>) =>
  [...new Set([...citations.map((citation) => citation.source), ...more.filter((id): id is string => id !== undefined)])];

/**
 * Every sourced claim of the edition. Notes are the same claims in every language: counted once
 * (from the French text). `legalNature`: the points of content/legal-nature.yml, read apart from the model.
 */
export function sourcedClaims(edition: Edition, legalNature: ReadonlyArray<{ id: string; sources: readonly Citation[] }> = []): SourcedClaim[] {
  const { instruments, comparison, declarationLevels, attendance, participants, conflicts, timeline } = edition.context;
  const claims: SourcedClaim[] = [
    ...edition.texts.fr.notes.map((note) => ({ kind: 'note' as const, id: note.id, sources: idsOf(note.citations) })),
    ...Object.entries(edition.keyFacts).flatMap(([key, facts]) => facts.map((fact) => ({ kind: 'key-fact' as const, id: `${key}/${fact.field}`, sources: idsOf(fact.sources) }))),
    // An instrument's copy of its text is a source of what we quote of it.
    ...instruments.map((instrument) => ({ kind: 'instrument' as const, id: instrument.id, sources: idsOf(instrument.sources, instrument.textCopy) })),
    ...comparison.map((cell) => ({ kind: 'cell' as const, id: `${cell.component}/${cell.instrument}`, sources: idsOf(cell.sources) })),
    ...declarationLevels.map((row) => ({ kind: 'declaration-row' as const, id: row.component, sources: idsOf(row.sources) })),
    ...attendance.map((group) => ({ kind: 'attendance' as const, id: group.id, sources: idsOf(group.sources) })),
    ...participants.flatMap((participant) =>
      participant.positions.map((position, index) => ({ kind: 'position' as const, id: `${participant.code}/${index}`, sources: idsOf(position.sources) })),
    ),
    ...conflicts.flatMap((conflict) =>
      conflict.sides.flatMap((side, sideIndex) =>
        side.reports.map((report, index) => ({ kind: 'report' as const, id: `${conflict.id}/${sideIndex}/${index}`, sources: idsOf(report.sources) })),
      ),
    ),
    ...timeline.map((event) => ({ kind: 'event' as const, id: event.id, sources: idsOf(event.sources) })),
    ...legalNature.map((point) => ({ kind: 'legal-nature' as const, id: point.id, sources: idsOf(point.sources) })),
  ];
  return claims.filter((claim) => claim.sources.length > 0);
}

/** One type's part of the bar. */
export interface SourceMixPart {
  type: SourceType;
  /** Citations of sources of this type. */
  citations: number;
  /** Where its part of the bar starts and how long it is, as fractions of the whole (0…1). */
  start: number;
  share: number;
}

export interface SourceMix {
  /** Every type of source, in the order of the model (official texts first, state-affiliated outlets last). */
  parts: SourceMixPart[];
  citations: number;
  claims: number;
}

/** The claims' citations by the type of the source cited. */
export function sourceMix(claims: readonly SourcedClaim[], sources: readonly Source[]): SourceMix {
  const typeOf = new Map(sources.map((source) => [source.id, source.type]));
  const counts = new Map<SourceType, number>(sourceTypes.map((type) => [type, 0]));
  for (const claim of claims) {
    for (const id of claim.sources) {
      const type = typeOf.get(id);
      if (!type) throw new Error(`Claim ${claim.kind} "${claim.id}" cites an unknown source "${id}"`);
      counts.set(type, counts.get(type)! + 1);
    }
  }
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  let start = 0;
  const parts = sourceTypes.map((type) => {
    const citations = counts.get(type)!;
    const share = total === 0 ? 0 : citations / total;
    const part = { type, citations, start, share };
    start += share;
    return part;
  });
  return { parts, citations: total, claims: claims.length };
}

/** The sources of one type in one language. */
export interface SourceGroup {
  type: SourceType;
  language: string;
  /** In the bibliography's order. */
  sources: Source[];
}

/** The anchor of a type's section on the sources page, and of one language's sources within it. */
export const sourceTypeAnchor = (type: SourceType) => `type-${type}`;
export const sourceGroupAnchor = (type: SourceType, language: string) => `type-${type}-${language.toLowerCase()}`;

/**
 * The bibliography in sections: by type (the model's order), then by language (most sources
 * first, then by tag), each keeping the bibliography's order. Types without sources are left out.
 */
export function sourcesByTypeAndLanguage(sources: readonly Source[]): Array<{ type: SourceType; groups: SourceGroup[] }> {
  return sourceTypes
    .map((type) => {
      const ofType = sources.filter((source) => source.type === type);
      const languages = [...new Set(ofType.map((source) => source.language))];
      const count = (language: string) => ofType.filter((source) => source.language === language).length;
      languages.sort((a, b) => count(b) - count(a) || a.localeCompare(b));
      return { type, groups: languages.map((language) => ({ type, language, sources: ofType.filter((source) => source.language === language) })) };
    })
    .filter((section) => section.groups.length > 0);
}
