//! The sides of a match result: "Barcelona drew 1-1 with Valencia", "Arsenal beat Chelsea
//! 2-0", a results line "Ajax 3 PSV 1", a league table's row "Lazio 4 3 1 0 9 2 10", "Newcastle
//! manager Kevin Keegan". There a town is its club, and a name no list knows is a club too:
//! sports results are a large share of wire copy, and a reader of them never takes "Barcelona"
//! for the city.
//!
//! A side is read only where the sentence shows a match was played: a score ("2-0", "1–1") or a
//! results line; "Paris beat London to host the Games" and "troops beat protesters" have none.
//! Sets of a tennis match ("6-4 6-3") are left alone: their sides are players. A country (and
//! each of the United Kingdom's four nations) fields a national side, which a reader still
//! reads as the country; so do the evaluation sets' annotators (CoNLL-2003 tags "Japan beat
//! Syria 2-1" as two places), so a country stays a place.

use crate::annotator::{EntityRef, Mention, FOUND_RANK};
use crate::gazetteer::EntityDef;
use crate::label::Label;
use crate::names::canonical;
use crate::tokens::is_capitalised;
use crate::words::is_month_or_weekday;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Verbs of one side defeating another, whose subject and object are both sides ("Arsenal
/// beat Chelsea", "Lazio held Roma").
const DEFEAT_VERBS: &[&str] = &[
    "beat",
    "beats",
    "crushed",
    "defeated",
    "defeats",
    "downed",
    "edged",
    "eliminated",
    "hammered",
    "held",
    "outclassed",
    "overcame",
    "routed",
    "stunned",
    "thrashed",
    "trounced",
    "upset",
    "whipped",
];

/// Other verbs whose subject is a side: "Barcelona drew …", "Lazio lost …", "Ajax won …".
const RESULT_VERBS: &[&str] = &[
    "draw", "draws", "drew", "lose", "loses", "lost", "tied", "win", "wins", "won",
];

/// Other verbs whose object is a side: "… faced Chelsea", "… hosted Lazio".
const MEETING_VERBS: &[&str] = &["faced", "hosted", "played"];

fn has_side_subject(verb: &str) -> bool {
    DEFEAT_VERBS.contains(&verb) || RESULT_VERBS.contains(&verb)
}

fn has_side_object(verb: &str) -> bool {
    DEFEAT_VERBS.contains(&verb) || MEETING_VERBS.contains(&verb)
}

/// Nouns of a result, after which "over", "against", "with", "to" or "by" names a side ("a 2-0
/// win over Lazio", "a 1-1 draw with Valencia").
const RESULT_NOUNS: &[&str] = &[
    "defeat",
    "draw",
    "drubbing",
    "loss",
    "rout",
    "thrashing",
    "triumph",
    "victory",
    "win",
];

/// Words that name a side after a verb, a score or a result noun ("drew 1-1 with Valencia",
/// "lost to Juventus").
const SIDE_PREPOSITIONS: &[&str] = &["against", "by", "over", "to", "with"];

/// Roles in a club, after which a town is the club ("Newcastle manager Kevin Keegan").
const CLUB_ROLES: &[&str] = &[
    "coach",
    "defender",
    "goalkeeper",
    "manager",
    "midfielder",
    "striker",
    "winger",
];

/// Words whose presence anywhere in a line (as part of a word too: "coaches") makes it worth
/// reading for sides: a cricket match's margin, then [`CLUB_ROLES`].
const MARGIN_WORDS: &[&str] = &["wickets", "innings"];

/// [`MARGIN_WORDS`] and [`CLUB_ROLES`] as one automaton, in that order: a line is searched for
/// all of them in one pass (nine substring searches a line cost a tenth of the whole
/// annotation in the browser, where a substring search has no vector instructions).
static LINE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(MARGIN_WORDS.iter().chain(CLUB_ROLES)).expect("a few plain words compile")
});

/// Whether `line` holds a word of [`MARGIN_WORDS`], and one of [`CLUB_ROLES`].
fn margin_and_role(line: &str) -> (bool, bool) {
    let (mut margin, mut role) = (false, false);
    for m in LINE_WORDS.find_overlapping_iter(line) {
        if m.pattern().as_usize() < MARGIN_WORDS.len() {
            margin = true;
        } else {
            role = true;
        }
        if margin && role {
            break;
        }
    }
    (margin, role)
}

