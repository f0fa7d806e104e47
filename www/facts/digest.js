// The facts digest: a pure function from the core's result (and the text) to what the facts
// panel shows — who, where, when, how many, who said what, what happened — already ordered,
// grouped and worded. No DOM here: the panel (facts.js) builds nodes from it and the HTML
// export (export/formats.js) builds an escaped string from it, so both say the same thing.
//
// Every item carries `start`/`end`, the stretch of text it points at (UTF-16 offsets), or
// `start: null` when the core gave no valid offsets: such an item is listed but not a link.
// `extra` holds further stretches worth highlighting with it (a quote's speaker, an event's
// actor, target and counts).
//
// The language work is the core's: events come merged, worded and ordered (main story first,
// background apart), roles come read from the text. This file only picks, formats and groups
// what the core returned.

/** Section titles, in the order the panel shows them. */
export const SECTIONS = [
  { id: 'events', title: 'What happened' },
  { id: 'who', title: 'Who' },
  { id: 'where', title: 'Where' },
  { id: 'when', title: 'When' },
  { id: 'howMany', title: 'How many' },
  { id: 'quotes', title: 'Who said what' },
];

// Units that count time or repetitions, not people or things: "two days after", "shared
// 50,000 times" are not the "how many" a reader scans for.
const NOT_A_HEADCOUNT = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'time', 'times',
  'percent', 'per cent', '%',
]);

/**
 * @param {object} result the core's result: `{ spans, entities, facts }`
 * @param {string} text the annotated text
 */
export function digest(result, text) {
  const spans = Array.isArray(result?.spans) ? result.spans : [];
  const entities = Array.isArray(result?.entities) ? result.entities : [];
  const facts = result?.facts && typeof result.facts === 'object' ? result.facts : {};
  const list = (key) => (Array.isArray(facts[key]) ? facts[key].filter((f) => f && typeof f === 'object') : []);
  const at = (item) => range(item?.start, item?.end, text);

  const firstSpan = firstMentions(spans, text);
  const roles = rolesOf(list('roles'));
  const mentioned = (e) => {
    const where = firstSpan.get(e.id) ?? range(e.first, e.first + String(e.name ?? '').length, text);
    return { id: String(e.id), name: String(e.name ?? ''), mentions: Number(e.mentions) || 0, link: e.link ? String(e.link) : null, ...where };
  };
  const byFirst = (label) => entities
    .filter((e) => e && e.label === label)
    .map((e) => ({ e, first: Number.isFinite(e.first) ? e.first : Infinity }))
    .sort((a, b) => a.first - b.first)
    .map(({ e }) => mentioned(e));

  const people = byFirst('PERSON').map((p) => ({ ...p, role: roles.get(p.name) ?? null }));
  const orgs = byFirst('ORG');
  const places = byFirst('PLACE');

  const allEvents = list('events').map((ev) => eventItem(ev, text));
  const events = allEvents.filter((ev) => !ev.background);
  const background = allEvents.filter((ev) => ev.background);

  // How many: the counts the core gave to events, each once; then the casualties and counted
  // groups of no event. Left out: those inside a quotation (a speaker's claim, listed with the
  // quote) and those of a group an event already counts ("100s of protesters" in an embedded
  // post beside the article's "nearly 200").
  const counted = events.concat(background).flatMap((ev) => ev.counts.map((c) => ({ ...c, event: ev.line })));
  const countedAt = new Set(counted.filter((c) => c.start !== null).map((c) => `${c.start}-${c.end}`));
  const countedGroups = new Set(counted.map((c) => c.kind.toLowerCase()));
  const quoted = covering(list('quotes').map((q) => range(q.start, q.end, text)).filter((r) => r.start !== null));
  const unattached = (item, group) => item.start === null ||
    (!countedAt.has(`${item.start}-${item.end}`) && !quoted(item) && !countedGroups.has(String(group ?? '').toLowerCase()));
  const allCasualties = list('casualties').map((c) => ({
    ...at(c),
    kind: str(c.kind) ?? 'casualties',
    count: num(c.count),
    qualifier: str(c.qualifier),
    who: str(c.who),
    line: casualtyLine(c),
  }));
  const casualties = allCasualties.filter((c) => unattached(c, c.kind));
  const inside = covering(allCasualties.filter((c) => c.start !== null));
  const quantities = list('quantities')
    .filter((q) => str(q.unit) && !NOT_A_HEADCOUNT.has(String(q.unit).toLowerCase()))
    .map((q) => ({ ...at(q), value: num(q.value), magnitude: str(q.magnitude), unit: str(q.unit), qualifier: str(q.qualifier), text: str(q.text) }))
    // A quantity inside a casualty ("at least 12 people" in "killing at least 12 people") is
    // already told by the casualty.
    .filter((q) => q.start === null || !inside(q))
    .filter((q) => unattached(q, q.unit))
    .map((q) => ({ ...q, line: quantityLine(q) }));
  const money = list('money').map((m) => ({
    ...at(m),
    amount: num(m.amount),
    currency: str(m.currency),
    text: str(m.text),
    line: formatMoney(num(m.amount), str(m.currency)) ?? str(m.text) ?? '',
  }));

  const when = timeline(list('dates'), at, str(facts.reference_date), str(facts.reference_evidence));
  const quotes = bySpeaker(list('quotes'), at, text);

  const out = {
    events,
    background,
    who: { people, orgs },
    where: places,
    when,
    howMany: { counted, casualties, quantities, money },
    quotes,
  };
  out.facts = events.length + background.length + counted.length + casualties.length + quantities.length + money.length +
    when.dates.reduce((n, d) => n + d.mentions.length, 0) + when.unresolved.length +
    quotes.reduce((n, s) => n + s.quotes.length, 0);
  out.empty = {
    events: events.length + background.length === 0,
    who: people.length + orgs.length === 0,
    where: places.length === 0,
    when: when.dates.length + when.unresolved.length === 0,
    howMany: counted.length + casualties.length + quantities.length + money.length === 0,
    quotes: quotes.length === 0,
  };
  return out;
}

