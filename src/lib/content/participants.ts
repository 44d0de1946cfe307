import { z } from 'astro/zod';
import { checkUniqueId, failAt, localizedSchema, parseAt, readCitations, slugSchema, type ContextReading, type YamlPlace } from './context-fields.ts';
import { stances, type AttendanceGroup, type Citation, type ConflictingReports, type Localized, type Participant } from '../model.ts';
import { partyCodeHint, partyKind } from './parties.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const claimSchema = z.object({ text: localizedSchema('The text'), sources: z.unknown().optional() });

const attendanceSchema = z.object({
  id: slugSchema,
  label: localizedSchema('The label'),
  parties: z.array(z.string()).default([]),
  text: localizedSchema('The text'),
  sources: z.unknown().optional(),
});

const participantSchema = z.object({
  code: z.string({ error: `each participant needs a code: ${partyCodeHint}` }),
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
    return {
      id: raw.id,
      label: raw.label as Localized,
      parties: raw.parties,
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
    participants.push({
      code: raw.code,
      kind,
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
