//! The closed list of event kinds, the words that name them, and how a kind is worded in an
//! event's one-line summary.
//!
//! The list is closed on purpose: a reader scans the panel for the kinds of thing news
//! reports (violence, protest, arrests, diplomacy), and each kind has its own wording ("stormed
//! the embassy", "air strikes on the bases"). A word not listed here is no event, however
//! eventful it sounds ("incident", "crisis" refer back to an event already named).

use super::super::tokens::{Shapes, Token};
use serde::Serialize;

/// What kind of event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum EventKind {
    /// An attack or assault of unstated form ("an attack on the embassy").
    #[serde(rename = "attack")]
    Attack,
    /// Forcing a way into a building or compound ("stormed the embassy").
    #[serde(rename = "storming")]
    Storming,
    /// A protest, demonstration or rally.
    #[serde(rename = "protest")]
    Protest,
    /// Air, drone or missile strikes.
    #[serde(rename = "air strike")]
    AirStrike,
    /// Rocket or mortar fire.
    #[serde(rename = "rocket attack")]
    RocketAttack,
    /// Artillery shelling.
    #[serde(rename = "shelling")]
    Shelling,
    /// A bombing.
    #[serde(rename = "bombing")]
    Bombing,
    /// An explosion or blast of unstated cause.
    #[serde(rename = "explosion")]
    Explosion,
    /// A shooting.
    #[serde(rename = "shooting")]
    Shooting,
    /// A raid.
    #[serde(rename = "raid")]
    Raid,
    /// Clashes between two sides.
    #[serde(rename = "clash")]
    Clash,
    /// An invasion.
    #[serde(rename = "invasion")]
    Invasion,
    /// Arrests, detentions, a crackdown.
    #[serde(rename = "arrest")]
    Arrest,
    /// A killing or assassination named as such ("the killing of a contractor").
    #[serde(rename = "killing")]
    Killing,
    /// Recalling an ambassador or envoy.
    #[serde(rename = "recall")]
    Recall,
    /// Condemning or denouncing something.
    #[serde(rename = "condemnation")]
    Condemnation,
    /// Sanctions.
    #[serde(rename = "sanctions")]
    Sanctions,
    /// A boycott.
    #[serde(rename = "boycott")]
    Boycott,
    /// A coup.
    #[serde(rename = "coup")]
    Coup,
}

/// How a trigger word names its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A noun ("the attack", "air strikes"): who acted comes before it or after "by".
    Noun,
    /// A finite verb ("stormed", "condemns"): who acted is its subject.
    Verb,
    /// An "-ing" form: a verb after "was"/"were" ("was recalling"), else a modifier of the noun
    /// before it ("militiamen protesting against …").
    Participle,
}

use EventKind::*;
use Form::*;

/// Single words that name an event.
const WORDS: &[(&str, EventKind, Form)] = &[
    ("attack", Attack, Noun),
    ("attacks", Attack, Noun),
    ("attacked", Attack, Verb),
    ("attacking", Attack, Participle),
    ("assault", Attack, Noun),
    ("assaults", Attack, Noun),
    ("assaulted", Attack, Verb),
    ("stormed", Storming, Verb),
    ("storming", Storming, Participle),
    ("protest", Protest, Noun),
    ("protests", Protest, Noun),
    ("protested", Protest, Verb),
    ("protesting", Protest, Participle),
    ("demonstration", Protest, Noun),
    ("demonstrations", Protest, Noun),
    ("rally", Protest, Noun),
    ("rallies", Protest, Noun),
    ("airstrike", AirStrike, Noun),
    ("airstrikes", AirStrike, Noun),
    ("shelling", Shelling, Noun),
    ("shelled", Shelling, Verb),
    ("bombing", Bombing, Noun),
    ("bombings", Bombing, Noun),
    ("bombed", Bombing, Verb),
    ("explosion", Explosion, Noun),
    ("explosions", Explosion, Noun),
    ("blast", Explosion, Noun),
    ("shooting", Shooting, Noun),
    ("raid", Raid, Noun),
    ("raids", Raid, Noun),
    ("raided", Raid, Verb),
    ("clash", Clash, Noun),
    ("clashes", Clash, Noun),
    ("clashed", Clash, Verb),
    ("invasion", Invasion, Noun),
    ("invaded", Invasion, Verb),
    ("arrest", Arrest, Noun),
    ("arrests", Arrest, Noun),
    ("detention", Arrest, Noun),
    ("detentions", Arrest, Noun),
    ("crackdown", Arrest, Noun),
    ("killing", Killing, Noun),
    ("assassination", Killing, Noun),
    ("assassinated", Killing, Verb),
    ("recall", Recall, Verb),
    ("recalled", Recall, Verb),
    ("recalling", Recall, Participle),
    ("condemn", Condemnation, Verb),
    ("condemns", Condemnation, Verb),
    ("condemned", Condemnation, Verb),
    ("condemnation", Condemnation, Noun),
    ("denounce", Condemnation, Verb),
    ("denounces", Condemnation, Verb),
    ("denounced", Condemnation, Verb),
    ("sanctions", Sanctions, Noun),
    ("boycott", Boycott, Noun),
    ("boycotted", Boycott, Verb),
    ("boycotting", Boycott, Participle),
    ("coup", Coup, Noun),
];