/**
 * A test of whether a range lies inside one of `ranges`, answered by binary search: the
 * ranges sorted by start, with the furthest end reached so far, so a megabyte's thousands of
 * quantities and casualties cost n log n, not n².
 */
function covering(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const reach = [];
  for (const r of sorted) reach.push(Math.max(r.end, reach.length ? reach[reach.length - 1] : -1));
  return ({ start, end }) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] >= end;
  };
}

// ---- entities ---------------------------------------------------------------------------

/** entity id → the range of its first span (the entity's `first` gives only the start). */
function firstMentions(spans, text) {
  const out = new Map();
  for (const s of spans) {
    if (!s?.entity || out.has(s.entity)) continue;
    const r = range(s.start, s.end, text);
    if (r.start !== null) out.set(s.entity, r);
  }
  return out;
}

/** person's canonical name → their roles, as the core read them, joined ("spokesman, colonel"). */
function rolesOf(roles) {
  const out = new Map();
  for (const r of roles) {
    const person = str(r.person);
    const role = str(r.role);
    if (!person || !role) continue;
    const known = out.get(person) ?? [];
    if (!known.includes(role)) known.push(role);
    out.set(person, known);
  }
  return new Map([...out].map(([person, list]) => [person, list.join(', ')]));
}

// ---- events -----------------------------------------------------------------------------

const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night', 'midday'];

/**
 * One event as the panel lists it: the core's one-line summary, its date ("Thu 27 Jun 2019,
 * night"; the weekday as written when the text does not place it), its counts, and the
 * stretches to light up with it (actor, target, counts).
 */
function eventItem(ev, text) {
  const counts = (Array.isArray(ev.counts) ? ev.counts : [])
    .filter((c) => c && str(c.kind))
    .map((c) => ({ kind: String(c.kind), count: num(c.count), label: str(c.label) ?? String(c.kind), ...range(c.start, c.end, text) }));
  const written = str(ev.date_text);
  const part = written && DAY_PARTS.find((p) => written.toLowerCase().split(/\s+/).includes(p));
  const resolved = str(ev.date) ? formatDate(String(ev.date)) : null;
  const dateLabel = resolved ? [resolved.label, part].filter(Boolean).join(', ') : written;
  const participants = [ev.actor, ev.target]
    .filter((p) => p && typeof p === 'object')
    .map((p) => range(p.start, p.end, text));
  const mentions = Array.isArray(ev.mentions) ? ev.mentions.length : 1;
  return {
    ...range(ev.start, ev.end, text),
    kind: str(ev.kind) ?? 'event',
    line: str(ev.summary) ?? str(ev.kind) ?? 'event',
    text: str(ev.text),
    place: str(ev.place),
    date: str(ev.date),
    dateLabel,
    datePlaced: resolved !== null,
    counts,
    meta: [dateLabel, ...counts.map((c) => c.label)].filter(Boolean).join(' · '),
    extra: [...participants, ...counts].filter((r) => r.start !== null).map(({ start, end }) => ({ start, end })),
    mentions: Math.max(1, mentions),
    main: ev.main === true,
    background: ev.background === true,
  };
}

// ---- dates ------------------------------------------------------------------------------

/**
 * The timeline: resolved dates grouped by value and sorted by the day they start on (a year
 * before its months, a month before its days); unresolved ones after, in text order.
 */
function timeline(dates, at, reference, evidence) {
  const groups = new Map();
  const unresolved = [];
  for (const d of dates) {
    const mention = { ...at(d), text: str(d.text) };
    const value = str(d.value);
    const parsed = value ? formatDate(value) : null;
    if (!parsed || parsed.key === null) {
      unresolved.push({ ...mention, value });
      continue;
    }
    if (!groups.has(value)) groups.set(value, { value, ...parsed, mentions: [] });
    groups.get(value).mentions.push(mention);
  }
  const sorted = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key) || a.grain - b.grain);
  for (const g of sorted) g.reference = g.value === reference;
  return {
    reference,
    referenceLabel: reference ? formatDate(reference).label : null,
    // What the reference is: the day of publication, the latest date of the text, or that of
    // an embedded post (weak evidence, said so beside it).
    referenceNote: REFERENCE_NOTES[evidence] ?? null,
    dates: sorted,
    unresolved,
  };
}

