// The facts digest: a pure function from the core's result (and the text) to what the facts
// panel shows — who, where, when, how many, who said what, what happened — already ordered,
// grouped and worded. No DOM here: the panel (facts.js) builds nodes from it and the HTML
// export (export/formats.js) builds an escaped string from it, so both say the same thing.
//
// Every item carries `start`/`end`, the stretch of text it points at (UTF-16 offsets), or
// `start: null` when the core gave no valid offsets: such an item is listed but not a link.
// `extra` holds further stretches worth highlighting with it (a quote's speaker, an event's
// counts).

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
  const roles = rolesOf(spans, entities, text);
  const mentioned = (e) => {
    const where = firstSpan.get(e.id) ?? range(e.first, e.first + String(e.name ?? '').length, text);
    return { id: String(e.id), name: String(e.name ?? ''), mentions: Number(e.mentions) || 0, link: e.link ? String(e.link) : null, ...where };
  };
  const byFirst = (label) => entities
    .filter((e) => e && e.label === label)
    .map((e) => ({ e, first: Number.isFinite(e.first) ? e.first : Infinity }))
    .sort((a, b) => a.first - b.first)
    .map(({ e }) => mentioned(e));

  const people = byFirst('PERSON').map((p) => ({ ...p, role: roles.get(p.id) ?? null }));
  const orgs = byFirst('ORG');
  const places = byFirst('PLACE');

  const casualties = list('casualties').map((c) => ({
    ...at(c),
    kind: str(c.kind) ?? 'casualties',
    count: num(c.count),
    qualifier: str(c.qualifier),
    who: str(c.who),
    line: casualtyLine(c),
  }));
  const inside = covering(casualties.filter((c) => c.start !== null));
  const quantities = list('quantities')
    .filter((q) => str(q.unit) && !NOT_A_HEADCOUNT.has(String(q.unit).toLowerCase()))
    .map((q) => ({ ...at(q), value: num(q.value), unit: str(q.unit), qualifier: str(q.qualifier), text: str(q.text) }))
    // A quantity inside a casualty ("at least 12 people" in "killing at least 12 people") is
    // already told by the casualty.
    .filter((q) => q.start === null || !inside(q))
    .map((q) => ({ ...q, line: [q.qualifier, q.value === null ? q.text : formatNumber(q.value), q.unit].filter(Boolean).join(' ') }));
  const money = list('money').map((m) => ({
    ...at(m),
    amount: num(m.amount),
    currency: str(m.currency),
    text: str(m.text),
    line: formatMoney(num(m.amount), str(m.currency)) ?? str(m.text) ?? '',
  }));

  const when = timeline(list('dates'), at, str(facts.reference_date));
  const quotes = bySpeaker(list('quotes'), at, text);
  const events = mergeEvents(list('events').map((ev) => {
    const counts = (Array.isArray(ev.counts) ? ev.counts : [])
      .filter((c) => c && str(c.kind))
      .map((c) => ({ kind: String(c.kind), count: num(c.count), ...range(c.start, c.end, text) }));
    return {
      ...at(ev),
      kind: str(ev.kind) ?? str(ev.text) ?? 'event',
      text: str(ev.text),
      place: str(ev.place),
      date: str(ev.date),
      dateLabel: ev.date ? formatDate(String(ev.date)).label : null,
      counts,
      extra: counts.filter((c) => c.start !== null).map(({ start, end }) => ({ start, end })),
      mentions: 1,
    };
  }));

  const out = {
    events,
    who: { people, orgs },
    where: places,
    when,
    howMany: { casualties, quantities, money },
    quotes,
  };
  out.facts = events.length + casualties.length + quantities.length + money.length +
    when.dates.reduce((n, d) => n + d.mentions.length, 0) + when.unresolved.length +
    quotes.reduce((n, s) => n + s.quotes.length, 0);
  out.empty = {
    events: events.length === 0,
    who: people.length + orgs.length === 0,
    where: places.length === 0,
    when: when.dates.length + when.unresolved.length === 0,
    howMany: casualties.length + quantities.length + money.length === 0,
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

/**
 * Roles from the spans alone: a TITLE span directly before a PERSON span (only spaces between,
 * on one line) gives that person the title — "Prime Minister Salim al-Rawi" → prime minister.
 * Titles side by side chain ("spokesman Colonel Karim Jabbar" → spokesman, colonel). Nothing
 * across punctuation: "the minister, Ali and Omar" must not make Ali a minister.
 */
function rolesOf(spans, entities, text) {
  const names = new Map(entities.filter((e) => e?.label === 'TITLE').map((e) => [e.id, String(e.name)]));
  const roles = new Map();
  const valid = spans.filter((s) => range(s?.start, s?.end, text).start !== null);
  for (let i = 0; i < valid.length; i++) {
    const person = valid[i];
    if (person.label !== 'PERSON' || !person.entity) continue;
    const titles = [];
    for (let j = i - 1, end = person.start; j >= 0; j--) {
      const t = valid[j];
      if (t.label !== 'TITLE' || !/^[ \t\u00a0]+$/.test(text.slice(t.end, end))) break;
      titles.unshift(names.get(t.entity) ?? text.slice(t.start, t.end).toLowerCase());
      end = t.start;
    }
    if (!titles.length) continue;
    const known = roles.get(person.entity) ?? [];
    for (const t of titles) if (!known.includes(t)) known.push(t);
    roles.set(person.entity, known);
  }
  return new Map([...roles].map(([id, list]) => [id, list.join(', ')]));
}

/**
 * A later mention of an event already listed — same kind and place, and nothing new (no date,
 * no counts): "The attack came two days after…" — is folded into the first, which counts it.
 */
function mergeEvents(events) {
  const out = [];
  const first = new Map(); // "kind\u0000place" → the first event listed with them
  for (const ev of events) {
    const key = `${ev.kind}\u0000${ev.place}`;
    const same = !ev.date && ev.counts.length === 0 && first.get(key);
    if (same) {
      same.mentions += 1;
      continue;
    }
    out.push(ev);
    if (!first.has(key)) first.set(key, ev);
  }
  return out;
}

// ---- dates ------------------------------------------------------------------------------

/**
 * The timeline: resolved dates grouped by value and sorted by the day they start on (a year
 * before its months, a month before its days); unresolved ones after, in text order.
 */
function timeline(dates, at, reference) {
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
    dates: sorted,
    unresolved,
  };
}

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
 * "killed at least 12 people"; without a count, "killed an unknown number of people" (or
 * "wounded, number not given" when the core names no one); a count of 0 ("no one was hurt"),
 * "wounded none".
 */
export function casualtyLine(c) {
  const count = num(c?.count);
  const kind = str(c?.kind) ?? 'casualties';
  const who = str(c?.who);
  if (count === 0) return `${kind} none`;
  if (count === null) return who ? `${kind} an unknown number of ${who}` : `${kind}, number not given`;
  return [kind, str(c?.qualifier), formatNumber(count), who].filter(Boolean).join(' ');
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
