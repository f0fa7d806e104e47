// Types of the article annotator's WebAssembly core. Every offset is a UTF-16 code unit
// (a JavaScript string index): `text.slice(span.start, span.end) === span.text`.

/** What a span is: a built-in label, or a custom label a dictionary names. */
export type Label = BuiltInLabel | CustomLabel;

/** The labels the annotator knows without a dictionary. */
export type BuiltInLabel =
  | 'PLACE'
  | 'NATIONALITY'
  | 'ORG'
  | 'PERSON'
  | 'TITLE'
  | 'DATE'
  | 'MONEY'
  | 'NUMBER'
  | 'KEYWORD';

/**
 * A label of the user's own, named in a dictionary's LABEL column: capitals, digits and `_`,
 * starting with a letter, at most 24 characters (`'WEAPON'`, `'AID_GROUP'`).
 */
export type CustomLabel = string & {};

/** The result of annotating one text. */
export interface Annotation {
  /** The unit every offset counts in: always "utf16" here. */
  offsets: 'utf16';
  /** Highlighted spans, sorted by start, never overlapping. */
  spans: Span[];
  /**
   * Places and people named inside a highlighted organisation or title ("Baghdad" in "the US
   * Embassy in Baghdad"): a second layer, sorted, never overlapping each other, each inside one
   * span; not counted as mentions.
   */
  nested: Span[];
  /**
   * The custom labels the annotator's dictionary names, in order of first appearance, whether
   * or not this text has them; absent when it names none.
   */
  custom_labels?: CustomLabel[];
  /** The entities the spans name, in order of first mention. */
  entities: Entity[];
  /** Facts extracted from the text. */
  facts: Facts;
  /** The sentences of the text, in order. */
  sentences: Sentence[];
}

/** One highlighted stretch of text. */
export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  label: Label;
  /** The text as it stands in the input. */
  text: string;
  /** The {@link Entity.id} this span names; null for dates, numbers and money. */
  entity: string | null;
}

/** A distinct entity, with every surface form it was mentioned by. */
export interface Entity {
  /** A stable identifier: the source data's ("iso:IQ") or one made from label and name. */
  id: string;
  /** The canonical name. */
  name: string;
  label: Label;
  /** How many spans name it. */
  mentions: number;
  /** The distinct surface forms that named it, in order of appearance. */
  aliases: string[];
  /** The canonical name of a related entity (a nationality's country), if any. */
  link: string | null;
  /** Where it is first mentioned. */
  first: number;
}

