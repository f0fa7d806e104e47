//! Dates: absolute ones in the common news forms, and relative ones ("Sunday", "yesterday",
//! "last week", "a year ago") resolved against the article's reference date.
//!
//! Forms read: `2019-12-31`; `June 27, 2019`, `Dec. 31, 2019`, `Dec 31`, `June 27th`;
//! `27 June 2019`, `27 June`; `December 2019`; a bare year `2003` only in year context (after
//! "in", "since", "of", … or in a list of years), so "killed 2003 people" is a count; a bare
//! month after such a word ("in June"); weekdays, with "night", "morning", … after them and
//! "last"/"next" before; `yesterday`, `today`, `tonight`, `tomorrow`, `last night`;
//! `last`/`this`/`next` week, month or year; `N days|weeks|months|years ago`.
//!
//! **Values** are ISO 8601 at the precision written: `2019-06-27`, `2019-12`, `2003`, and ISO
//! weeks (`2019-W52`) for "last week" and "two weeks ago". A month and day without a year take
//! the year that puts them closest to the reference date, so "Dec. 31" in an article dated
//! 2020-01-01 is 2019-12-31. Without a reference date, relative dates have a null value: the
//! clock of the machine reading the article says nothing about when it was written.
//!
//! **The reference date** comes from the strongest evidence the text gives ([`Evidence`]):
//! 1. *publication*: a leading metadata line (`date 2020-01-01`), a date standing alone on one
//!    of the first lines ("Friday, July 21, 2017") or a dateline ("BAGHDAD, Jan. 1 (Reuters)
//!    -", its year taken from the latest year written in the text). This is when the article
//!    was written, so it is never itself the date of an event the article reports;
//! 2. *text*: otherwise the chronologically latest full date of the running text;
//! 3. *embedded*: otherwise the latest full date of embedded material, a line that carries a
//!    post's signature ("— Name (@handle) June 27, 2019", "pic.twitter.com/…"). The post was
//!    written around the story, but it is not the story's own date.
//!
//! A full date inside a quotation (“… on March 4, 2020 …”) is what someone said, not evidence of
//! when the story happens, and is never a reference.
//!
//! **Weekdays** ("on Friday", "Thursday night") resolve by the evidence:
//! - against a *publication* date, in the direction the tense of their clause says: future or
//!   planned ("will", "is due to", "scheduled", "ahead of") the first such day on or after the
//!   reference, otherwise (news reports the past) the most recent on or before it; "last
//!   Friday" is the one before that, "next Friday" the first after the reference;
//! - against a date written in the *text* or in *embedded* material, to the nearest such day
//!   (three days either side). That date is when something in the story happened, which may be
//!   before or after the weekday; the nearest day keeps the text's own order ("stormed
//!   Thursday night … on Friday denounced" near a Thursday is Thursday then the day after).
//!   "Last Friday" and "next Friday" need the day of writing and stay unresolved;
//! - with no reference, unresolved: a weekday left as written is better than a wrong date.
//!
//! Other relative words ("yesterday", "last week", "two days ago") count from the day of
//! writing: they resolve against a publication or text date, and against embedded material
//! only at the grain of a year ("a year ago"), which a few days' doubt does not change.

use super::civil::{month_named, weekday_named, CivilDate};
use super::ranges::Claimed;
use super::tokens::{glued, Token, Tokens};
use serde::Serialize;

/// Where the reference date comes from, strongest first (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    /// A metadata line, a date alone on a first line, or a dateline: the day of writing.
    Publication,
    /// The latest full date of the running text.
    Text,
    /// The latest full date of embedded material (a post's signature line).
    Embedded,
}

/// The date relative dates are resolved against, and how strong the evidence for it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    pub date: CivilDate,
    pub evidence: Evidence,
}

/// A date found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateFact {
    /// Start byte offset (converted to the output unit on the way out).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The date as written.
    pub text: String,
    /// ISO 8601 at the precision written ("2019-06-27", "2019-12", "2019-W52", "2003"), or
    /// null when it depends on a reference date the article does not give (or gives too weakly).
    pub value: Option<String>,
    /// Whether this is the article's publication date (a metadata line or a dateline): the day
    /// of writing, never the date of an event the article reports.
    pub publication: bool,
}

