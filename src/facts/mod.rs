//! Facts extracted from the text: dates, quantities, casualties, money, quotes and events.
//!
//! Each kind of fact has its own module, a small hand parser over one shared token list (see
//! `tokens.rs`); no regular expressions, which keeps the WASM bundle small and the rules
//! readable as word sequences. The extractors run in a fixed order because later ones build on
//! earlier ones and earlier ones win contested words:
//! 1. dates (a year is never a count), which also fix the reference date for relative dates;
//! 2. money (so "$50 billion" is not also a quantity);
//! 3. quantities, skipping what dates, money and named mentions hold ("G20" names a group);
//! 4. casualties, from the quantities and the verbs around them;
//! 5. quotes, attributed with the named mentions;
//! 6. events, one record per real-world event, with the dates, counts and quotes above;
//! 7. roles, from the titles written beside people's names.
//!
//! Offsets are UTF-8 byte offsets while the facts are built and are converted to the output
//! unit afterwards through `Facts::offsets_mut`.

mod casualties;
mod civil;
mod dates;
mod events;
mod money;
mod numbers;
mod quantities;
mod quotes;
mod ranges;
mod roles;
mod tokens;

pub use casualties::{Casualty, CasualtyKind};
pub use dates::{DateFact, Evidence};
pub use events::{Event, EventCount, EventKind, EventMention, Participant};
pub use money::Money;
pub use quantities::Quantity;
pub use quotes::Quote;
pub use roles::Role;

use crate::label::Label;
use serde::Serialize;

/// A named mention the extractors may use (speakers, places of events).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NamedMention<'a> {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The canonical name of the entity.
    pub name: &'a str,
}

/// Everything the extractors found. Offsets are in the annotation's unit.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {
    /// The date relative dates were resolved against (ISO 8601), if the text gives one.
    pub reference_date: Option<String>,
    /// What the reference date is: the day of publication, the latest date of the text, or
    /// that of embedded material (weak evidence: see `facts::dates`).
    pub reference_evidence: Option<Evidence>,
    /// Dates, absolute and relative.
    pub dates: Vec<DateFact>,
    /// Numbers and what they count.
    pub quantities: Vec<Quantity>,
    /// Killed, wounded, detained, … and how many.
    pub casualties: Vec<Casualty>,
    /// Sums of money.
    pub money: Vec<Money>,
    /// Quotations and their speakers.
    pub quotes: Vec<Quote>,
    /// The roles of the people named ("prime minister"), from the titles beside their names.
    pub roles: Vec<Role>,
    /// Events, one per real-world event: the main one first, background ones last.
    pub events: Vec<Event>,
}

impl Facts {
    /// The spans to highlight for the facts (dates, numbers, money), as byte ranges.
    pub(crate) fn spans(&self) -> Vec<(usize, usize, Label)> {
        let dates = self.dates.iter().map(|d| (d.start, d.end, Label::Date));
        let money = self.money.iter().map(|m| (m.start, m.end, Label::Money));
        let numbers = self
            .quantities
            .iter()
            .map(|q| (q.start, q.end, Label::Number));
        dates.chain(money).chain(numbers).collect()
    }

    /// Every offset in the facts, for conversion to the output unit.
    pub(crate) fn offsets_mut(&mut self) -> Vec<&mut usize> {
        let mut all: Vec<&mut usize> = Vec::new();
        for d in &mut self.dates {
            all.extend([&mut d.start, &mut d.end]);
        }
        for q in &mut self.quantities {
            all.extend([&mut q.start, &mut q.end]);
        }
        for c in &mut self.casualties {
            all.extend([&mut c.start, &mut c.end]);
        }
        for m in &mut self.money {
            all.extend([&mut m.start, &mut m.end]);
        }
        for r in &mut self.roles {
            all.extend([&mut r.start, &mut r.end]);
        }
        for q in &mut self.quotes {
            all.extend([&mut q.start, &mut q.end]);
            all.extend(q.speaker_start.as_mut());
            all.extend(q.speaker_end.as_mut());
        }
        for e in &mut self.events {
            all.extend([&mut e.start, &mut e.end]);
            for p in e.actor.iter_mut().chain(e.target.iter_mut()) {
                all.extend([&mut p.start, &mut p.end]);
            }
            for c in &mut e.counts {
                all.extend([&mut c.start, &mut c.end]);
            }
            for m in &mut e.mentions {
                all.extend([&mut m.start, &mut m.end]);
            }
        }
        all
    }
}