/** One sentence of the text. */
export interface Sentence {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Everything the fact extractors found. */
export interface Facts {
  /** The date relative dates were resolved against (ISO 8601), if the text gives one. */
  reference_date: string | null;
  /** What the reference date is: the day of publication, the latest date of the text, or that
   * of embedded material (a post's signature line). */
  reference_evidence: 'publication' | 'text' | 'embedded' | null;
  dates: DateFact[];
  quantities: Quantity[];
  casualties: Casualty[];
  money: Money[];
  quotes: Quote[];
  /** The roles of the people named, from the titles beside their names. */
  roles: Role[];
  /** Events, one per real-world event: the main one first, background ones last. */
  events: Event[];
}

/** A date, absolute or relative. */
export interface DateFact {
  start: number;
  end: number;
  /** The date as written. */
  text: string;
  /** ISO 8601 at the precision written ("2019-06-27", "2019-12", "2019-W52", "2003"), or null
   * when it depends on a reference date the article does not give (or gives too weakly). */
  value: string | null;
  /** Whether this is the article's publication date (a metadata line or a dateline). */
  publication: boolean;
}

/** A number and what it counts. */
export interface Quantity {
  start: number;
  end: number;
  /** The qualifier and number as written ("at least 25"). */
  text: string;
  /** The number; null for vague plurals ("hundreds of"), which give a magnitude instead. */
  value: number | null;
  /** The magnitude of a vague plural ("hundreds", "tens of thousands"), as written. */
  magnitude: string | null;
  /** The counted noun or unit ("fighters", "percent"), if one follows. */
  unit: string | null;
  /** "at least", "nearly", "more than", …, if any. */
  qualifier: string | null;
}

/** What happened to people. */
export type CasualtyKind =
  | 'killed'
  | 'wounded'
  | 'detained'
  | 'arrested'
  | 'missing'
  | 'evacuated'
  | 'kidnapped';

/** Killed, wounded, detained, … and how many. */
export interface Casualty {
  /** Start of the clause. */
  start: number;
  end: number;
  kind: CasualtyKind;
  /** How many; null for vague counts ("several", "hundreds of"). */
  count: number | null;
  /** The magnitude of a vague plural count ("hundreds"), as the text gives it. */
  magnitude: string | null;
  qualifier: string | null;
  /** Who, as the counted noun ("fighters"), if the text says. */
  who: string | null;
}

/** A sum of money. */
export interface Money {
  start: number;
  end: number;
  /** The sum as written. */
  text: string;
  /** The amount in units of the currency. */
  amount: number;
  /** The ISO 4217 currency code. */
  currency: string;
}

/** A quotation and its speaker. */
export interface Quote {
  /** Start of the quoted words, inside the marks. */
  start: number;
  end: number;
  /** The quoted words. */
  text: string;
  /** The canonical name of the speaker, if the text names one. */
  speaker: string | null;
  /** Where the speaker's name stands in the text. */
  speaker_start: number | null;
  speaker_end: number | null;
}

/** A person's role ("prime minister"), from a title beside their name. */
export interface Role {
  /** The canonical name of the person. */
  person: string;
  /** The title's canonical name ("foreign minister"). */
  role: string;
  /** Where the title and name stand. */
  start: number;
  end: number;
}

/** What kind of event (a closed list). */
export type EventKind =
  | 'attack' | 'storming' | 'protest' | 'air strike' | 'rocket attack' | 'shelling' | 'bombing'
  | 'explosion' | 'shooting' | 'raid' | 'clash' | 'invasion' | 'arrest' | 'killing' | 'recall'
  | 'condemnation' | 'sanctions' | 'boycott' | 'coup';

/** One real-world event, with all its mentions. */
export interface Event {
  /** Start of the event word of the mention the summary is read from. */
  start: number;
  end: number;
  kind: EventKind;
  /** The event word as written there ("stormed"). */
  text: string;
  /** One line a reader can check against the text. */
  summary: string;
  /** Who did it. */
  actor: Participant | null;
  /** What or whom it hit or concerned. */
  target: Participant | null;
  /** The canonical name of the place where it happened. */
  place: string | null;
  /** The date it happened (ISO 8601), when the text gives it and it resolves. */
  date: string | null;
  /** That date as written ("Thursday night"), also when it does not resolve. */
  date_text: string | null;
  /** Casualties and counted groups, one per kind and group. */
  counts: EventCount[];
  /** Every mention of the event, in text order: its event word. */
  mentions: EventMention[];
  /** Whether the event is background to the story ("the US-led invasion of 2003"). */
  background: boolean;
  /** Whether this is the story's main event (listed first). */
  main: boolean;
}

/** Who did an event, or what it hit. */
export interface Participant {
  /** The phrase as written ("the Bahraini embassy compound"). */
  text: string;
  /** The canonical name of the entity the phrase stands for, if any. */
  name: string | null;
  start: number;
  end: number;
}

/** Where an event is mentioned. */
export interface EventMention {
  start: number;
  end: number;
}

/** A count within an event. */
export interface EventCount {
  /** A casualty kind ("killed") or the counted noun ("protesters"). */
  kind: string;
  /** How many; null when the text gives a magnitude or nothing exact. */
  count: number | null;
  /** The magnitude the text gives instead of a number ("hundreds"). */
  magnitude: string | null;
  /** How the count reads: "25 protesters detained", "none hurt". */
  label: string;
  /** Where the counted fact stands. */
  start: number;
  end: number;
}

/** Anything `init` can load the WebAssembly module from. */
export type InitSource =
  | string
  | URL
  | Request
  | Response
  | BufferSource
  | WebAssembly.Module
  | Promise<Response | BufferSource>;

/**
 * Loads and instantiates the WebAssembly core; await it once before building an Annotator.
 * Later calls return the same promise. By default the module is fetched from
 * `annotator_bg.wasm` next to the package's `index.js`; in Node.js pass its bytes.
 */
export function init(source?: InitSource): Promise<void>;

/** Annotates texts with one compiled gazetteer. Build it once, reuse it for every text. */
export class Annotator {
  /** Builds the annotator over the default gazetteer (a few hundred milliseconds). */
  constructor();
  /** Builds over the core tier of the default gazetteer (no regions and cities): quick, for a
   * first annotation while the full one builds. */
  static core(): Annotator;
  /** Builds over the default gazetteer plus a custom dictionary (TSV: LABEL, name, then
   * optionally aliases, flags, id, link) whose readings win; throws an Error naming the bad
   * line. */
  static withDictionary(tsv: string): Annotator;
  /** Annotates `text`; throws an Error with the core's message if it cannot (a text over
   * 16 MiB). */
  annotate(text: string): Annotation;
  /** Frees the annotator's memory in the WebAssembly heap now rather than at garbage
   * collection. */
  free(): void;
}
