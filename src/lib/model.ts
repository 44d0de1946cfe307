/** The typed document model every page reads. Built once per build by `edition.ts`. */

/** The day the declaration was made, in Paris (ISO 8601). */
export const declarationDate = '2026-01-06';

/** The edition's languages: French (the article as published) first, then our translations. */
export const languages = ['fr', 'en', 'uk'] as const;
export type Lang = (typeof languages)[number];

/** The shape of every id of the edition (component keys, note ids, source ids): each is part of published URLs. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idRule = 'lowercase letters and digits, words joined by hyphens (e.g. "multinational-force")';

/** The shape of an anchor of a page: an id, a prefixed id (`note-…`), or two joined by `--` (a comparison cell). */
export const anchorPattern = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;

/** The language of the article the edition reproduces word for word; the other texts are our translations of it. */
export const originalLanguage: Lang = 'fr';

export const noteKinds = ['context', 'definition', 'fact-check', 'divergence', 'translation-note'] as const;
export type NoteKind = (typeof noteKinds)[number];

/**
 * The language publisher names are written in, in content/sources.yml: their English name, or the brand
 * as the publisher writes it. On pages in other languages they carry this language.
 */
export const publisherNameLanguage = 'en';

/**
 * What kind of publication a source is. `analysis` covers think tanks, academic and
 * encyclopaedic works. Aggregators and state-affiliated outlets are weak sources for
 * contested facts (content/editorial-rules.yml).
 */
export const sourceTypes = ['official-text', 'government-statement', 'news-report', 'analysis', 'aggregator', 'state-affiliated'] as const;
export type SourceType = (typeof sourceTypes)[number];

/** An entry of the bibliography (content/sources.yml). */
export interface Source {
  id: string;
  type: SourceType;
  title: string;
  /** The title is ours, describing the source, because its own could not be confirmed. */
  descriptiveTitle: boolean;
  publisher: string;
  url: string;
  /** ISO 8601, when known. */
  date?: string;
  /** The language the source is written in (BCP 47). */
  language: string;
}

/** A passage of a source, quoted as read there, that supports what we say. */
export interface Evidence {
  /** Verbatim, in the source's language; `…` marks a cut. */
  quote: string;
  /** The quote's language (BCP 47): the source's, unless the evidence says otherwise. */
  lang: string;
  /** Where the passage is in the source (paragraph, section, time), in every edition language. */
  locator?: Record<Lang, string>;
  /** Our own translation of the quote into each edition language other than the quote's. */
  translations: Partial<Record<Lang, string>>;
  /** The day we read the passage (YYYY-MM-DD): every quote has one. */
  read: string;
  /** Where we read it, when not on the cited page itself: a syndicated copy or an archive. */
  readIn?: string;
}

/** A source cited for a note (or a data entry), with the passages we rely on. */
export interface Citation {
  /** A source id from content/sources.yml. */
  source: string;
  /** At least one passage. */
  evidence: Evidence[];
}

/** Where in the text a note is anchored: a component key, or the article's running text. */
export type NotePlace = string;

/** An annotation as it reads in one language. */
export interface Note {
  id: string;
  /** 1…n in reading order. */
  number: number;
  kind: NoteKind;
  /** The note's short title in this language ("US signature: reports conflict"). */
  title: string;
  /** A component key, or `introduction` / `conclusion`. */
  place: NotePlace;
  /** The annotated words. */
  anchorText: string;
  /** The note's text, rendered (paragraphs). */
  html: string;
  text: string;
  /** Source ids, in the order given (the sources of `citations`). */
  sources: string[];
  /** Each source cited, with the passages that support the note. */
  citations: Citation[];
  /** The note states a contested fact, whatever its kind (content/editorial-rules.yml). */
  contested: boolean;
  /** A fact-check's verdict in this language, e.g. "Imprecise" (schema.org ClaimReview's rating). */
  rating?: string;
  /** The note rates a claim of the article's headline, which carries a mark linking to it. */
  headlineClaim: boolean;
  /** Keys of the components the note refers to. */
  references: string[];
  /** The annotation's file. */
  file: string;
}

