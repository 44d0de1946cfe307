import { z } from 'astro/zod';
import { checkUniqueId, failAt, localizedSchema, parseAt, readCitations, slugSchema, type ContextReading, type YamlPlace } from './context-fields.ts';
import { languages, stances, type AttendanceGroup, type Lang, type Citation, type ConflictingReports, type Localized, type Participant } from '../model.ts';
import { partyCodeHint, partyKind } from './parties.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { commonPrefixLength, wordsIn } from '../search/words.ts';

const claimSchema = z.object({ text: localizedSchema('The text'), sources: z.unknown().optional() });

const attendanceSchema = z.object({
  id: slugSchema,
  label: localizedSchema('The label'),
  parties: z.array(z.string()).default([]),
  people: z.array(localizedSchema('A name')).default([]),
  text: localizedSchema('The text'),
  sources: z.unknown().optional(),
});

const participantSchema = z.object({
  code: z.string({ error: `each participant needs a code: ${partyCodeHint}` }),
  people: z.array(localizedSchema('A name')).default([]),
  positions: z
    .array(
      z.object({
        stance: z.enum(stances, { error: `must be one of ${stances.join(', ')}` }),
        components: z.array(z.string()).default([]),
        text: localizedSchema('The text'),
        sources: z.unknown().optional(),
      }),
    )
    .default([]),
});

const conflictSchema = z.object({
  id: slugSchema,
  question: localizedSchema('The question'),
  sides: z
    .array(z.object({ answer: localizedSchema('The answer'), reports: z.array(claimSchema).min(1, 'each side needs at least one report') }))
    .min(2, 'conflicting reports need at least two sides'),
});

const fileSchema = z.object({
  attendance: z.array(z.unknown()).default([]),
  participants: z.array(z.unknown(), { error: 'needs a list of participants (participants: - code: …)' }),
  conflicts: z.array(z.unknown()).default([]),
});

/* A Ukrainian name is declined where the text names it («за словами Кіра Стармера»): each word of a
   name may end differently in the text, by up to this many letters. */
const maxEndingChange = 3;

/* The words as written, in lower case: accents count (António is not Antonio). */
const wordsOf = (text: string): string[] => wordsIn(text).map((word) => word.text.toLocaleLowerCase());

function sameWord(nameWord: string, textWord: string): boolean {
  if (nameWord === textWord) return true;
  const shared = commonPrefixLength(nameWord, textWord);
  return shared >= 3 && nameWord.length - shared <= maxEndingChange && textWord.length - shared <= maxEndingChange;
}

/** Whether `texts` name the person: all the words of the name, in a row, in one of them. */
export function namesPerson(texts: readonly string[], name: string): boolean {
  const nameWords = wordsOf(name);
  return texts.some((text) => {
    const words = wordsOf(text);
    return words.some((_, start) => nameWords.every((nameWord, offset) => words[start + offset] !== undefined && sameWord(nameWord, words[start + offset]!)));
  });
}

/** Each person listed for an entry must be named by the entry's own texts, in every language: the list
    only makes the entry findable by the names it reports, it never adds one. */
function checkPeople(people: Localized[], texts: (lang: Lang) => string[], place: YamlPlace, path: Array<string | number>, label: string): void {
  people.forEach((person, personIndex) => {
    for (const lang of languages) {
      if (!namesPerson(texts(lang), person[lang])) {
        failAt(place, [...path, 'people', personIndex, lang], `${label}: "${person[lang]}" (${lang}) is named in none of its ${lang} texts: list only the people its texts name, as they write them`);
      }
    }
  });
}

/** Reads content/participants.yml: who was reported taking part, what each committed or refused, and conflicting reports. */
export function parseParticipants(
  text: string,
  file: string,
  componentKeys: readonly string[],
  reading: ContextReading,
): { attendance: AttendanceGroup[]; participants: Participant[]; conflicts: ConflictingReports[] } {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, ...reading };
  const data = parseAt(fileSchema, yaml.data ?? {}, place, [], 'Participants:');
  const cite = (raw: unknown, path: Array<string | number>, label: string): Citation[] => readCitations(raw, place, path, label);

  const attendanceIds = new Map<string, number>();
  const attendance = data.attendance.map((entry, index): AttendanceGroup => {
    const path = ['attendance', index];
    const raw = parseAt(attendanceSchema, entry, place, path, `Attendance group ${index + 1}`);
    checkUniqueId(attendanceIds, raw.id, place, [...path, 'id'], 'attendance group');
    raw.parties.forEach((code, partyIndex) => {
      if (!partyKind(code)) failAt(place, [...path, 'parties', partyIndex], `Attendance group "${raw.id}": unknown party "${code}": use ${partyCodeHint}`);
    });
    const people = raw.people as Localized[];
    checkPeople(people, (lang) => [(raw.text as Localized)[lang]], place, path, `Attendance group "${raw.id}"`);
    return {
      id: raw.id,
      label: raw.label as Localized,
      parties: raw.parties,
      people,
      text: raw.text as Localized,
      sources: cite(raw.sources, path, `Attendance group "${raw.id}"`),
    };
  });

  const participants: Participant[] = [];
  data.participants.forEach((entry, index) => {
    const path = ['participants', index];
    const named = (entry as { code?: unknown } | null)?.code;
    const label = `Participant ${typeof named === 'string' ? `"${named}"` : index + 1}`;
    const raw = parseAt(participantSchema, entry, place, path, label);
    const kind = partyKind(raw.code);
    if (!kind) failAt(place, [...path, 'code'], `${label}: unknown party "${raw.code}": use ${partyCodeHint}`);
    if (participants.some((participant) => participant.code === raw.code)) failAt(place, [...path, 'code'], `Participant "${raw.code}" is listed twice: merge the entries`);
    raw.positions.forEach((position, positionIndex) =>
      position.components.forEach((key, keyIndex) => {
        if (!componentKeys.includes(key)) {
          failAt(place, [...path, 'positions', positionIndex, 'components', keyIndex], `Unknown component key "${key}" (known: ${componentKeys.join(', ')})`);
        }
      }),
    );
    const people = raw.people as Localized[];
    checkPeople(people, (lang) => raw.positions.map((position) => (position.text as Localized)[lang]), place, path, label);
    participants.push({
      code: raw.code,
      kind,
      people,
      positions: raw.positions.map((position, positionIndex) => ({
        stance: position.stance,
        components: position.components,
        text: position.text as Localized,
        sources: cite(position.sources, [...path, 'positions', positionIndex], label),
      })),
    });
  });

  const conflictIds = new Map<string, number>();
  const conflicts = data.conflicts.map((entry, index): ConflictingReports => {
    const path = ['conflicts', index];
    const raw = parseAt(conflictSchema, entry, place, path, `Conflicting reports ${index + 1}`);
    checkUniqueId(conflictIds, raw.id, place, [...path, 'id'], 'conflicting reports');
    return {
      id: raw.id,
      question: raw.question as Localized,
      sides: raw.sides.map((side, sideIndex) => ({
        answer: side.answer as Localized,
        reports: side.reports.map((report, reportIndex) => ({
          text: report.text as Localized,
          sources: cite(report.sources, [...path, 'sides', sideIndex, 'reports', reportIndex], `Conflicting reports "${raw.id}"`),
        })),
      })),
    };
  });
  return { attendance, participants, conflicts };
}