/// Capitalised words that never name a side: pronouns and determiners that open a sentence.
const NOT_SIDES: &[&str] = &[
    "A", "After", "All", "An", "And", "As", "At", "Both", "But", "He", "Her", "His", "I", "In",
    "It", "Its", "On", "She", "That", "The", "Their", "They", "This", "We", "When", "Who", "You",
];

/// The United Kingdom's four nations, which field national sides of their own.
const HOME_NATIONS: &[&str] = &["GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS"];

/// The longest name read as a side without a list knowing it, in words.
const MAX_SIDE_WORDS: usize = 4;

/// A word of a line as the result rules read it: the run of non-space characters with the
/// punctuation around it trimmed off.
#[derive(Debug, Clone, Copy)]
struct Piece<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    /// Whether only spaces separate it from the piece before (no comma, no bracket).
    joined: bool,
    /// Whether a sentence ends after it ("." "!" "?" ";").
    ends_sentence: bool,
}

impl Piece<'_> {
    fn is_score(&self) -> bool {
        let mut parts = self.text.splitn(2, ['-', '–']);
        let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        [a, b]
            .iter()
            .all(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    }

    fn is_number(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether the piece can be a word of a side's name.
    fn is_name_word(&self) -> bool {
        is_capitalised(self.text)
            && self
                .text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
            && !NOT_SIDES.contains(&self.text)
            && !is_month_or_weekday(self.text)
    }
}

/// The pieces of `line`, which starts at byte `offset` of the text.
fn pieces(line: &str, offset: usize) -> Vec<Piece<'_>> {
    let mut out: Vec<Piece> = Vec::new();
    let mut at = 0;
    for raw in line.split(' ') {
        let from = at;
        at += raw.len() + 1;
        let trimmed = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = raw.len() - trimmed.len();
        let word = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            if let Some(last) = out.last_mut() {
                last.ends_sentence |= raw.contains(['.', '!', '?', ';']);
            }
            continue;
        }
        let tail = &trimmed[word.len()..];
        let joined = lead == 0
            && out.last().is_some_and(|p| {
                !p.ends_sentence && line[p.end - offset..from].bytes().all(|b| b == b' ')
            });
        out.push(Piece {
            start: offset + from + lead,
            end: offset + from + lead + word.len(),
            text: word,
            joined,
            ends_sentence: tail.contains(['.', '!', '?', ';']),
        });
    }
    out
}

/// What a side is, for deciding whether it is a club.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A town or an organisation: a club.
    Club,
    /// A country: its national side, read as the country.
    National,
    /// A name nothing read: a club where the sentence shows a match.
    Unknown,
    /// One word the rules or the tagger read as a person: a club where the other side is one.
    Surname,
    /// A known person, or a name of another kind: left alone.
    Other,
}

/// A side of a result: a byte range, and the mention that covers exactly it, if any.
#[derive(Debug, Clone, Copy)]
struct Side {
    start: usize,
    end: usize,
    mention: Option<usize>,
}

/// Whether `line` holds a score: digits, a hyphen or an en dash, digits ("2-0", "1–1").
fn has_score(line: &str) -> bool {
    let b = line.as_bytes();
    (1..b.len()).any(|i| {
        let dash = if b[i] == b'-' {
            1
        } else if b[i..].starts_with("–".as_bytes()) {
            3
        } else {
            return false;
        };
        b[i - 1].is_ascii_digit() && b.get(i + dash).is_some_and(u8::is_ascii_digit)
    })
}

/// Whether `line` opens with up to [`MAX_SIDE_WORDS`] capitalised words and then a number, as
/// a results line and a table's row do ("Ajax 3 PSV 1", "Lazio 4 3 1 0 9 2 10").
fn opens_with_name_then_number(line: &str) -> bool {
    let Some(digit) = line.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let name = line[..digit].trim_end();
    !name.is_empty()
        && name.starts_with(char::is_uppercase)
        && name.split(' ').count() <= MAX_SIDE_WORDS
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

/// Whether `pieces` open with a cricket match's margin, which says a match was played as a
/// score does: "by 39 runs", "by six wickets", "by an innings".
fn is_margin(pieces: &[Piece]) -> bool {
    match pieces {
        [by, an, innings, ..] if (by.text, an.text, innings.text) == ("by", "an", "innings") => {
            true
        }
        [by, _, unit, ..] => by.text == "by" && matches!(unit.text, "runs" | "wickets"),
        _ => false,
    }
}

/// The reader of one text's results.
struct Reader<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    entities: &'a [EntityDef],
}

