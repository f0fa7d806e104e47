//! Roles: what the people named are ("prime minister", "ambassador"), read from the titles
//! written beside their names.
//!
//! Four forms give a person a role, each within one sentence:
//! 1. titles right before the name, only spaces between: "Prime Minister Salim al-Rawi",
//!    "Bahrain’s foreign minister Ali Saleh", "spokesman Colonel Karim Jabbar" (two roles),
//!    or the title's complement: "minister for Gulf affairs Thamer al-Sabhan";
//! 2. a title (with its complement) before a comma and the name, the name not opening a
//!    list: "its ambassador, Salah Ali al-Maliki", "the UN envoy to Iraq, Ines Duval" ("the
//!    minister, Ali and Omar" and "the minister, Omar Said, and
//!    Colonel Dana Reyes" make nobody a minister);
//! 3. a title in an apposition after the name: "Anwar Gargash, the Emirati minister of
//!    state for foreign affairs, …", "Tom Ode, a spokesman for the port";
//! 4. "counterpart" before the name takes the role of the person it is the counterpart of:
//!    "Foreign Minister Ali Saleh phoned his Norland counterpart Per Moen" (foreign minister).
//!
//! The role is the title's canonical name, so "Prime Minister" and "prime minister" are one.

use super::NamedMention;
use crate::label::Label;
use crate::sentences::sentence_of;
use serde::Serialize;

/// A person's role, and where the text says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    /// The canonical name of the person.
    pub person: String,
    /// The role: a title's canonical name ("foreign minister").
    pub role: String,
    /// Start offset of the stretch that says it (title and name).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
}

/// The longest apposition read after a name, in bytes ("Anwar Gargash, the United Arab
/// Emirates minister of state …").
const APPOSITION_REACH: usize = 60;

/// The longest complement read between a title and a name, in bytes.
const COMPLEMENT_REACH: usize = 40;

/// Finds the roles of the people named. `mentions` are sorted by start.
pub(crate) fn extract(
    text: &str,
    mentions: &[NamedMention<'_>],
    sentences: &[(usize, usize)],
) -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    let same_sentence = |a: usize, b: usize| sentence_of(sentences, a) == sentence_of(sentences, b);
    for (i, p) in mentions.iter().enumerate() {
        if p.label != Label::Person {
            continue;
        }
        let push = |out: &mut Vec<Role>, role: &str, start: usize, end: usize| {
            let known = out.iter().any(|r| r.person == p.name && r.role == role);
            if !known {
                out.push(Role {
                    person: p.name.to_string(),
                    role: role.to_string(),
                    start,
                    end,
                });
            }
        };
        // 1. Titles right before the name.
        let mut edge = p.start;
        let mut before: Vec<&NamedMention<'_>> = Vec::new();
        for t in mentions[..i].iter().rev() {
            let gap = &text[t.end.min(edge)..edge];
            if t.label != Label::Title || t.end > edge || !is_spaces(gap) {
                break;
            }
            before.push(t);
            edge = t.start;
        }
        // "minister for Gulf affairs Thamer al-Sabhan": the title's own complement between
        // (which may hold a name: "Gulf").
        if before.is_empty() {
            let title = mentions[..i]
                .iter()
                .rev()
                .take_while(|t| t.end + COMPLEMENT_REACH >= p.start)
                .find(|t| t.label == Label::Title && t.end <= p.start);
            if let Some(t) = title.filter(|t| is_complement(&text[t.end..p.start])) {
                before.push(t);
            }
        }
        for t in before.iter().rev() {
            push(&mut out, t.name, t.start, p.end);
        }
        // 2. "its ambassador, Salah Ali al-Maliki", "the UN envoy to Iraq, Ines Duval".
        if before.is_empty() {
            let title = mentions[..i]
                .iter()
                .rev()
                .take_while(|t| t.label != Label::Person && t.end + COMPLEMENT_REACH >= p.start)
                .find(|t| t.label == Label::Title && t.end <= p.start);
            // "the minister, Ali and Omar", "the minister, Omar Said, and Colonel Dana Reyes".
            let after = text[p.end..].trim_start();
            let after = after.strip_prefix(',').unwrap_or(after).trim_start();
            let list = after.starts_with("and ") || after.starts_with("or ");
            let comma_after = |t: &&NamedMention<'_>| {
                let gap = text[t.end..p.start].trim_end();
                gap.strip_suffix(',')
                    .map(str::trim)
                    .is_some_and(|rest| rest.is_empty() || is_complement(rest))
            };
            if let Some(t) = title.filter(comma_after).filter(|_| !list) {
                push(&mut out, t.name, t.start, p.end);
            }
        }
        // 3. "Anwar Gargash, the … minister of state …".
        if text[p.end..].starts_with(", ") {
            let title = mentions[i + 1..]
                .iter()
                .take_while(|t| t.start < p.end + APPOSITION_REACH)
                .take_while(|t| t.label != Label::Person)
                .find(|t| t.label == Label::Title);
            if let Some(t) = title {
                let between = &text[p.end + 2..t.start];
                let opens_list = matches!(between.split_whitespace().next(), Some("and" | "or"));
                // A title right before another name is that person's ("…, and Colonel Ida Berg").
                let next_name = mentions[i + 1..]
                    .iter()
                    .find(|m| m.start >= t.end && m.label == Label::Person)
                    .is_some_and(|m| is_spaces(&text[t.end..m.start]));
                let plain = !between.contains([',', '.', ';', '“', '"', '(', '\n'])
                    && between.split_whitespace().count() <= 6
                    && !opens_list
                    && !next_name;
                if plain {
                    push(&mut out, t.name, p.start, t.end);
                }
            }
        }
        // 4. "his Norland counterpart Per Moen".
        let lead = text[..p.start].trim_end();
        if lead.ends_with("counterpart") && before.is_empty() {
            let counterpart_of = out
                .iter()
                .rev()
                .find(|r| r.person != p.name && same_sentence(r.start, p.start))
                .map(|r| r.role.clone());
            if let Some(role) = counterpart_of {
                let start = lead.len() - "counterpart".len();
                push(&mut out, &role, start, p.end);
            }
        }
    }
    out
}

