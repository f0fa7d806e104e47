// Types of the article annotator's WebAssembly core. Every offset is a UTF-16 code unit
// (a JavaScript string index): `text.slice(span.start, span.end) === span.text`.

/** What a span is. */
export type Label =
  | 'PLACE'
  | 'NATIONALITY'
  | 'ORG'
  | 'PERSON'
  | 'TITLE'
  | 'DATE'
  | 'MONEY'
  | 'NUMBER'
  | 'KEYWORD';

/** The result of annotating one text. */
export interface Annotation {
  /** The unit every offset counts in: always "utf16" here. */
  offsets: 'utf16';
  /** Highlighted spans, sorted by start, never overlapping. */
  spans: Span[];
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
  dates: DateFact[];
  quantities: Quantity[];
  casualties: Casualty[];
  money: Money[];
  quotes: Quote[];
  events: Event[];
}

/** A date, absolute or relative. */
export interface DateFact {
  start: number;
  end: number;
  /** The date as written. */
  text: string;
  /** ISO 8601 at the precision written ("2019-06-27", "2019-12", "2019-W52", "2003"), or null
   * when it depends on a reference date the article does not give. */
  value: string | null;
}

/** A number and what it counts. */
export interface Quantity {
  start: number;
  end: number;
  /** The qualifier and number as written ("at least 25"). */
  text: string;
  /** The number; for vague plurals ("hundreds of") the least it can mean. */
  value: number;
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
  /** How many; null for vague counts ("several"). */
  count: number | null;
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

/** An event keyword with the place, date and counts of its sentence. */
export interface Event {
  /** Start of the keyword. */
  start: number;
  end: number;
  /** The canonical name of the keyword ("air strike"). */
  kind: string;
  /** The keyword as written ("air strikes"). */
  text: string;
  /** The canonical name of the place, if the sentence names one. */
  place: string | null;
  /** The date of the sentence: its ISO value, or its text when it has none. */
  date: string | null;
  /** Casualties, and other counted things, of the sentence. */
  counts: EventCount[];
}

/** A count within an event. */
export interface EventCount {
  /** A casualty kind ("killed") or the counted noun ("protesters"). */
  kind: string;
  /** How many; null when the text is vague. */
  count: number | null;
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