/// Two-word names, tried before single words ("rocket attack" is not an attack of unstated
/// form): the first word, the second word's forms, the kind.
const PAIRS: &[(&str, &[&str], EventKind)] = &[
    ("air", &["strike", "strikes", "raid", "raids"], AirStrike),
    (
        "drone",
        &["strike", "strikes", "attack", "attacks"],
        AirStrike,
    ),
    (
        "missile",
        &["strike", "strikes", "attack", "attacks"],
        AirStrike,
    ),
    (
        "rocket",
        &["attack", "attacks", "fire", "strike", "strikes"],
        RocketAttack,
    ),
    ("mortar", &["attack", "attacks", "fire"], RocketAttack),
    ("car", &["bomb", "bombing"], Bombing),
    ("suicide", &["bomb", "bombing", "attack"], Bombing),
];

/// Words after "recall" that make it the recall of a diplomat (not of a product or a memory).
const ENVOYS: [&str; 5] = ["ambassador", "envoy", "diplomats", "ambassadors", "envoys"];

/// The lengths and initials of the words above, to rule out most tokens at once: this runs at
/// every token of the text.
const OPENERS: Shapes = {
    let mut shapes = Shapes::NONE;
    let mut k = 0;
    while k < WORDS.len() {
        shapes = shapes.with(WORDS[k].0);
        k += 1;
    }
    let mut k = 0;
    while k < PAIRS.len() {
        shapes = shapes.with(PAIRS[k].0);
        k += 1;
    }
    shapes
};

/// The event named at token `k`: its kind, form and last token.
pub(crate) fn trigger_at(tokens: &[Token<'_>], k: usize) -> Option<(EventKind, Form, usize)> {
    let t = &tokens[k];
    if !OPENERS.admit(t.text) {
        return None;
    }
    if let Some(next) = tokens.get(k + 1) {
        for (first, seconds, kind) in PAIRS {
            if t.is(first) && next.is_any(seconds) {
                return Some((*kind, Noun, k + 1));
            }
        }
    }
    // "strike" alone is a labour strike or a blow: only the pairs above make it an event.
    let &(_, kind, form) = WORDS.iter().find(|(w, _, _)| t.is(w))?;
    match kind {
        // "the killing of …": "killing 3 people" is a casualty, counted with its event.
        Killing if form == Noun => tokens.get(k + 1).filter(|o| o.is("of"))?,
        Recall => tokens[k + 1..].iter().take(3).find(|o| o.is_any(&ENVOYS))?,
        _ => t,
    };
    Some((kind, form, k))
}

impl EventKind {
    /// The kind's name, as serialised ("air strike").
    pub fn as_str(self) -> &'static str {
        match self {
            Attack => "attack",
            Storming => "storming",
            Protest => "protest",
            AirStrike => "air strike",
            RocketAttack => "rocket attack",
            Shelling => "shelling",
            Bombing => "bombing",
            Explosion => "explosion",
            Shooting => "shooting",
            Raid => "raid",
            Clash => "clash",
            Invasion => "invasion",
            Arrest => "arrest",
            Killing => "killing",
            Recall => "recall",
            Condemnation => "condemnation",
            Sanctions => "sanctions",
            Boycott => "boycott",
            Coup => "coup",
        }
    }

    /// Whether the kind is an act of force, which may be named first as an "attack" and more
    /// exactly later ("an attack … protesters stormed the embassy" is one event).
    pub(crate) fn is_force(self) -> bool {
        matches!(
            self,
            Attack
                | Storming
                | AirStrike
                | RocketAttack
                | Shelling
                | Bombing
                | Explosion
                | Shooting
                | Raid
                | Clash
                | Invasion
                | Killing
        )
    }

    /// The wording of a summary: the verb after an actor ("stormed"; those that need a
    /// preposition carry it: "clashed with"), the noun ("Storming"), and the preposition
    /// before the noun's target.
    fn wording(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Attack => ("attacked", "Attack", "on"),
            Storming => ("stormed", "Storming", "of"),
            Protest => ("protested against", "Protest", "against"),
            AirStrike => ("struck", "Air strikes", "on"),
            RocketAttack => ("fired rockets at", "Rocket attack", "on"),
            Shelling => ("shelled", "Shelling", "of"),
            Bombing => ("bombed", "Bombing", "of"),
            Explosion => ("exploded at", "Explosion", "at"),
            Shooting => ("shot at", "Shooting", "at"),
            Raid => ("raided", "Raid", "on"),
            Clash => ("clashed with", "Clashes", "with"),
            Invasion => ("invaded", "Invasion", "of"),
            Arrest => ("arrested", "Arrests", "of"),
            Killing => ("killed", "Killing", "of"),
            Recall => ("recalled", "Recall", "of"),
            Condemnation => ("condemned", "Condemnation", "of"),
            Sanctions => ("imposed sanctions on", "Sanctions", "on"),
            Boycott => ("boycotted", "Boycott", "of"),
            Coup => ("staged a coup in", "Coup", "in"),
        }
    }

    /// The one-line summary of an event of this kind: "Protesters stormed the embassy in
    /// Velmar", "Norland air strikes on the depots", "Attack by gunmen on the port",
    /// "Condemnation of the attack".
    pub(crate) fn summary(
        self,
        actor: Option<(&str, &Wording)>,
        target: Option<&str>,
        place: Option<&str>,
    ) -> String {
        let (verb, noun, preposition) = self.wording();
        let mut line = match actor {
            Some((actor, Wording::Verb(written))) => {
                let written = written.as_deref();
                let verb = written.filter(|w| w.ends_with("ed") && !verb.contains(' '));
                format!("{} {}", capitalise(actor), verb.unwrap_or(self.wording().0))
            }
            Some((actor, Wording::NameBefore)) => format!("{actor} {}", noun.to_lowercase()),
            None | Some((_, Wording::By)) => noun.to_string(),
        };
        if let Some(target) = target {
            if !matches!(actor, Some((_, Wording::Verb(_)))) {
                line.push(' ');
                line.push_str(preposition);
            }
            line.push(' ');
            line.push_str(target);
        }
        if let Some((actor, Wording::By)) = actor {
            line.push_str(" by ");
            line.push_str(actor);
        }
        if let Some(place) = place {
            if !line.contains(place) {
                line.push_str(" in ");
                line.push_str(place);
            }
        }
        line
    }
}