/// For tests: a mention of `surface` at its first occurrence in `text`.
#[cfg(test)]
pub(crate) fn mention<'a>(
    text: &str,
    surface: &str,
    label: Label,
    name: &'a str,
) -> NamedMention<'a> {
    let start = text.find(surface).expect("the surface is in the text");
    NamedMention {
        start,
        end: start + surface.len(),
        label,
        name,
    }
}

/// Extracts the facts of `text`, given its tokens ([`crate::tokens::tokenize`]), the named
/// mentions already found in it and its sentences ([`crate::sentences::sentences`]).
pub(crate) fn extract(
    text: &str,
    shared: &[crate::tokens::Token],
    mentions: &[NamedMention<'_>],
    sentences: &[(usize, usize)],
) -> Facts {
    // Quotes and events look mentions up by binary search over their starts. The annotator
    // passes them sorted (`resolve` sorts them); sort a copy for any other caller.
    let sorted: Vec<NamedMention<'_>>;
    let mentions = if mentions.is_sorted_by_key(|m| m.start) {
        mentions
    } else {
        let mut copy = mentions.to_vec();
        copy.sort_by_key(|m| m.start);
        sorted = copy;
        &sorted
    };
    let tokens = tokens::Tokens::new(text, shared);
    // Read once here for the dates and the quotes (the marks) and the events (the lines).
    let quotations = quotes::quotation_marks(text);
    let embedded = dates::embedded_lines(text);
    let (dates, reference) = dates::extract(text, &tokens, &quotations, &embedded);
    let mut claimed: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
    let money = money::extract(text, &tokens, &claimed, sentences);
    claimed.extend(money.iter().map(|m| (m.start, m.end)));
    claimed.extend(mentions.iter().map(|m| (m.start, m.end)));
    let quantities = quantities::extract(text, &tokens, &claimed);
    let casualties = casualties::extract(&tokens, &quantities, sentences);
    let quotes = quotes::extract(text, &tokens, mentions, sentences, &quotations);
    let grouping = events::Grouping {
        dates: &dates,
        quantities: &quantities,
        casualties: &casualties,
        quotes: &quotes,
        reference: reference.map(|r| r.date),
        embedded: &embedded,
    };
    let events = events::extract(text, &tokens, mentions, sentences, &grouping);
    let roles = roles::extract(text, mentions, sentences);
    Facts {
        reference_date: reference.map(|r| r.date.iso_day()),
        reference_evidence: reference.map(|r| r.evidence),
        dates,
        quantities,
        casualties,
        money,
        quotes,
        roles,
        events,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use super::mention;

    const ARTICLE: &str = "date 2021-03-05\n\
        🚢 Harbour workers in Velmar walked out on Tuesday over a $2 million pay dispute.\n\
        Police said 14 of the strikers were detained and at least 3 were injured.\n\
        “We will stay out until the owners listen,” union leader Pat Lee said.\n\
        The protest, the second in two weeks, cost the port about €1.5m a day.\n\
        No ships have sailed since March 1.";

    fn article_facts() -> Facts {
        let t = ARTICLE;
        let mentions = [
            mention(t, "Velmar", Label::Place, "Velmar"),
            mention(t, "union leader", Label::Title, "union leader"),
            mention(t, "Pat Lee", Label::Person, "Pat Lee"),
            mention(t, "protest", Label::Keyword, "protest"),
        ];
        extract(
            t,
            &crate::tokens::tokenize(t),
            &mentions,
            &crate::sentences::sentences(t),
        )
    }

    #[test]
    fn every_fact_of_a_short_article() {
        let f = article_facts();
        assert_eq!(f.reference_date.as_deref(), Some("2021-03-05"));
        let dates: Vec<(&str, Option<&str>)> = f
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_deref()))
            .collect();
        assert_eq!(
            dates,
            [
                ("2021-03-05", Some("2021-03-05")),
                ("Tuesday", Some("2021-03-02")),
                ("March 1", Some("2021-03-01"))
            ]
        );
        let money: Vec<(&str, f64, &str)> = f
            .money
            .iter()
            .map(|m| (m.text.as_str(), m.amount, m.currency.as_str()))
            .collect();
        assert_eq!(money, [("$2 million", 2e6, "USD"), ("€1.5m", 1.5e6, "EUR")]);
        let numbers: Vec<&str> = f.quantities.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(numbers, ["14", "at least 3", "two"]);
        let casualties: Vec<(CasualtyKind, Option<f64>, Option<&str>)> = f
            .casualties
            .iter()
            .map(|c| (c.kind, c.count, c.who.as_deref()))
            .collect();
        assert_eq!(
            casualties,
            [
                (CasualtyKind::Detained, Some(14.0), Some("strikers")),
                (CasualtyKind::Wounded, Some(3.0), Some("strikers"))
            ]
        );
        assert_eq!(f.quotes.len(), 1);
        assert_eq!(f.quotes[0].speaker.as_deref(), Some("Pat Lee"));
        assert_eq!(f.events.len(), 1);
        assert_eq!(f.events[0].kind, EventKind::Protest);
    }

    #[test]
    fn spans_label_dates_money_and_numbers() {
        let f = article_facts();
        let labelled: Vec<(&str, Label)> = f
            .spans()
            .into_iter()
            .map(|(s, e, l)| (&ARTICLE[s..e], l))
            .collect();
        assert!(labelled.contains(&("Tuesday", Label::Date)));
        assert!(labelled.contains(&("$2 million", Label::Money)));
        assert!(labelled.contains(&("at least 3", Label::Number)));
        assert!(!labelled.iter().any(|(t, _)| t.contains("detained")));
    }

    /// Every value under a key ending in "start" or "end", at any depth.
    fn offsets_in(json: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
        match json {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    if key.ends_with("start") || key.ends_with("end") {
                        out.push(value.clone());
                    }
                    offsets_in(value, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| offsets_in(v, out)),
            _ => {}
        }
    }

    #[test]
    fn offsets_mut_reaches_every_offset() {
        let mut f = article_facts();
        for offset in f.offsets_mut() {
            *offset = 7;
        }
        let mut offsets = Vec::new();
        offsets_in(&serde_json::to_value(&f).unwrap(), &mut offsets);
        assert!(offsets.len() > 20);
        assert!(
            offsets.iter().all(|v| *v == serde_json::json!(7)),
            "{offsets:?}"
        );
    }

    #[test]
    fn serialises_with_the_documented_field_names() {
        let json = serde_json::to_value(article_facts()).unwrap();
        for field in [
            "reference_date",
            "dates",
            "quantities",
            "casualties",
            "money",
            "quotes",
            "events",
        ] {
            assert!(json.get(field).is_some(), "{field}");
        }
        assert_eq!(json["casualties"][0]["kind"], "detained");
        assert_eq!(
            json["quotes"][0]["speaker_start"],
            ARTICLE.find("Pat Lee").unwrap()
        );
    }

    /// Pasted text of about 200 KB on one line, with dates, sums, quotes and events throughout:
    /// the extractors once walked the whole line, or every mention, for each date and quote.
    #[test]
    fn a_long_text_on_one_line_is_extracted() {
        let line = ARTICLE.replace('\n', " ") + " ";
        let text = line.repeat(200_000 / line.len() + 1);
        let mut mentions: Vec<NamedMention<'_>> = Vec::new();
        for (surface, label) in [
            ("Velmar", Label::Place),
            ("Pat Lee", Label::Person),
            ("protest", Label::Keyword),
        ] {
            mentions.extend(
                text.match_indices(surface)
                    .map(|(start, name)| NamedMention {
                        start,
                        end: start + name.len(),
                        label,
                        name,
                    }),
            );
        }
        mentions.sort_by_key(|m| m.start);
        let f = extract(
            &text,
            &crate::tokens::tokenize(&text),
            &mentions,
            &crate::sentences::sentences(&text),
        );
        let copies = text.matches(ARTICLE.lines().next().unwrap()).count();
        assert!(copies > 500);
        assert_eq!(f.reference_date.as_deref(), Some("2021-03-05"));
        assert_eq!(f.dates.len(), 3 * copies);
        assert_eq!(f.money.len(), 2 * copies);
        assert_eq!(f.quotes.len(), copies);
        assert!(f
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() == Some("Pat Lee")));
        // One protest, told again in each copy: one event with a mention per copy.
        assert_eq!(f.events.len(), 1);
        assert_eq!(f.events[0].kind, EventKind::Protest);
        assert_eq!(f.events[0].mentions.len(), copies);
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_lie_on_char_boundaries(
            text in "([a-zA-Z0-9 ,.;:!?$€£%\"“”‘’\n-]|🎉|é|No one|killed|June|Dec\\.|2019|at least|said)*"
        ) {
            let facts = extract(
                &text,
                &crate::tokens::tokenize(&text),
                &[],
                &crate::sentences::sentences(&text),
            );
            for (s, e, _) in facts.spans() {
                prop_assert!(s <= e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            for q in &facts.quotes {
                prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            }
        }

        #[test]
        fn never_panics_on_any_string(text in any::<String>()) {
            extract(
                &text,
                &crate::tokens::tokenize(&text),
                &[],
                &crate::sentences::sentences(&text),
            );
        }
    }
}