impl Reader<'_> {
    /// The mention covering `[start, end)` in part, if any.
    fn overlapping(&self, start: usize, end: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.end <= start);
        (i < self.mentions.len() && self.mentions[i].start < end).then_some(i)
    }

    fn kind(&self, side: &Side) -> Kind {
        let Some(i) = side.mention else {
            return Kind::Unknown;
        };
        let m = &self.mentions[i];
        match (m.label, &m.entity) {
            (Label::Place, EntityRef::Known(e)) if self.is_country(*e) => Kind::National,
            (Label::Place | Label::Org, _) => Kind::Club,
            (Label::Person, EntityRef::Found(_)) if !self.text[m.start..m.end].contains(' ') => {
                Kind::Surname
            }
            _ => Kind::Other,
        }
    }

    fn is_country(&self, entity: u32) -> bool {
        let id = self.entities[entity as usize].id.as_deref().unwrap_or("");
        id.strip_prefix("iso:")
            .is_some_and(|code| !code.contains('-') || HOME_NATIONS.contains(&code))
    }

    /// The side whose name ends with `pieces[last]`: the mention ending there, or a run of
    /// name words no mention touches.
    fn side_ending(&self, pieces: &[Piece], last: usize) -> Option<Side> {
        let end = pieces[last].end;
        if let Some(i) = self.overlapping(pieces[last].start, end) {
            let m = &self.mentions[i];
            return (m.end == end).then_some(Side {
                start: m.start,
                end,
                mention: Some(i),
            });
        }
        let mut first = last;
        while first > 0
            && last - first + 1 < MAX_SIDE_WORDS
            && pieces[first].joined
            && pieces[first - 1].is_name_word()
            && self
                .overlapping(pieces[first - 1].start, pieces[first - 1].end)
                .is_none()
        {
            first -= 1;
        }
        pieces[last].is_name_word().then(|| Side {
            start: pieces[first].start,
            end,
            mention: None,
        })
    }

    /// The side whose name starts with `pieces[first]`.
    fn side_starting(&self, pieces: &[Piece], first: usize) -> Option<Side> {
        let start = pieces[first].start;
        if let Some(i) = self.overlapping(start, pieces[first].end) {
            let m = &self.mentions[i];
            return (m.start == start).then_some(Side {
                start,
                end: m.end,
                mention: Some(i),
            });
        }
        if !pieces[first].is_name_word() {
            return None;
        }
        let mut last = first;
        while last + 1 < pieces.len()
            && last - first + 1 < MAX_SIDE_WORDS
            && pieces[last + 1].joined
            && pieces[last + 1].is_name_word()
            && self
                .overlapping(pieces[last + 1].start, pieces[last + 1].end)
                .is_none()
        {
            last += 1;
        }
        Some(Side {
            start,
            end: pieces[last].end,
            mention: None,
        })
    }

    /// The sides of a results line, "Ajax 3 PSV 1" (a score after each side, and nothing
    /// after the second score but a bracket), or of a league table's row, "Lazio 4 3 1 0 9 2
    /// 10" (a name, then five numbers or more and nothing else).
    fn line_sides(&self, pieces: &[Piece]) -> Vec<Side> {
        // A side's words and its score follow each other with spaces only: "Scorers : M.
        // Atherton 31 , N. Hussain 12" lists players.
        let name_then_number = |from: usize| {
            let n = (from..pieces.len()).find(|&k| !pieces[k].is_name_word())?;
            let joined = pieces[from + 1..=n].iter().all(|p| p.joined);
            (n > from && n - from <= MAX_SIDE_WORDS && pieces[n].is_number() && joined).then_some(n)
        };
        let Some(first_score) = name_then_number(0) else {
            return vec![];
        };
        let whole = |from: usize, to: usize| Side {
            start: pieces[from].start,
            end: pieces[to - 1].end,
            mention: None,
        };
        let numbers = pieces[first_score..]
            .iter()
            .take_while(|p| p.is_number())
            .count();
        if first_score + numbers == pieces.len() && numbers >= 5 {
            return vec![whole(0, first_score)];
        }
        let Some(second_score) = name_then_number(first_score + 1) else {
            return vec![];
        };
        let closed = pieces.get(second_score + 1).is_none_or(|p| {
            let between = &self.text[pieces[second_score].end..p.start];
            between.contains('(')
        });
        if !closed || numbers != 1 {
            return vec![];
        }
        vec![whole(0, first_score), whole(first_score + 1, second_score)]
    }

    /// The sides a sentence with a score names around its verbs and result nouns, in pairs
    /// (a side and the one it played, where the sentence names both).
    fn sentence_sides(&self, pieces: &[Piece]) -> Vec<(Side, Option<Side>)> {
        let scores: Vec<usize> = (0..pieces.len())
            .filter(|&k| pieces[k].is_score())
            .collect();
        // Sets of a tennis match: "6-4 6-3".
        let sets = scores.windows(2).any(|w| w[1] == w[0] + 1);
        if (scores.is_empty() && !(0..pieces.len()).any(|k| is_margin(&pieces[k..]))) || sets {
            return vec![];
        }
        let mut out = Vec::new();
        for (k, p) in pieces.iter().enumerate() {
            let word = p.text;
            // "Milan, who beat Lazio 2-0, …": the side before the relative clause.
            let relative = k >= 2 && pieces[k - 1].text == "who" && !pieces[k - 1].joined;
            let subject_end = if relative { k - 2 } else { k.wrapping_sub(1) };
            let subject = (k > 0 && p.joined && has_side_subject(word))
                .then(|| self.side_ending(pieces, subject_end))
                .flatten();
            let mut object = (has_side_object(word) && k + 1 < pieces.len())
                .then(|| {
                    pieces[k + 1]
                        .joined
                        .then(|| self.side_starting(pieces, k + 1))
                })
                .flatten()
                .flatten();
            let opens_side = SIDE_PREPOSITIONS.contains(&word)
                && k > 0
                && (pieces[k - 1].is_score()
                    || has_side_subject(pieces[k - 1].text)
                    || RESULT_NOUNS.contains(&pieces[k - 1].text));
            if opens_side && k + 1 < pieces.len() && pieces[k + 1].joined {
                object = self.side_starting(pieces, k + 1);
            }
            match (subject, object) {
                (Some(s), o) => out.push((s, o)),
                (None, Some(o)) => out.push((o, None)),
                (None, None) => {}
            }
        }
        out
    }

    /// A town right before a club role and a name ("Newcastle manager Kevin Keegan").
    fn role_sides(&self, pieces: &[Piece]) -> Vec<Side> {
        (1..pieces.len().saturating_sub(1))
            .filter(|&k| {
                CLUB_ROLES.contains(&pieces[k].text)
                    && pieces[k].joined
                    && pieces[k + 1].joined
                    && is_capitalised(pieces[k + 1].text)
            })
            .filter_map(|k| self.side_ending(pieces, k - 1))
            .filter(|s| {
                s.mention
                    .is_some_and(|i| self.mentions[i].label == Label::Place)
            })
            .collect()
    }
}