/// How a summary words its actor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Wording {
    /// As the subject of a verb, with the verb as written when it is a plain past tense
    /// ("denounced"), else the kind's own.
    Verb(Option<String>),
    /// As a name before the noun ("US air strikes").
    NameBefore,
    /// After the noun and its target ("Attack on the embassy by protesters").
    By,
}

/// `s` with its first letter in upper case.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;

    fn trigger(text: &str) -> Option<(EventKind, Form)> {
        let tokens = tokenize(text);
        (0..tokens.len()).find_map(|k| trigger_at(&tokens, k).map(|(kind, form, _)| (kind, form)))
    }

    #[test]
    fn two_word_names_win_over_their_last_word() {
        assert_eq!(trigger("a rocket attack hit"), Some((RocketAttack, Noun)));
        assert_eq!(trigger("US air strikes on"), Some((AirStrike, Noun)));
    }

    #[test]
    fn a_strike_alone_and_a_recall_of_goods_are_no_events() {
        assert_eq!(trigger("dock workers went on strike"), None);
        assert_eq!(trigger("the maker will recall its cars"), None);
        assert_eq!(
            trigger("Velmar will recall its ambassador"),
            Some((Recall, Verb))
        );
    }

    #[test]
    fn the_killing_of_is_an_event_and_killing_people_is_a_count() {
        assert_eq!(trigger("the killing of a guard"), Some((Killing, Noun)));
        assert_eq!(trigger("gunmen opened fire, killing 3 people"), None);
    }

    #[test]
    fn summaries_read_actor_verb_target_place() {
        let verb = Wording::Verb(Some("stormed".into()));
        assert_eq!(
            Storming.summary(
                Some(("protesters", &verb)),
                Some("the embassy"),
                Some("Velmar")
            ),
            "Protesters stormed the embassy in Velmar"
        );
        assert_eq!(
            Condemnation.summary(
                Some(("Velmar", &Wording::Verb(Some("denounced".into())))),
                Some("the raid"),
                None
            ),
            "Velmar denounced the raid"
        );
        assert_eq!(
            AirStrike.summary(
                Some(("Norland", &Wording::NameBefore)),
                Some("the depots"),
                None
            ),
            "Norland air strikes on the depots"
        );
        assert_eq!(
            Attack.summary(Some(("gunmen", &Wording::By)), Some("the port"), None),
            "Attack on the port by gunmen"
        );
        assert_eq!(
            Condemnation.summary(None, Some("the attack"), None),
            "Condemnation of the attack"
        );
        assert_eq!(
            Sanctions.summary(
                Some(("the council", &Wording::Verb(None))),
                Some("Sorvia"),
                Some("Sorvia")
            ),
            "The council imposed sanctions on Sorvia"
        );
    }
}