const REFERENCE_NOTES = {
  publication: 'published',
  text: 'latest date in the text',
  embedded: 'date of an embedded post; weak evidence',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * Reads an ISO date, month, year or week ("2023-03-14", "2023-03", "2023", "2023-W11").
 * Returns `{ label, key, grain }`: a reader's label ("Tue 14 Mar 2023"), a sort key (the first
 * day it covers, "yyyy-mm-dd") and its grain (0 year, 1 month, 2 week, 3 day); an unknown
 * shape keeps its text as the label and has `key: null`.
 */
export function formatDate(value) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (day.getUTCMonth() !== +m[2] - 1) return { label: value, key: null, grain: 3 };
    return { label: `${DAYS[day.getUTCDay()]} ${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`, key: value, grain: 3 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { label: `${MONTHS[+m[2] - 1]} ${m[1]}`, key: `${value}-01`, grain: 1 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { label: value, key: `${value}-01-01`, grain: 0 };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 53) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return { label: `Week ${+m[2]}, ${m[1]}`, key: monday.toISOString().slice(0, 10), grain: 2 };
  }
  return { label: value, key: null, grain: 4 };
}

// ---- quotes -----------------------------------------------------------------------------

/** Quotes grouped by speaker, speakers in the order of their first quote, unattributed last. */
function bySpeaker(quotes, at, text) {
  const groups = new Map();
  for (const q of quotes) {
    const speaker = str(q.speaker);
    const key = speaker ?? '';
    if (!groups.has(key)) groups.set(key, { speaker, quotes: [] });
    const who = range(q.speaker_start, q.speaker_end, text);
    groups.get(key).quotes.push({
      ...at(q),
      text: str(q.text) ?? '',
      extra: who.start === null ? [] : [who],
    });
  }
  const named = [...groups.values()].filter((g) => g.speaker !== null);
  const anonymous = groups.get('');
  return anonymous ? [...named, anonymous] : named;
}

// ---- wording ----------------------------------------------------------------------------

/**
 * "killed at least 12 people"; with a magnitude, "evacuated hundreds of residents"; without a
 * count, "killed an unknown number of people" (or
 * "wounded, number not given" when the core names no one); a count of 0 ("no one was hurt"),
 * "wounded none".
 */
export function casualtyLine(c) {
  const count = num(c?.count);
  const kind = str(c?.kind) ?? 'casualties';
  const who = str(c?.who);
  const magnitude = str(c?.magnitude);
  if (count === 0) return `${kind} none`;
  if (count === null && magnitude) return [kind, magnitude, who && `of ${who}`].filter(Boolean).join(' ');
  if (count === null) return who ? `${kind} an unknown number of ${who}` : `${kind}, number not given`;
  return [kind, str(c?.qualifier), formatNumber(count), who].filter(Boolean).join(' ');
}

/** "nearly 200 protesters"; a magnitude as written, "hundreds of protesters", never a number. */
function quantityLine(q) {
  if (q.value === null) return [q.magnitude ?? q.text, q.unit && `of ${q.unit}`].filter(Boolean).join(' ');
  return [q.qualifier, formatNumber(q.value), q.unit].filter(Boolean).join(' ');
}

// Number formats are costly to build and the panel formats thousands of numbers: built once.
const PLAIN = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const IN_WORDS = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
const SYMBOLS = new Map();

/** 12 → "12", 50000 → "50,000", 2.5 → "2.5". */
export function formatNumber(n) {
  return PLAIN.format(n);
}

/**
 * 2.5e9 USD → "$2.5 billion", 4e8 EUR → "€400 million", 1500 GBP → "£1,500"; a currency written as letters goes after
 * the number ("2 billion IQD"), as does an unknown currency code.
 */
export function formatMoney(amount, currency) {
  if (amount === null) return null;
  // Millions and up in words ("2.5 billion"); smaller sums in full ("1,500").
  const number = (Math.abs(amount) >= 1e6 ? IN_WORDS : PLAIN).format(amount);
  if (!currency) return number;
  if (!SYMBOLS.has(currency)) {
    let symbol = currency;
    try {
      symbol = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency;
    } catch {
      // Not a currency code Intl knows: keep the code.
    }
    SYMBOLS.set(currency, symbol);
  }
  const symbol = SYMBOLS.get(currency);
  return /^\p{L}{2,}$/u.test(symbol) ? `${number} ${currency}` : `${symbol}${number}`;
}

// ---- reading the core's values defensively ----------------------------------------------

function range(start, end, text) {
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  return ok ? { start, end } : { start: null, end: null };
}

function str(v) {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function num(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