/// Whether `gap` is a title's complement of a few words and nothing else: " for Gulf
/// affairs ".
fn is_complement(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    matches!(words.first(), Some(&"for" | &"of" | &"to"))
        && words.len() <= 4
        && !gap.contains(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
}

/// Whether `gap` is only spaces on one line.
fn is_spaces(gap: &str) -> bool {
    gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::mention;

    /// (person, role) of each role in `text`, given its mentions.
    fn roles(text: &str, names: &[(&str, Label, &str)]) -> Vec<(String, String)> {
        let mut m: Vec<NamedMention<'_>> = names
            .iter()
            .map(|&(surface, label, name)| mention(text, surface, label, name))
            .collect();
        m.sort_by_key(|m| m.start);
        extract(text, &m, &crate::sentences::sentences(text))
            .into_iter()
            .map(|r| (r.person, r.role))
            .collect()
    }

    fn pair(person: &str, role: &str) -> (String, String) {
        (person.to_string(), role.to_string())
    }

    const MOEN: (&str, Label, &str) = ("Per Moen", Label::Person, "Per Moen");

    #[test]
    fn titles_right_before_the_name_are_its_roles() {
        let text = "Velmar’s port spokesman Colonel Per Moen spoke.";
        let got = roles(
            text,
            &[
                ("spokesman", Label::Title, "spokesman"),
                ("Colonel", Label::Title, "colonel"),
                MOEN,
            ],
        );
        assert_eq!(
            got,
            [pair("Per Moen", "spokesman"), pair("Per Moen", "colonel")]
        );
    }

    #[test]
    fn a_title_with_its_complement_before_the_name_is_its_role() {
        let text = "The minister for port affairs Per Moen spoke.";
        let got = roles(text, &[("minister", Label::Title, "minister"), MOEN]);
        assert_eq!(got, [pair("Per Moen", "minister")]);
    }

    #[test]
    fn a_complement_holding_a_name_still_joins_title_and_name() {
        let text = "The minister for Velmar affairs Per Moen spoke.";
        let got = roles(
            text,
            &[
                ("minister", Label::Title, "minister"),
                ("Velmar", Label::Place, "Velmar"),
                MOEN,
            ],
        );
        assert_eq!(got, [pair("Per Moen", "minister")]);
    }

    #[test]
    fn a_title_before_a_comma_names_the_person_after_it() {
        let text = "Norland recalled its ambassador, Per Moen, on Monday.";
        let got = roles(text, &[("ambassador", Label::Title, "ambassador"), MOEN]);
        assert_eq!(got, [pair("Per Moen", "ambassador")]);
    }

    #[test]
    fn a_title_with_its_complement_before_a_comma_names_the_person_after_it() {
        let text = "The UN envoy to Velmar, Per Moen, asked for calm.";
        let got = roles(
            text,
            &[
                ("envoy", Label::Title, "envoy"),
                ("Velmar", Label::Place, "Velmar"),
                MOEN,
            ],
        );
        assert_eq!(got, [pair("Per Moen", "envoy")]);
    }

    #[test]
    fn a_title_before_a_list_of_names_names_nobody() {
        let text = "They met the minister, Per Moen and Ida Berg.";
        let got = roles(
            text,
            &[
                ("minister", Label::Title, "minister"),
                MOEN,
                ("Ida Berg", Label::Person, "Ida Berg"),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_title_before_a_comma_and_a_list_of_three_names_nobody() {
        let text = "They met the minister, Per Moen, and Colonel Ida Berg.";
        let got = roles(
            text,
            &[
                ("minister", Label::Title, "minister"),
                MOEN,
                ("Colonel", Label::Title, "colonel"),
                ("Ida Berg", Label::Person, "Ida Berg"),
            ],
        );
        assert_eq!(got, [pair("Ida Berg", "colonel")]);
    }

    #[test]
    fn a_title_in_an_apposition_after_the_name_is_its_role() {
        let text = "Per Moen, the Norland minister of state for trade, said no.";
        let got = roles(
            text,
            &[
                MOEN,
                ("minister of state", Label::Title, "minister of state"),
            ],
        );
        assert_eq!(got, [pair("Per Moen", "minister of state")]);
    }

    #[test]
    fn a_counterpart_has_the_role_of_the_person_named_before() {
        let text = "Foreign Minister Ida Berg phoned her Norland counterpart Per Moen.";
        let got = roles(
            text,
            &[
                ("Foreign Minister", Label::Title, "foreign minister"),
                ("Ida Berg", Label::Person, "Ida Berg"),
                MOEN,
            ],
        );
        assert_eq!(
            got,
            [
                pair("Ida Berg", "foreign minister"),
                pair("Per Moen", "foreign minister")
            ]
        );
    }

    #[test]
    fn a_title_on_the_line_before_is_no_role() {
        let text = "The minister\nPer Moen arrived.";
        assert!(roles(text, &[("minister", Label::Title, "minister"), MOEN]).is_empty());
    }
}