/// What a date expression says, before it is resolved against the reference date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum When {
    Day(CivilDate),
    Month {
        year: i32,
        month: u32,
    },
    Year(i32),
    /// A month and day without a year.
    MonthDay {
        month: u32,
        day: u32,
    },
    /// A month without a year ("in June").
    MonthOnly(u32),
    /// A weekday: as the tense says (`step` 0), the one before the most recent ("last", -1)
    /// or the first after the reference ("next", 1).
    Weekday {
        day: u32,
        step: i64,
        future: bool,
    },
    Days(i64),
    Weeks(i64),
    Months(i64),
    Years(i64),
}

/// A date expression over tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
struct Found {
    first: usize,
    last: usize,
    when: When,
}

/// Words after which a four-digit number reads as a year.
const YEAR_CONTEXT: [&str; 21] = [
    "in", "since", "of", "until", "till", "by", "from", "to", "before", "after", "during",
    "between", "through", "year", "early", "late", "mid", "around", "circa", "summer", "winter",
];

/// Words after which a bare month name reads as a date ("in June").
const MONTH_CONTEXT: [&str; 13] = [
    "in", "since", "of", "until", "till", "by", "from", "before", "after", "during", "early",
    "late", "mid",
];

/// Parts of the day that may follow a weekday ("Thursday night").
const DAY_PARTS: [&str; 5] = ["night", "morning", "afternoon", "evening", "midday"];

/// Words that put a weekday in the future or in a plan ("will meet on Friday").
const FUTURE_CUES: [&str; 12] = [
    "will",
    "shall",
    "ll",
    "due",
    "scheduled",
    "planned",
    "plans",
    "expected",
    "upcoming",
    "ahead",
    "until",
    "tomorrow",
];

/// Finds the dates of `text` and the reference date they were resolved against, given the
/// text's quotation marks ([`super::quotes::quotation_marks`]) and its lines of embedded material
/// ([`embedded_lines`]), which the caller reads once for every extractor.
pub(crate) fn extract(
    text: &str,
    tokens: &Tokens<'_>,
    quotations: &[(usize, usize)],
    embedded: &[(usize, usize)],
) -> (Vec<DateFact>, Option<Reference>) {
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match date_at(tokens, i, found.last()) {
            Some(f) => {
                i = f.last + 1;
                found.push(f);
            }
            None => i += 1,
        }
    }
    let (reference, publication) = reference_date(text, tokens, &found, quotations, embedded);
    let facts = found
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let (start, end) = (tokens[f.first].start, tokens[f.last].end);
            DateFact {
                start,
                end,
                text: text[start..end].to_string(),
                value: resolve(f.when, reference),
                publication: publication == Some(k),
            }
        })
        .collect();
    (facts, reference)
}

/// Whether the clause around token `i` speaks of the future or of a plan: a cue among the
/// few words before it, back to the last punctuation mark.
fn future_tense(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take(8)
        .take_while(|t| !matches!(t.text, "." | ";" | "!" | "?" | "," | "“" | "”" | "\""))
        .any(|t| t.is_any(&FUTURE_CUES))
}

/// The date expression starting at token `i`, if any. `previous` is the last one found, for
/// lists of years ("in 2004, 2009 and 2010").
fn date_at(tokens: &Tokens<'_>, i: usize, previous: Option<&Found>) -> Option<Found> {
    let t = &tokens[i];
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word());
    let found = |last: usize, when: When| {
        Some(Found {
            first: i,
            last,
            when,
        })
    };
    if t.is_digits() {
        return iso_date(tokens, i)
            .or_else(|| day_month(tokens, i))
            .or_else(|| ago(tokens, i))
            .or_else(|| lone_year(tokens, i, previous));
    }
    if !t.is_word() {
        return None;
    }
    if t.is_capitalised() {
        if let Some(month) = month_named(t.text) {
            return month_first(tokens, i, month);
        }
    }
    if let Some(day) = weekday_named(t.text) {
        let last = word(i + 1)
            .filter(|w| w.is_any(&DAY_PARTS))
            .map_or(i, |_| i + 1);
        let future = future_tense(tokens, i);
        return found(
            last,
            When::Weekday {
                day,
                step: 0,
                future,
            },
        );
    }
    // Words are compared ignoring case rather than lower-cased first: this line is reached for
    // most words of the text, and the lower-cased copy was an allocation each time.
    let step = if t.is_any(&["last", "past"]) {
        Some(-1)
    } else if t.is("this") {
        Some(0)
    } else if t.is("next") {
        Some(1)
    } else {
        None
    };
    if let (Some(step), Some(next)) = (step, tokens.get(i + 1)) {
        if let Some(day) = weekday_named(next.text).filter(|_| !t.is("this")) {
            let future = step > 0;
            return found(i + 1, When::Weekday { day, step, future });
        }
        if t.is("past") {
            return None; // "the past week" is a stretch of time, not a date
        }
        let when = match next.text.to_ascii_lowercase().as_str() {
            "week" => When::Weeks(step),
            "month" => When::Months(step),
            "year" => When::Years(step),
            "night" if t.is("last") => When::Days(-1),
            _ => return None,
        };
        return found(i + 1, when);
    }
    let days = if t.is("yesterday") {
        -1
    } else if t.is_any(&["today", "tonight"]) {
        0
    } else if t.is("tomorrow") {
        1
    } else {
        return ago(tokens, i);
    };
    found(i, When::Days(days))
}