/** A note elsewhere in the text that refers to a component. */
export interface Backlink {
  noteId: string;
  /** Where that note is anchored. */
  place: NotePlace;
}

/** The article that carries the declaration's text, as published. */
export interface SourceArticle {
  publisher: string;
  /** The publisher's strapline, as printed above the article. */
  tagline: string;
  /** The rubric the article was filed under. */
  section: string;
  headline: string;
  /** The update line as printed, e.g. "Mise à jour : 07-01-2026". */
  updatedLabel: string;
  /** The same date, ISO 8601. */
  updated: string;
  url: string;
}

/**
 * A run of a paragraph of the text: words (HTML, note markers included), or the notes that open
 * at this point — right after the sentence that carries their markers.
 */
export type TextRun = { html: string } | { notes: string[] };

/** A paragraph of the text, cut where its notes open. */
export type TextParagraph = TextRun[];

export interface GuaranteeComponent {
  /** Stable English slug, shared by every language; part of every published URL. */
  key: string;
  /** 1–5, the order of the declaration. */
  number: number;
  /** Our editorial heading for the component (the source text has none). */
  title: string;
  /** The component's text, rendered (note markers included, the notes themselves not). */
  html: string;
  /** The same, paragraph by paragraph, cut where notes open. */
  paragraphs: TextParagraph[];
  /** The component's text, plain, paragraphs separated by a blank line. */
  text: string;
  /** Where the component starts in its Markdown file. */
  line: number;
  /** Ids of the notes anchored in this component, in reading order. */
  notes: string[];
  /** Components this component's notes refer to. */
  references: string[];
  /** Notes anchored elsewhere that refer to this component. */
  referencedBy: Backlink[];
}

/** Running text of the article outside the five components. */
export interface ProseBlock {
  kind: 'prose';
  /** `introduction` before the components, `conclusion` after them. */
  id: 'introduction' | 'conclusion';
  html: string;
  paragraphs: TextParagraph[];
  text: string;
  /** Ids of the notes anchored here, in reading order. */
  notes: string[];
}

export interface ComponentRef {
  kind: 'component';
  key: string;
}

export type BodyBlock = ProseBlock | ComponentRef;

/** The declaration's text in one language. */
export interface DeclarationText {
  lang: Lang;
  /** The Markdown file it came from, relative to the project. */
  file: string;
  source: SourceArticle;
  /** The text in reading order. */
  body: BodyBlock[];
  /** The five components, in order. */
  components: GuaranteeComponent[];
  /** Every note, in reading order. */
  notes: Note[];
}

export const keyFactFields = ['who', 'what', 'when', 'binding', 'means', 'status', 'official-wording'] as const;
/** What a row of a component's key facts answers; every component has each, once, in this order. */
export type KeyFactField = (typeof keyFactFields)[number];

/** A short quote of an official text of the declaration, as one of the row's sources gives it. */
export interface OfficialQuote {
  source: string;
  quote: string;
  /** The quote's language. */
  lang: string;
  /** Our translation of the quote into each edition language other than its own. */
  translations: Partial<Record<Lang, string>>;
}

/** One row of a component's key facts (content/key-facts/<component-key>.yml). */
export interface KeyFact {
  field: KeyFactField;
  /** Our words, rendered as phrasing HTML, in every language (every row but, optionally, the official wording). */
  html?: Record<Lang, string>;
  /** The latest sourced date the status row states (ISO 8601). */
  asOf?: string;
  /** The official wording: short quotes of the official texts. */
  official?: OfficialQuote[];
  /** Why the official wording is not shown, when it is not available to us (phrasing HTML, every language). */
  unavailable?: Record<Lang, string>;
  /** The notes that support the row. */
  notes: string[];
  sources: Citation[];
}