/// `mentions` (sorted by start, disjoint) with the sides of the text's match results made
/// clubs.
pub(super) fn sides(text: &str, mentions: Vec<Mention>, entities: &[EntityDef]) -> Vec<Mention> {
    let mut clubs: Vec<Side> = Vec::new();
    {
        let reader = Reader {
            text,
            mentions: &mentions,
            entities,
        };
        let mut offset = 0;
        for line in text.split('\n') {
            let line_start = offset;
            offset += line.len() + 1;
            // A sentence about a match has a score (or a cricket match's margin: "by six
            // wickets"), a results line or a table's row opens with a name and a number, and a
            // club's staff has a role; most lines of prose have none of these, and are not
            // read further.
            let (margin, staffed) = margin_and_role(line);
            let scored = has_score(line) || margin;
            let tabled = opens_with_name_then_number(line);
            if !scored && !tabled && !staffed {
                continue;
            }
            let pieces = pieces(line, line_start);
            let club = |s: &Side| reader.kind(s) != Kind::National;
            if tabled {
                clubs.extend(reader.line_sides(&pieces).into_iter().filter(club));
            }
            if !scored && !staffed {
                continue;
            }
            let mut from = 0;
            for k in 0..pieces.len() {
                if !pieces[k].ends_sentence && k + 1 < pieces.len() {
                    continue;
                }
                let sentence = &pieces[from..=k];
                from = k + 1;
                for (side, other) in reader.sentence_sides(sentence) {
                    let (a, b) = (reader.kind(&side), other.map(|o| reader.kind(&o)));
                    let is_club = |kind: Kind, partner: Option<Kind>| match kind {
                        Kind::Club => true,
                        Kind::Unknown => partner.is_none_or(|p| {
                            matches!(p, Kind::Club | Kind::Unknown | Kind::Surname)
                        }),
                        Kind::Surname => {
                            matches!(partner, Some(Kind::Club | Kind::Unknown))
                        }
                        Kind::National | Kind::Other => false,
                    };
                    if is_club(a, b) {
                        clubs.push(side);
                    }
                    if let (Some(o), Some(b)) = (other, b) {
                        if is_club(b, Some(a)) {
                            clubs.push(o);
                        }
                    }
                }
                clubs.extend(reader.role_sides(sentence).into_iter().filter(club));
            }
        }
    }
    if clubs.is_empty() {
        return mentions;
    }
    // One merge of the sides into the mentions, in text order: a results table of thousands of
    // lines costs one pass, not an insertion into the list for each side.
    clubs.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut out = Vec::with_capacity(mentions.len() + clubs.len());
    let mut rest = mentions.into_iter().peekable();
    let mut done = 0;
    for side in clubs {
        if side.start < done {
            continue;
        }
        while let Some(m) = rest.next_if(|m| m.end <= side.start) {
            out.push(m);
        }
        let mut overlapping = Vec::new();
        while let Some(m) = rest.next_if(|m| m.start < side.end) {
            overlapping.push(m);
        }
        // The mentions inside the side's name give way to it; one that reaches outside it
        // keeps its reading, and so does an organisation the side's name is.
        let inside = overlapping
            .iter()
            .all(|m| side.start <= m.start && m.end <= side.end);
        let is_org = matches!(&overlapping[..], [m] if m.label == Label::Org
            && (m.start, m.end) == (side.start, side.end));
        done = overlapping.last().map_or(side.end, |m| m.end.max(side.end));
        if inside && !is_org {
            out.push(Mention {
                start: side.start,
                end: side.end,
                label: Label::Org,
                rank: FOUND_RANK,
                entity: EntityRef::Found(canonical(&text[side.start..side.end])),
            });
        } else {
            out.extend(overlapping);
        }
    }
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names read in `text` after the result rules, given the places the gazetteer
    /// would read (`countries` among them read as countries) and the people the rules would.
    fn read(
        text: &str,
        places: &[&str],
        countries: &[&str],
        people: &[&str],
    ) -> Vec<(String, Label)> {
        let entities = vec![
            EntityDef {
                label: Label::Place,
                name: "a town".into(),
                id: Some("geonames:1".into()),
                link: None,
            },
            EntityDef {
                label: Label::Place,
                name: "a country".into(),
                id: Some("iso:XX".into()),
                link: None,
            },
        ];
        let mut mentions: Vec<Mention> = Vec::new();
        let mut add = |names: &[&str], label: Label, entity: &dyn Fn(&str) -> EntityRef| {
            for name in names {
                let mut from = 0;
                while let Some(at) = text[from..].find(name) {
                    let start = from + at;
                    mentions.push(Mention {
                        start,
                        end: start + name.len(),
                        label,
                        rank: 0,
                        entity: entity(name),
                    });
                    from = start + name.len();
                }
            }
        };
        add(places, Label::Place, &|_| EntityRef::Known(0));
        add(countries, Label::Place, &|_| EntityRef::Known(1));
        add(people, Label::Person, &|p| EntityRef::Found(p.to_string()));
        mentions.sort_by_key(|m| m.start);
        sides(text, mentions, &entities)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    /// The names read in `text` where the gazetteer reads "Velmar" and "Kestrel" as towns.
    fn two_towns(text: &str) -> Vec<(String, Label)> {
        read(text, &["Velmar", "Kestrel"], &[], &[])
    }

    fn org(s: &str) -> (String, Label) {
        (s.to_string(), Label::Org)
    }

    fn place(s: &str) -> (String, Label) {
        (s.to_string(), Label::Place)
    }

    #[test]
    fn towns_that_played_by_a_score_or_a_cricket_margin_are_clubs() {
        for text in [
            "Velmar drew 1-1 with Kestrel on Sunday.",
            "Velmar lost 2-1 to Kestrel.",
            "Velmar beat Kestrel by an innings and 39 runs.",
            "Velmar beat Kestrel by six wickets.",
        ] {
            assert_eq!(two_towns(text), [org("Velmar"), org("Kestrel")], "{text}");
        }
        assert_eq!(
            read("It was a 3-0 win over Kestrel.", &["Kestrel"], &[], &[]),
            [org("Kestrel")]
        );
    }

    #[test]
    fn a_name_no_list_knows_is_a_club_where_a_score_shows_a_match() {
        assert_eq!(
            read("Grimwald beat Kestrel 2-0 at home.", &["Kestrel"], &[], &[]),
            [org("Grimwald"), org("Kestrel")]
        );
        // The other side read as one word of a person's name is a club too.
        assert_eq!(
            read("Grimwald beat Tollis 2-0.", &[], &[], &["Tollis"]),
            [org("Grimwald"), org("Tollis")]
        );
        assert_eq!(read("Grimwald won 3-1.", &[], &[], &[]), [org("Grimwald")]);
        assert_eq!(
            read(
                "Grimwald, who beat Tollis 2-0, lost.",
                &[],
                &[],
                &["Tollis"]
            ),
            [org("Grimwald"), org("Tollis")]
        );
    }

    #[test]
    fn without_a_score_nothing_is_a_club() {
        assert_eq!(
            two_towns("Velmar beat Kestrel to host the Games."),
            [place("Velmar"), place("Kestrel")]
        );
        assert_eq!(
            two_towns("Velmar beat Kestrel by six votes."),
            [place("Velmar"), place("Kestrel")]
        );
        assert_eq!(
            read(
                "Troops beat protesters in Velmar on 12 May.",
                &["Velmar"],
                &[],
                &[]
            ),
            [place("Velmar")]
        );
    }

    #[test]
    fn countries_and_players_stay_what_they_are() {
        // A country's national side reads as the country, and so does an unknown rival.
        assert_eq!(
            read("Ostmark beat Grimwald 2-1.", &[], &["Ostmark"], &[]),
            [place("Ostmark")]
        );
        // A tennis match's sets: the sides are players.
        assert_eq!(
            read("Tollis beat Grimwald 6-4 6-3.", &[], &[], &["Tollis"]),
            [("Tollis".to_string(), Label::Person)]
        );
        // Two players a rule read as people keep their reading.
        assert_eq!(
            read("Tollis beat Brant 2-1.", &[], &[], &["Tollis", "Brant"]),
            [
                ("Tollis".to_string(), Label::Person),
                ("Brant".to_string(), Label::Person)
            ]
        );
        // Pronouns, months and weekdays are no sides.
        assert_eq!(read("They won 2-0 in May.", &[], &[], &[]), []);
        assert_eq!(read("On Sunday they won 2-0.", &[], &[], &[]), []);
    }

    #[test]
    fn a_results_line_names_two_clubs() {
        assert_eq!(
            read(
                "Grimwald 3 Kestrel Rovers 1\nVelmar 0 Tollis 0 (aet)",
                &["Velmar"],
                &[],
                &[]
            ),
            [
                org("Grimwald"),
                org("Kestrel Rovers"),
                org("Velmar"),
                org("Tollis")
            ]
        );
        // A town inside a longer side's name gives way to the side.
        assert_eq!(
            read("Sporting Velmar 2 Grimwald 2", &["Velmar"], &[], &[]),
            [org("Sporting Velmar"), org("Grimwald")]
        );
    }

    #[test]
    fn a_line_of_other_numbers_is_no_result() {
        // A date, a count, an address, prose with numbers.
        for line in [
            "Velmar 12 May 2024",
            "Velmar 3 people died and 2 were hurt",
            "Velmar 3 Kestrel 1 and more news",
            "Velmar 20 25",
            "Scorers : Velmar 31 , N. Tollis 12",
        ] {
            assert_eq!(
                read(line, &["Velmar"], &[], &[]),
                [place("Velmar")],
                "{line}"
            );
        }
    }

    #[test]
    fn every_line_of_a_long_results_table_names_two_clubs() {
        let table = "Grimwald 3 Kestrel 1\n".repeat(2_000);
        let read = read(&table, &[], &[], &[]);
        assert_eq!(read.len(), 4_000);
        assert!(read.iter().all(|(_, label)| *label == Label::Org));
    }

    #[test]
    fn a_league_table_row_names_a_club() {
        assert_eq!(
            read("Velmar 4 3 1 0 9 2 10", &["Velmar"], &[], &[]),
            [org("Velmar")]
        );
    }

    #[test]
    fn a_town_before_a_club_role_and_a_name_is_the_club() {
        assert_eq!(
            read(
                "Velmar manager Ann Roe, 52, said so.",
                &["Velmar"],
                &[],
                &[]
            ),
            [org("Velmar")]
        );
        assert_eq!(
            read("the Velmar manager said 3 times", &["Velmar"], &[], &[]),
            [place("Velmar")]
        );
    }
}