/// `2019-12-31`.
fn iso_date(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let parts = tokens.get(i..i + 5)?;
    let all_glued = parts.windows(2).all(|w| glued(&w[0], &w[1]));
    if !all_glued || parts[1].text != "-" || parts[3].text != "-" || parts[0].text.len() != 4 {
        return None;
    }
    let iso = format!("{}-{}-{}", parts[0].text, parts[2].text, parts[4].text);
    let day = CivilDate::parse_iso(&iso)?;
    Some(Found {
        first: i,
        last: i + 4,
        when: When::Day(day),
    })
}

/// A day of the month at token `i` ("27", "27th"), and the index of its last token.
fn day_number(tokens: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let t = tokens.get(i)?;
    if !t.is_digits() || t.text.len() > 2 {
        return None;
    }
    let day: u32 = t.text.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    match tokens.get(i + 1) {
        Some(s) if glued(t, s) && s.is_any(&["st", "nd", "rd", "th"]) => Some((day, i + 1)),
        Some(s) if glued(t, s) && (s.is_word() || s.is_digits()) => None,
        _ => Some((day, i)),
    }
}

/// A plausible year at token `i` ("2019"), 1900 to 2099, standing alone.
fn year_number(tokens: &[Token<'_>], i: usize) -> Option<i32> {
    let t = tokens.get(i)?;
    let year: i32 = t.text.parse().ok().filter(|_| t.text.len() == 4)?;
    let alone = tokens
        .get(i + 1)
        .is_none_or(|n| !glued(t, n) || !n.is_word());
    ((1900..=2099).contains(&year) && alone).then_some(year)
}

/// The token index after a month name and its optional abbreviation period.
fn after_month(tokens: &[Token<'_>], i: usize) -> usize {
    match tokens.get(i + 1) {
        Some(p) if p.text == "." && glued(&tokens[i], p) => i + 2,
        _ => i + 1,
    }
}

/// A year after a date, optionally behind a comma: the year and its token index.
fn trailing_year(tokens: &[Token<'_>], i: usize) -> Option<(i32, usize)> {
    let at = if tokens.get(i).is_some_and(|t| t.text == ",") {
        i + 1
    } else {
        i
    };
    year_number(tokens, at).map(|y| (y, at))
}

/// A date that opens with a month: "June 27, 2019", "Dec. 31", "December 2019", "in June".
fn month_first(tokens: &[Token<'_>], i: usize, month: u32) -> Option<Found> {
    let full_name = tokens[i].text.len() > 3 || tokens[i].text == "May";
    let next = after_month(tokens, i);
    let found = |last: usize, when: When| {
        Some(Found {
            first: i,
            last,
            when,
        })
    };
    if let Some((day, day_last)) = day_number(tokens, next) {
        return match trailing_year(tokens, day_last + 1) {
            Some((year, at)) => found(at, When::Day(CivilDate::new(year, month, day)?)),
            None => found(day_last, When::MonthDay { month, day }),
        };
    }
    if let Some((year, at)) = trailing_year(tokens, next) {
        return found(at, When::Month { year, month });
    }
    let in_context = i > 0 && tokens[i - 1].is_any(&MONTH_CONTEXT);
    (full_name && in_context && tokens[i].text != "May").then_some(Found {
        first: i,
        last: i,
        when: When::MonthOnly(month),
    })
}

/// A date that opens with the day: "27 June 2019", "27th June".
fn day_month(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (day, day_last) = day_number(tokens, i)?;
    let m = tokens.get(day_last + 1).filter(|t| t.is_capitalised())?;
    let month = month_named(m.text)?;
    let next = after_month(tokens, day_last + 1);
    Some(match trailing_year(tokens, next) {
        Some((year, at)) => Found {
            first: i,
            last: at,
            when: When::Day(CivilDate::new(year, month, day)?),
        },
        None => Found {
            first: i,
            last: next - 1,
            when: When::MonthDay { month, day },
        },
    })
}

/// "three days ago", "a year ago", "17 years ago".
fn ago(tokens: &Tokens<'_>, i: usize) -> Option<Found> {
    let (n, unit_at) = if tokens[i].is_any(&["a", "an", "one"]) {
        (1, i + 1)
    } else {
        let n = tokens
            .number_at(i)
            .filter(|n| n.vague.is_none() && n.value.fract() == 0.0)?;
        (n.value as i64, n.last + 1)
    };
    if !tokens.get(unit_at + 1)?.is("ago") {
        return None;
    }
    let unit = tokens[unit_at].text.to_ascii_lowercase();
    let when = match unit.trim_end_matches('s') {
        "day" => When::Days(-n),
        "week" => When::Weeks(-n),
        "month" => When::Months(-n),
        "year" => When::Years(-n),
        _ => return None,
    };
    Some(Found {
        first: i,
        last: unit_at + 1,
        when,
    })
}

/// A bare year in year context: after a context word, or continuing a list of dates.
fn lone_year(tokens: &[Token<'_>], i: usize, previous: Option<&Found>) -> Option<Found> {
    let year = year_number(tokens, i)?;
    let before = i.checked_sub(1).map(|k| &tokens[k]);
    let in_context = before.is_some_and(|b| b.is_any(&YEAR_CONTEXT));
    let listed = previous.is_some_and(|p| {
        let joiner = &tokens[p.last + 1..i];
        joiner.len() <= 2
            && joiner
                .iter()
                .all(|t| t.is_any(&[",", "and", "or", "-", "–", "to"]))
    });
    (in_context || listed).then_some(Found {
        first: i,
        last: i,
        when: When::Year(year),
    })
}

/// The article's reference date (see the module documentation for the order of evidence), and
/// the index in `found` of the publication date, if the text gives one.
fn reference_date(
    text: &str,
    tokens: &[Token<'_>],
    found: &[Found],
    quotations: &[(usize, usize)],
    embedded: &[(usize, usize)],
) -> (Option<Reference>, Option<usize>) {
    let full = |f: &Found| match f.when {
        When::Day(d) => Some(d),
        _ => None,
    };
    let publication = |date: CivilDate, k: usize| {
        let evidence = Evidence::Publication;
        (Some(Reference { date, evidence }), Some(k))
    };
    let Some(first) = found.first() else {
        return (None, None);
    };
    // A metadata line: "date 2020-01-01".
    if first.first > 0
        && tokens[..first.first]
            .iter()
            .all(|t| t.is_any(&["date", "published", ":"]))
    {
        if let Some(d) = full(first) {
            return publication(d, 0);
        }
    }
    // A date alone on one of the first lines, or a dateline.
    let head_end = lines(text).nth(3).map_or(text.len(), |l| l.1);
    let head = found
        .iter()
        .take_while(|f| tokens[f.first].start < head_end);
    // Every date is in the head of a text with few lines: the latest year is read once here
    // rather than for each dateline-like date.
    let latest_year = found
        .iter()
        .filter_map(|g| match g.when {
            When::Day(d) => Some(d.year),
            When::Month { year, .. } | When::Year(year) => Some(year),
            _ => None,
        })
        .max();
    for (k, f) in head.enumerate() {
        let alone = full(f).filter(|_| alone_on_its_line(text, tokens, f, found));
        if let Some(d) = alone.or_else(|| dateline(tokens, f, latest_year)) {
            return publication(d, k);
        }
    }
    // The latest full date of the running text, else of embedded material; never one quoted.
    let quoted = Claimed::of(quotations, |&(open, close)| (open, close + 1));
    let embedded = Claimed::new(embedded);
    let at = |f: &Found| (tokens[f.first].start, tokens[f.last].end);
    let mut text_date = None;
    let mut embedded_date = None;
    for f in found {
        let (Some(d), (start, end)) = (full(f), at(f)) else {
            continue;
        };
        if quoted.overlaps(start, end) {
            continue;
        }
        let slot = if embedded.overlaps(start, end) {
            &mut embedded_date
        } else {
            &mut text_date
        };
        *slot = (*slot).max(Some(d));
    }
    let reference = match (text_date, embedded_date) {
        (Some(date), _) => Some(Reference {
            date,
            evidence: Evidence::Text,
        }),
        (None, Some(date)) => Some(Reference {
            date,
            evidence: Evidence::Embedded,
        }),
        (None, None) => None,
    };
    (reference, None)
}

/// Marks of embedded social-media material: a post's signature "(@handle)" and its link.
const EMBEDDED_MARKS: [&str; 3] = ["(@", "pic.twitter.com", "twitter.com/"];

/// The byte ranges of the lines that hold embedded material (a post and its signature).
pub(crate) fn embedded_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for mark in EMBEDDED_MARKS {
        for (at, _) in text.match_indices(mark) {
            // A line already found holds this mark too: no need to search its bounds again
            // (a long text without line breaks would be walked once per mark).
            if out.iter().any(|&(s, e)| s <= at && at < e) {
                continue;
            }
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            out.push((start, end));
        }
    }
    out
}

/// Whether every word and number on the line of `f` belongs to a date ("Friday, July 21, 2017").
///
/// The line is read outwards from `f`, token by token, until a line break between two tokens
/// (tokens hold no whitespace, so line breaks lie between them) or the first word or number
/// outside a date. Cutting out the line with `rfind`/`find` first and filtering every token of
/// the text walked the whole of a text without line breaks once per date.
fn alone_on_its_line(text: &str, tokens: &[Token<'_>], f: &Found, found: &[Found]) -> bool {
    // `found` is sorted and its dates do not overlap: only the last one starting at or before
    // token `k` can hold it.
    let in_date = |k: usize| {
        let starting_by = found.partition_point(|g| g.first <= k);
        starting_by > 0 && k <= found[starting_by - 1].last
    };
    let alone = |k: usize| {
        let t = &tokens[k];
        !(t.is_word() || t.is_digits()) || in_date(k)
    };
    let line_break_between =
        |a: usize, b: usize| text[tokens[a].end..tokens[b].start].contains('\n');
    // The tokens of `f` itself are in a date.
    let before = (0..f.first)
        .rev()
        .take_while(|&k| !line_break_between(k, k + 1));
    let after = (f.last + 1..tokens.len()).take_while(|&k| !line_break_between(k - 1, k));
    before.chain(after).all(alone)
}

/// A dateline: "PLACE, Jan. 1 (Agency) -", the date after a comma and before a bracket or dash.
/// A date without a year takes `latest_year`, the latest year written in the text.
fn dateline(tokens: &[Token<'_>], f: &Found, latest_year: Option<i32>) -> Option<CivilDate> {
    let comma_before = f.first > 0 && tokens[f.first - 1].text == ",";
    let marker_after = tokens
        .get(f.last + 1)
        .is_some_and(|t| t.is_any(&["(", "-", "–", "—"]));
    if !(comma_before && marker_after) {
        return None;
    }
    match f.when {
        When::Day(d) => Some(d),
        When::MonthDay { month, day } => CivilDate::new(latest_year?, month, day),
        _ => None,
    }
}

/// The non-empty lines of `text` as byte ranges.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.split('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len() + 1;
            Some((start, start + line.len()))
        })
        .filter(move |&(s, e)| !text[s..e].trim().is_empty())
}

/// The ISO value of `when`, given the reference date.
fn resolve(when: When, reference: Option<Reference>) -> Option<String> {
    // Relative words count from the day of writing: a date of the text stands in for it, the
    // date of a post embedded in it only to the year (see the module documentation).
    let writing = reference.filter(|r| r.evidence != Evidence::Embedded);
    Some(match when {
        When::Day(d) => d.iso_day(),
        When::Month { year, month } => format!("{year:04}-{month:02}"),
        When::Year(y) => format!("{y:04}"),
        When::MonthDay { month, day } => {
            closest_year(reference?.date, |y| CivilDate::new(y, month, day))?.iso_day()
        }
        When::MonthOnly(month) => {
            closest_year(reference?.date, |y| CivilDate::new(y, month, 1))?.iso_month()
        }
        When::Weekday { day, step, future } => {
            let r = reference?;
            let back = (i64::from(r.date.weekday()) - i64::from(day)).rem_euclid(7);
            let shift = match (r.evidence, step) {
                (Evidence::Publication, 0) if future && back > 0 => 7,
                (Evidence::Publication, 0) => 0,
                // "last Tuesday" said on a Tuesday is a week ago.
                (Evidence::Publication, s) if s < 0 && back == 0 => -7,
                (Evidence::Publication, s) if s < 0 => 0,
                (Evidence::Publication, _) => 7,
                // The nearest such day, three days either side of a date of the story.
                (_, 0) if back > 3 => 7,
                (_, 0) => 0,
                _ => return None,
            };
            r.date.add_days(shift - back).iso_day()
        }
        When::Days(n) => writing?.date.add_days(n).iso_day(),
        When::Weeks(n) => writing?.date.add_days(7 * n).iso_week(),
        When::Months(n) => writing?.date.add_months(n).iso_month(),
        When::Years(n) => format!("{:04}", i64::from(reference?.date.year) + n),
    })
}

/// Of the dates `make` gives for the years around the reference, the closest to it.
fn closest_year(r: CivilDate, make: impl Fn(i32) -> Option<CivilDate>) -> Option<CivilDate> {
    (r.year - 1..=r.year + 1)
        .filter_map(make)
        .min_by_key(|d| (d.days() - r.days()).abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;

    /// The dates of `text` with its own quotation marks and embedded lines.
    fn extract_all(text: &str) -> (Vec<DateFact>, Option<Reference>) {
        let quotations = crate::facts::quotes::quotation_marks(text);
        extract(text, &tokenize(text), &quotations, &embedded_lines(text))
    }

    /// (text, value) of each date in `text`.
    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        extract_all(text)
            .0
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn one(text: &str, expected_text: &str, value: Option<&str>) {
        assert_eq!(
            dates(text),
            [(expected_text.to_string(), value.map(str::to_string))],
            "in {text:?}"
        );
    }

    #[test]
    fn american_order_with_year_is_a_day() {
        one(
            "The talks began June 27, 2019 in Oslo.",
            "June 27, 2019",
            Some("2019-06-27"),
        );
        one(
            "Filed on Dec. 31, 2019.",
            "Dec. 31, 2019",
            Some("2019-12-31"),
        );
        one("Filed on Dec 31 2019.", "Dec 31 2019", Some("2019-12-31"));
    }

    #[test]
    fn british_order_and_ordinals_are_days() {
        one(
            "It closed on 27 June 2019.",
            "27 June 2019",
            Some("2019-06-27"),
        );
        one(
            "It closed on 3rd March 2020.",
            "3rd March 2020",
            Some("2020-03-03"),
        );
    }

    #[test]
    fn iso_dates_are_days_and_impossible_ones_are_not_dates() {
        one(
            "Logged 2019-12-31 at noon.",
            "2019-12-31",
            Some("2019-12-31"),
        );
        assert_eq!(dates("Logged 2019-02-30."), []);
    }

    #[test]
    fn month_and_year_have_month_precision() {
        one(
            "The plan dates from December 2019.",
            "December 2019",
            Some("2019-12"),
        );
    }

    #[test]
    fn years_need_year_context() {
        one("The bridge opened in 2003.", "2003", Some("2003"));
        assert_eq!(dates("The flood displaced 2003 people."), []);
        assert_eq!(dates("The year 1850 was cold."), []);
    }

    #[test]
    fn lists_of_years_continue_from_the_first() {
        let found = dates("Taxes rose in 2004, 2009 and 2010.");
        let years: Vec<&str> = found.iter().map(|d| d.0.as_str()).collect();
        assert_eq!(years, ["2004", "2009", "2010"]);
    }

    #[test]
    fn month_day_without_year_takes_the_reference_year() {
        let found = dates("Pat wrote on 2019-06-30 about the vote. Counting ended June 2.");
        assert_eq!(
            found[1],
            ("June 2".to_string(), Some("2019-06-02".to_string()))
        );
    }

    #[test]
    fn month_day_without_year_takes_the_closest_year_across_new_year() {
        let found = dates("date 2020-01-01\nThe ship sank on Dec. 31 near the cape.");
        assert_eq!(
            found[1],
            ("Dec. 31".to_string(), Some("2019-12-31".to_string()))
        );
    }

    #[test]
    fn month_day_without_reference_has_no_value() {
        one("Voting ends on Sept. 4.", "Sept. 4", None);
    }

    #[test]
    fn weekdays_resolve_back_across_a_year_boundary() {
        // 2020-01-01 was a Wednesday.
        let found = dates("date 2020-01-01 Guards fired on Tuesday after strikes on Sunday night.");
        assert_eq!(
            found[1],
            ("Tuesday".to_string(), Some("2019-12-31".to_string()))
        );
        assert_eq!(
            found[2],
            ("Sunday night".to_string(), Some("2019-12-29".to_string()))
        );
    }

    #[test]
    fn weekdays_resolve_back_across_a_month_boundary() {
        // 2021-03-02 was a Tuesday.
        let found = dates("Tuesday, March 2, 2021\n\nThe dam cracked on Friday.");
        assert_eq!(
            found[2],
            ("Friday".to_string(), Some("2021-02-26".to_string()))
        );
    }

    #[test]
    fn the_reference_weekday_is_that_day_and_last_or_next_step_away() {
        // 2021-03-02 was a Tuesday.
        let found =
            dates("Tuesday, March 2, 2021\nVotes came Tuesday, not last Tuesday or next Tuesday.");
        let values: Vec<_> = found.iter().map(|d| d.1.as_deref().unwrap()).collect();
        assert_eq!(
            values,
            [
                "2021-03-02",
                "2021-03-02",
                "2021-03-02",
                "2021-02-23",
                "2021-03-09"
            ]
        );
    }

    #[test]
    fn dateline_gives_the_reference_with_the_year_written_elsewhere() {
        let found = dates("OSLO, Jan. 4 (Wire) - Rain fell yesterday. Records began in 1990.");
        assert_eq!(found[0].1.as_deref(), Some("1990-01-04"));
        assert_eq!(
            found[1],
            ("yesterday".to_string(), Some("1990-01-03".to_string()))
        );
    }

    #[test]
    fn without_a_dateline_the_latest_full_date_is_the_reference() {
        let found = dates("Plans from March 3, 2018 and May 5, 2019 were dropped today.");
        assert_eq!(
            found[2],
            ("today".to_string(), Some("2019-05-05".to_string()))
        );
    }

    #[test]
    fn relative_dates_without_reference_have_no_value() {
        one("It rained on Sunday.", "Sunday", None);
        one("It rained yesterday.", "yesterday", None);
    }

    #[test]
    fn relative_words_resolve_to_day_week_month_and_year() {
        let text = "date 2020-01-01\nTonight, last week, last month, last night, a year ago, three days ago, two weeks ago, next year.";
        let found = dates(text);
        let got: Vec<(&str, &str)> = found[1..]
            .iter()
            .map(|d| (d.0.as_str(), d.1.as_deref().unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("Tonight", "2020-01-01"),
                ("last week", "2019-W52"),
                ("last month", "2019-12"),
                ("last night", "2019-12-31"),
                ("a year ago", "2019"),
                ("three days ago", "2019-12-29"),
                ("two weeks ago", "2019-W51"),
                ("next year", "2021"),
            ]
        );
    }

    #[test]
    fn the_past_week_and_lower_case_months_are_not_dates() {
        assert_eq!(dates("Over the past week we may 3 times march."), []);
    }

    /// (text, value) of each date, and the evidence for the reference.
    fn dates_and_evidence(text: &str) -> (Vec<(String, Option<String>)>, Option<Evidence>) {
        let (found, reference) = extract_all(text);
        let found = found.into_iter().map(|d| (d.text, d.value)).collect();
        (found, reference.map(|r| r.evidence))
    }

    fn value_of<'a>(found: &'a [(String, Option<String>)], text: &str) -> Option<&'a str> {
        let date = found
            .iter()
            .find(|d| d.0 == text)
            .expect("the date is found");
        date.1.as_deref()
    }

    #[test]
    fn a_publication_date_sends_past_weekdays_back_and_planned_ones_forward() {
        // 2021-03-03 was a Wednesday.
        let (found, evidence) = dates_and_evidence(
            "date 2021-03-03\nThe council met on Monday and will vote on Friday. \
             Talks are scheduled for Tuesday.",
        );
        assert_eq!(evidence, Some(Evidence::Publication));
        assert_eq!(value_of(&found, "Monday"), Some("2021-03-01"));
        assert_eq!(value_of(&found, "Friday"), Some("2021-03-05"));
        assert_eq!(value_of(&found, "Tuesday"), Some("2021-03-09"));
    }

    #[test]
    fn the_metadata_date_is_marked_as_the_publication_date() {
        let text = "date 2021-03-03\nThe dam held until March 1, 2021.";
        let (found, _) = extract_all(text);
        let marked: Vec<(&str, bool)> = found
            .iter()
            .map(|d| (d.text.as_str(), d.publication))
            .collect();
        assert_eq!(marked, [("2021-03-03", true), ("March 1, 2021", false)]);
    }

    #[test]
    fn an_embedded_post_date_is_weak_and_anchors_weekdays_on_both_sides() {
        // 2022-05-12 was a Thursday. The story's only full date is the post's signature.
        let text = "Dockers on Friday condemned a raid on the Velmar depot.\n\
            Masked men raided the depot Thursday night.\n\
            Smoke over the depot! pic.twitter.com/abc — Ria Holm (@riaholm) May 12, 2022\n\
            The strike that ended Wednesday had cost the port dearly. Pay rose a year ago.";
        let (found, evidence) = dates_and_evidence(text);
        assert_eq!(evidence, Some(Evidence::Embedded));
        let thursday = value_of(&found, "Thursday night");
        let friday = value_of(&found, "Friday");
        assert_eq!(thursday, Some("2022-05-12"));
        assert_eq!(
            friday,
            Some("2022-05-13"),
            "the reaction comes after the raid"
        );
        assert_eq!(value_of(&found, "Wednesday"), Some("2022-05-11"));
        assert_eq!(value_of(&found, "a year ago"), Some("2021"));
    }

    #[test]
    fn relative_days_need_the_day_of_writing_not_a_posts_date() {
        let text = "Crowds gathered yesterday.\nSee it — Ria Holm (@riaholm) May 12, 2022";
        let (found, _) = dates_and_evidence(text);
        assert_eq!(value_of(&found, "yesterday"), None);
    }

    #[test]
    fn a_date_inside_a_quotation_is_no_evidence_and_weekdays_stay_unresolved() {
        let text = "“We signed the lease on March 4, 2020, and kept it,” Lee said. The crew left on Friday.";
        let (found, evidence) = dates_and_evidence(text);
        assert_eq!(evidence, None);
        assert_eq!(value_of(&found, "March 4, 2020"), Some("2020-03-04"));
        assert_eq!(value_of(&found, "Friday"), None);
    }

    #[test]
    fn a_date_of_the_text_outranks_one_embedded_and_anchors_the_nearest_weekday() {
        // 2022-05-10 was a Tuesday; the post is dated two days later.
        let text = "The vote of May 10, 2022 split the town. Crowds marched on Sunday.\n\
            Wow — Ria Holm (@riaholm) May 12, 2022";
        let (found, evidence) = dates_and_evidence(text);
        assert_eq!(evidence, Some(Evidence::Text));
        assert_eq!(value_of(&found, "Sunday"), Some("2022-05-08"));
    }

    #[test]
    fn last_and_next_weekdays_need_the_day_of_writing() {
        let text = "Talks of May 10, 2022 failed; they resume next Friday.";
        let (found, _) = dates_and_evidence(text);
        assert_eq!(value_of(&found, "next Friday"), None);
    }

    #[test]
    fn offsets_are_bytes_after_emoji() {
        let text = "🎉🎉 On June 5, 2020 the fair opened.";
        let d = &extract_all(text).0[0];
        assert_eq!(&text[d.start..d.end], "June 5, 2020");
        assert_eq!(d.start, 12);
    }
}