export const activations = ['now', 'after-ceasefire', 'future-attack'] as const;
export type Activation = (typeof activations)[number];

/** For the overview diagram: when a component applies and who leads it. */
export interface ComponentOverview {
  key: string;
  activation: Activation;
  lead: Record<Lang, string>;
}

export const changeKinds = ['correction', 'clarification', 'new-note', 'new-source', 'translation-change'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** An entry of the record of corrections and changes (content/changelog.yml). */
export interface Change {
  /** Stable; the entry's anchor is `#change-<id>`. */
  id: string;
  /** The day of the change, ISO 8601. */
  date: string;
  kind: ChangeKind;
  /** What it changed: note ids, source ids, component keys (and other data ids, e.g. instruments). */
  touches: string[];
  /** What changed and why, in every language. */
  summary: Record<Lang, string>;
  /**
   * Ids or anchors this change took off the pages, each with the one its readers now land on
   * (`old: new`): the build keeps `#old` where `#new` is, and `#note-old` where `#note-new` is.
   */
  retires: Record<string, string>;
}

export interface Edition {
  /** Component keys in the declaration's order. */
  componentKeys: readonly string[];
  texts: Record<Lang, DeclarationText>;
  /** The bibliography, in file order. */
  sources: Source[];
  /** When each component applies and who leads it, in component order. */
  overview: ComponentOverview[];
  /** The record of corrections and changes, newest first. */
  changes: Change[];
  /** The edition's version: the date of its latest change (ISO 8601). */
  version: string;
  /** Groups of words a reader may type for the same thing (content/search-aliases.yml). */
  searchAliases: string[][];
  /** Other instruments compared, participants, timeline. */
  context: EditionContext;
  /** Wording changed between a draft and the final text, as notes report it (issue 20). */
  redlines: Redline[];
  /** Each component's key facts, by component key (content/key-facts/<key>.yml). */
  keyFacts: Record<string, KeyFact[]>;
}

/** A short quote of a source, as one of a note's evidence gives it. */
export interface QuotedWords {
  quote: string;
  source: string;
  lang: string;
}

/**
 * A change of wording between a draft (as reported) and the final text, shown as a word-level
 * redline beside the note that reports it (content/redlines.yml). Without `final`, the passage
 * was dropped: `followedBy` gives the final text's words that come where it stood.
 */
export interface Redline {
  /** Also its anchor: #redline-<id>. */
  id: string;
  note: string;
  draft: QuotedWords;
  final?: QuotedWords;
  followedBy?: QuotedWords;
}

/* ---- Context (issue 14): other instruments compared, participants, timeline ---- */

/** A text written in every language of the edition. */
export type Localized = Record<Lang, string>;

/** A country (ISO 3166-1 alpha-2 code, upper case) or an organisation (its key, lower case). */
export type PartyCode = string;

export const organisations = ['eu', 'nato', 'g7', 'osce', 'un'] as const;
export type Organisation = (typeof organisations)[number];

/** Another security instrument, compared with the declaration's components (content/instruments.yml). */
export interface Instrument {
  id: string;
  /** The instrument's own title, in `language`. */
  title: string;
  /** Our short name for it, in every language. */
  shortTitle: Localized;
  /** ISO 8601: the day it was signed or adopted. */
  date: string;
  parties: PartyCode[];
  /** What kind of instrument it is (binding or not, ratified or not), in our words. */
  nature: Localized;
  /** The language of its text as quoted here. */
  language: string;
  /** Where its own government or organisation publishes it, when an official page was found. */
  officialUrl?: string;
  /** A source (id) holding a copy of the text, when no official page was found or read. */
  textCopy?: string;
  sources: Citation[];
}

/**
 * How strongly an instrument commits its parties on the subject of a component (issue 20), from
 * the strongest to none. `not-established` is where the sources read could not decide it. The
 * criteria of each level are the comparison page's method section (i18n: levelCriteria).
 */
export const commitmentLevels = ['obligation-to-act', 'commitment', 'possible-means', 'consult', 'no-commitment', 'silent', 'not-established'] as const;
export type CommitmentLevel = (typeof commitmentLevels)[number];

/** The words of a cell's evidence that decide its level, and the source that gives them. */
export interface LevelEvidence {
  quote: string;
  source: string;
  /** The language of the evidence the words are found in. */
  lang: string;
}

/** What one instrument says on the subject of one component (content/comparison/<key>.yml). */
export interface ComparisonCell {
  component: string;
  instrument: string;
  level: CommitmentLevel;
  /** Absent only for `not-established`. */
  levelEvidence?: LevelEvidence;
  /** The same deciding words in another authentic language of the instrument, shown in that edition. */
  authenticLevelEvidence: Partial<Record<Lang, LevelEvidence>>;
  /** A few of the instrument's words, as one of the cited sources gives them. */
  quote?: { text: string; lang: string; source: string };
  /** The same words in another authentic language of the instrument, shown in that edition (e.g. the French of the North Atlantic Treaty). */
  authenticQuotes: Partial<Record<Lang, { text: string; lang: string; source: string }>>;
  paraphrase: Localized;
  sources: Citation[];
}

/**
 * The declaration's own row of the matrix (content/comparison/declaration.yml): its level on each
 * component, from the article's wording and from the official text (as read, or as reported). The
 * two differ where the article's rendering changes what is committed: the matrix shows a range.
 */
export interface DeclarationLevel {
  component: string;
  /** The article's wording: `words` are words of the article's text of that component. */
  article: { level: CommitmentLevel; words: string };
  /** The official text, as read or as reported: `evidence` is words of the row's evidence. */
  official: { level: CommitmentLevel; evidence: LevelEvidence };
  paraphrase: Localized;
  sources: Citation[];
}

export const stances = ['commits', 'offers', 'conditions', 'refuses', 'states'] as const;
/** What a participant was reported to do about one matter. */
export type Stance = (typeof stances)[number];

export interface ParticipantPosition {
  stance: Stance;
  /** The components the position concerns. */
  components: string[];
  text: Localized;
  sources: Citation[];
}

/** A country or organisation and what it was reported to commit to or refuse (content/participants.yml). */
export interface Participant {
  code: PartyCode;
  kind: 'country' | 'organisation';
  /** The people its positions name (its speakers), as they write them: shown under its name, and
      part of its title in search results, so that a reader searching for a person finds the party. */
  people: Localized[];
  positions: ParticipantPosition[];
}

/** Who was reported taking part in the meeting of 6 January 2026 at one level (leaders, ministers…). */
export interface AttendanceGroup {
  id: string;
  label: Localized;
  /** The parties named at this level, in the order of the source; may be empty when they were not named. */
  parties: PartyCode[];
  /** The people its text names, as it writes them (see Participant.people). */
  people: Localized[];
  text: Localized;
  sources: Citation[];
}

/** A question on which reports conflict, with each side's reports, stated as conflicting. */
export interface ConflictingReports {
  id: string;
  question: Localized;
  sides: Array<{ answer: Localized; reports: Array<{ text: Localized; sources: Citation[] }> }>;
}

/** A dated event in the Coalition of the Willing's history (content/timeline.yml). */
export interface TimelineEvent {
  /** Also its anchor on the timeline page. */
  id: string;
  /** ISO 8601. */
  date: string;
  title: Localized;
  text: Localized;
  /** The components it concerns. */
  components: string[];
  sources: Citation[];
}

export interface EditionContext {
  instruments: Instrument[];
  /** In component order, then instrument order. */
  comparison: ComparisonCell[];
  /** The declaration's own row, in component order (empty without content/comparison/declaration.yml). */
  declarationLevels: DeclarationLevel[];
  attendance: AttendanceGroup[];
  participants: Participant[];
  conflicts: ConflictingReports[];
  /** In date order. */
  timeline: TimelineEvent[];
}
