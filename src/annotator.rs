//! The annotator: a compiled gazetteer plus the rules, applied to one text at a time.

use crate::annotation::{Annotation, Entity, Sentence, Span};
use crate::apposition::{names_by_kind, places_by_region};
use crate::citations::cited_authors;
use crate::clubs::clubs;
use crate::context::in_address;
use crate::coordination::coordinated;
use crate::error::Error;
use crate::facts::{self, NamedMention};
use crate::fast_hash::{FastMap, FastSet};
use crate::gazetteer::{EntityDef, Gazetteer};
use crate::label::Label;
use crate::matcher::Matcher;
use crate::names::{canonical, honorific_prefix, name_end, NameRules};
use crate::offsets::{self, OffsetUnit};
use crate::progress::{Progress, Reporter, Stage};
use crate::propagate::propagate;
use crate::resolve::{resolve, Candidate};
use crate::tagger::{Cue, Sheet, Tagger, Words};
use crate::tokens::{tokenize, Token};

/// The largest text accepted at once, in bytes. Above it the offset map alone would take
/// hundreds of megabytes in a browser tab; a person pasting more than this is better served by
/// the CLI on split files, and the error says so.
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// Annotates texts with one compiled gazetteer. Build it once, reuse it for every text.
///
/// ```
/// use annotator::{Annotator, Gazetteer, Label, OffsetUnit};
///
/// let g = Gazetteer::parse("demo", "PLACE\tIraq\nNATIONALITY\tIraqi\t-\t-\t-\tIraq\n").unwrap();
/// let annotator = Annotator::new(&g).unwrap();
/// let a = annotator.annotate("🇮🇶 Iraq’s Iraqi army", OffsetUnit::Utf16).unwrap();
/// assert_eq!(a.spans[0].text, "Iraq");
/// assert_eq!((a.spans[0].start, a.spans[0].end), (5, 9));
/// assert_eq!(a.spans[1].label, Label::Nationality);
/// ```
#[derive(Debug, Clone)]
pub struct Annotator {
    /// The gazetteer's entities; its surfaces live on only inside the matcher.
    entities: Vec<EntityDef>,
    matcher: Matcher,
    names: NameRules,
    /// The learned tagger that adds people, places and organisations, if the build carries
    /// a model.
    tagger: Option<Tagger>,
    /// Surfaces a user marked "not a name" for a label (see [`Annotator::suppress`]).
    suppressed: FastMap<Label, FastSet<String>>,
    /// The gazetteer's custom labels, handed to every [`Annotation`].
    custom_labels: Vec<Label>,
}

/// A candidate span before overlap resolution.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub rank: i64,
    pub entity: EntityRef,
}

/// What a mention refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EntityRef {
    /// An entity of the gazetteer.
    Known(u32),
    /// A name the rules found, by its canonical name.
    Found(String),
    /// Not an entity (dates, numbers, money).
    None,
}

/// How far a name the tagger adds must outscore "outside" at its first word, in the model's
/// weight units (1/20 of a perceptron update). Chosen on the GUM genres (leave-one-genre-out)
/// and checked on the news and web dev sets: F1 hardly moves between 0 and 400 while exact
/// precision climbs (UNER web text 62.6 -> 70.2); 400 is the lowest margin that keeps exact
/// precision at or above 70 on every dev set.
const MIN_MARGIN: i32 = 400;

/// Rule-found names rank after every gazetteer reading of the same span.
pub(crate) const FOUND_RANK: i64 = i64::MAX / 2;

impl Candidate for Mention {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn label(&self) -> Label {
        self.label
    }
    fn rank(&self) -> i64 {
        self.rank
    }
}

impl Annotator {
    /// Compiles `gazetteer` into an annotator.
    pub fn new(gazetteer: &Gazetteer) -> Result<Annotator, Error> {
        Ok(Annotator {
            matcher: Matcher::new(gazetteer)?,
            entities: gazetteer.entities().to_vec(),
            names: NameRules::default_data(),
            tagger: Tagger::default_model(),
            suppressed: FastMap::default(),
            custom_labels: gazetteer.custom_labels().to_vec(),
        })
    }

    /// Never reads `surface` (exactly as written) as a `label` name again: a user's "not a
    /// name" correction. Gazetteer matches and rule-found names with that label and surface
    /// are dropped before overlaps are resolved and facts are read, so no fact names them
    /// either; dates, numbers and money come from the fact extractors and are not affected.
    pub fn suppress(&mut self, label: Label, surface: &str) {
        self.suppressed
            .entry(label)
            .or_default()
            .insert(surface.to_string());
    }

    fn is_suppressed(&self, text: &str, start: usize, end: usize, label: Label) -> bool {
        self.suppressed
            .get(&label)
            .is_some_and(|set| set.contains(&text[start..end]))
    }

    /// An annotator over the default gazetteer (with the `embedded-places` feature, the default).
    #[cfg(feature = "embedded-places")]
    pub fn with_default_data() -> Annotator {
        Annotator::new(&Gazetteer::default_data()).expect("the default gazetteer compiles")
    }

    /// An annotator over the core tier of the default gazetteer
    /// ([`Gazetteer::default_core`]): quick to build, for a first annotation.
    pub fn with_core_data() -> Annotator {
        Annotator::new(&Gazetteer::default_core()).expect("the core gazetteer compiles")
    }

    /// The tagger's view of `text` before it tags: its tokens with the gazetteer's and the
    /// rules' names on them. For training the tagger on labelled text.
    #[cfg(feature = "training")]
    pub fn training_sheet<'t>(&self, text: &'t str) -> Sheet<'t> {
        let tokens = tokenize(text);
        let cues = Self::cues(&self.rule_names(text, &tokens));
        Sheet::new(text, tokens, &cues, &self.words())
    }

    /// This annotator with another tagger (or none): for evaluating a model while training.
    #[cfg(feature = "training")]
    pub fn with_tagger(mut self, tagger: Option<Tagger>) -> Annotator {
        self.tagger = tagger;
        self
    }

    /// An annotator over `base` and a custom dictionary whose readings win.
    pub fn with_custom_dictionary(mut base: Gazetteer, tsv: &str) -> Result<Annotator, Error> {
        base.add_tsv_overriding("custom dictionary", tsv)?;
        Annotator::new(&base)
    }

    /// Annotates `text`, with offsets counted in `unit`.
    pub fn annotate(&self, text: &str, unit: OffsetUnit) -> Result<Annotation, Error> {
        self.annotate_with_progress(text, unit, &mut |_| {})
    }

    /// Annotates `text` as [`Annotator::annotate`] does, telling `progress` as each stage
    /// begins (see [`Progress`]): for a text of at least
    /// [`PROGRESS_ABOVE_BYTES`](crate::PROGRESS_ABOVE_BYTES), five reports from
    /// [`Stage::Names`] to [`Stage::Done`]; for a shorter one, none.
    pub fn annotate_with_progress(
        &self,
        text: &str,
        unit: OffsetUnit,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Annotation, Error> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::TextTooLarge {
                bytes: text.len(),
                limit: MAX_TEXT_BYTES,
            });
        }
        let mut report = Reporter::new(text.len(), progress);
        report.begin(Stage::Names);
        // The one split of the text into words, read by the name rules, the tagger and the
        // fact rules.
        let tokens = tokenize(text);
        let named = self.rule_names(text, &tokens);
        report.begin(Stage::Tagger);
        let (named, tokens) = match &self.tagger {
            Some(tagger) => self.retag(text, tokens, named, tagger),
            None => (named, tokens),
        };
        // A club named after its town ("AC Milan") before the names are carried to their
        // other mentions, so that the club's name is carried, not the town's.
        let named = clubs(text, named, &self.entities);
        // A town named with its region ("born in Lakeview, Ohio"), also before propagation.
        let named = places_by_region(text, named, &self.entities);
        // A name typed by the kind a comma gives it ("Halvorsen, a shipping firm").
        let named = names_by_kind(text, named, self.names.common_words());
        // An author cited by name and year ("(Harwick & Pevney, 2014)", "Quenby (1964)").
        let named = cited_authors(text, named, &self.entities, self.names.common_words());
        // A name joined by "and" to a typed name ("Svendborg and Faaborg") takes its type.
        let mut named = coordinated(text, named, self.names.common_words());
        // No name inside a web or e-mail address ("houston.rr.com"), whoever found it. Left
        // out here, after the tagger, rather than from the matcher's hits: the tagger reads the
        // hits as cues, and it is trained on them as they are.
        named.retain(|m| !in_address(text, m.start, m.end));
        let mut named = propagate(
            text,
            named,
            self.names.common_words(),
            self.names.given_names(),
        );
        // Gazetteer matches were left out before their overlaps were resolved (rule_names);
        // names the rules, the tagger or propagation found go here, wherever they came from.
        named.retain(|m| !self.is_suppressed(text, m.start, m.end, m.label));
        let named_mentions = self.named_mentions(&named);
        report.begin(Stage::Facts);
        let sentences = crate::sentences::sentences_of(text, &tokens);
        let facts = facts::extract(text, &tokens, &named_mentions, &sentences);
        let mut all = named;
        all.extend(
            facts
                .spans()
                .into_iter()
                .map(|(start, end, label)| Mention {
                    start,
                    end,
                    label,
                    rank: 0,
                    entity: EntityRef::None,
                }),
        );
        report.begin(Stage::Assembling);
        let kept = resolve(all);
        let nested = self.nested_names(text, &kept);
        let mut annotation = self.assemble(text, kept, facts, &sentences);
        annotation.nested = nested
            .into_iter()
            .map(|m| self.nested_span(text, m))
            .collect();
        offsets::convert(text, unit, &mut annotation.offsets_mut());
        annotation.offsets = unit;
        report.begin(Stage::Done);
        Ok(annotation)
    }

    /// The names the gazetteer and the rules read in `text`, overlaps resolved.
    fn rule_names(&self, text: &str, tokens: &[Token]) -> Vec<Mention> {
        let entities = &self.entities;
        let listed: Vec<Mention> = self
            .matcher
            .find(text)
            .into_iter()
            .map(|h| {
                let def = &entities[h.entity as usize];
                // "Sheikh Khalid bin Ahmed" is listed as written in news, but the person's
                // span leaves the honorific out, unless it is part of the canonical name
                // ("Sheikh Hasina").
                let honorific = (def.label == Label::Person)
                    .then(|| honorific_prefix(&text[h.start..h.end]))
                    .flatten()
                    .filter(|&n| !def.name.starts_with(&text[h.start..h.start + n]));
                Mention {
                    start: h.start + honorific.unwrap_or(0),
                    end: h.end,
                    label: def.label,
                    rank: h.rank,
                    entity: EntityRef::Known(h.entity),
                }
            })
            .filter(|m| !self.is_suppressed(text, m.start, m.end, m.label))
            .collect();
        let mut named = resolve(listed);
        let weak: Vec<bool> = named.iter().map(|m| self.is_weak(m)).collect();
        let found = self
            .names
            .find(text, tokens, &self.named_mentions(&named), &weak);
        // A found name that spans a weak mention exactly replaces it (see `NameRules::find`).
        let replaced: FastSet<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        let mut is_weak = weak.iter();
        named.retain(|m| {
            let weak = *is_weak.next().expect("one flag per mention");
            !weak || !replaced.contains(&(m.start, m.end))
        });
        named.extend(found.into_iter().map(|f| Mention {
            start: f.start,
            end: f.end,
            label: f.label,
            rank: FOUND_RANK,
            entity: EntityRef::Found(f.name),
        }));
        resolve(named)
    }

    /// The gazetteer's and the rules' names as the tagger sees them.
    fn cues(named: &[Mention]) -> Vec<Cue> {
        named
            .iter()
            .map(|m| Cue {
                start: m.start,
                end: m.end,
                label: m.label,
                ruled: matches!(m.entity, EntityRef::Found(_)),
            })
            .collect()
    }

    /// The words the tagger consults.
    fn words(&self) -> Words<'_> {
        Words {
            common: self.names.common_words(),
            given: self.names.given_names(),
        }
    }

    /// Adds the people, places and organisations the tagger finds where the gazetteer and the
    /// rules found none. Where they did find a name, theirs stands: measured on the dev sets,
    /// letting the tagger overrule them (relabel, redraw or drop their names) lost more exact
    /// matches than it won, while the names it adds in the gaps are a net gain once they clear
    /// [`MIN_MARGIN`]. A tagged name that touches any of their names is left out. The
    /// tokens are handed back for the fact rules.
    fn retag(
        &self,
        text: &str,
        tokens: Vec<Token>,
        named: Vec<Mention>,
        tagger: &Tagger,
    ) -> (Vec<Mention>, Vec<Token>) {
        let sheet = Sheet::new(text, tokens, &Self::cues(&named), &self.words());
        let tagged = tagger.tag(&sheet);
        let tokens = sheet.tokens;
        let mut out = named;
        let decided: Vec<(usize, usize)> = out
            .iter()
            // A user's custom label is their word on what the name is, as a person or a place is.
            .filter(|m| {
                matches!(
                    m.label,
                    Label::Person | Label::Place | Label::Org | Label::Custom(_)
                )
            })
            .map(|m| (m.start, m.end))
            .collect();
        for t in tagged.into_iter().filter(|t| t.margin >= MIN_MARGIN) {
            // `decided` is sorted by start and disjoint: the first range ending after the
            // tagged start is the only one that can overlap it.
            let i = decided.partition_point(|d| d.1 <= t.start);
            if decided.get(i).is_some_and(|d| d.0 < t.end) {
                continue;
            }
            let start = match t.label {
                Label::Person => t.start + honorific_prefix(&text[t.start..t.end]).unwrap_or(0),
                _ => t.start,
            };
            let end = name_end(text, start, t.end);
            out.push(Mention {
                start,
                end,
                label: t.label,
                rank: FOUND_RANK,
                entity: EntityRef::Found(canonical(&text[start..end])),
            });
        }
        out.sort_by_key(|m| (m.start, m.end));
        (resolve(out), tokens)
    }

    /// Whether a person's name outranks this mention: a gazetteer town named like a surname
    /// (see [`EntityDef::is_town_like_a_surname`]).
    fn is_weak(&self, m: &Mention) -> bool {
        let EntityRef::Known(e) = m.entity else {
            return false;
        };
        self.entities[e as usize].is_town_like_a_surname()
    }

    /// The places and people the gazetteer finds inside each kept organisation or title (and
    /// that are not all of it), without overlaps among themselves. Found by matching each such
    /// span's text again rather than keeping every overlapped candidate: the spans are few and
    /// short, so this costs little time and no memory for a long text.
    fn nested_names(&self, text: &str, kept: &[Mention]) -> Vec<Mention> {
        let mut nested = Vec::new();
        for outer in kept {
            if !matches!(outer.label, Label::Org | Label::Title) {
                continue;
            }
            let inner: Vec<Mention> = self
                .matcher
                .find(&text[outer.start..outer.end])
                .into_iter()
                .map(|h| Mention {
                    start: outer.start + h.start,
                    end: outer.start + h.end,
                    label: self.entities[h.entity as usize].label,
                    rank: h.rank,
                    entity: EntityRef::Known(h.entity),
                })
                .filter(|m| {
                    matches!(m.label, Label::Place | Label::Person)
                        && (m.start, m.end) != (outer.start, outer.end)
                        && !self.is_suppressed(text, m.start, m.end, m.label)
                })
                .collect();
            nested.extend(resolve(inner));
        }
        nested
    }

    /// A nested name as a span, naming its entity by the id `assemble` gives it.
    fn nested_span(&self, text: &str, m: Mention) -> Span {
        let (name, id) = match m.entity {
            EntityRef::Known(e) => {
                let def = &self.entities[e as usize];
                (def.name.clone(), def.id.clone())
            }
            EntityRef::Found(name) => (name, None),
            EntityRef::None => unreachable!("nested names are named mentions"),
        };
        Span {
            start: m.start,
            end: m.end,
            label: m.label,
            text: text[m.start..m.end].to_string(),
            entity: Some(entity_id(m.label, &name, id)),
        }
    }

    fn named_mentions<'m>(&'m self, mentions: &'m [Mention]) -> Vec<NamedMention<'m>> {
        mentions
            .iter()
            .map(|m| NamedMention {
                start: m.start,
                end: m.end,
                label: m.label,
                name: match &m.entity {
                    EntityRef::Known(e) => &self.entities[*e as usize].name,
                    EntityRef::Found(name) => name,
                    EntityRef::None => "",
                },
            })
            .collect()
    }

    /// Builds the output from resolved mentions (byte offsets).
    fn assemble(
        &self,
        text: &str,
        kept: Vec<Mention>,
        facts: facts::Facts,
        sentences: &[(usize, usize)],
    ) -> Annotation {
        let defs = &self.entities;
        let mut entities: Vec<Entity> = Vec::new();
        let mut slots: FastMap<(Label, String), usize> = FastMap::default();
        // The slot of each gazetteer entity already seen under a label: most spans name one,
        // and finding its slot this way copies none of its strings.
        let mut known_slots: FastMap<(Label, u32), usize> = FastMap::default();
        // (entity slot, surface) pairs already listed: a set, not a scan of the entity's
        // aliases, since a custom entity may have thousands of them.
        let mut listed: FastSet<(usize, &str)> = FastSet::default();
        let mut spans = Vec::with_capacity(kept.len());
        for m in kept {
            let surface = &text[m.start..m.end];
            let slot = match m.entity {
                EntityRef::Known(e) => *known_slots.entry((m.label, e)).or_insert_with(|| {
                    let def = &defs[e as usize];
                    slot_of(
                        &mut slots,
                        &mut entities,
                        m.label,
                        def.name.clone(),
                        Some(def),
                        m.start,
                    )
                }),
                EntityRef::Found(name) => {
                    slot_of(&mut slots, &mut entities, m.label, name, None, m.start)
                }
                EntityRef::None => {
                    spans.push(Span {
                        start: m.start,
                        end: m.end,
                        label: m.label,
                        text: surface.to_string(),
                        entity: None,
                    });
                    continue;
                }
            };
            let entity = &mut entities[slot];
            entity.mentions += 1;
            if listed.insert((slot, surface)) {
                entity.aliases.push(surface.to_string());
            }
            spans.push(Span {
                start: m.start,
                end: m.end,
                label: m.label,
                text: surface.to_string(),
                entity: Some(entity.id.clone()),
            });
        }
        Annotation {
            offsets: OffsetUnit::Bytes,
            spans,
            nested: Vec::new(),
            custom_labels: self.custom_labels.clone(),
            entities,
            facts,
            sentences: sentences
                .iter()
                .map(|&(start, end)| Sentence { start, end })
                .collect(),
        }
    }
}

/// The slot in `entities` of the entity that `label` and the canonical `name` make, a new
/// entity (first named at `first`, with the gazetteer entry's id and link) if unseen.
fn slot_of(
    slots: &mut FastMap<(Label, String), usize>,
    entities: &mut Vec<Entity>,
    label: Label,
    name: String,
    def: Option<&EntityDef>,
    first: usize,
) -> usize {
    let key = (label, name);
    if let Some(&slot) = slots.get(&key) {
        return slot;
    }
    let (label, name) = key;
    entities.push(Entity {
        id: entity_id(label, &name, def.and_then(|d| d.id.clone())),
        name: name.clone(),
        label,
        mentions: 0,
        aliases: Vec::new(),
        link: def.and_then(|d| d.link.clone()),
        first,
    });
    slots.insert((label, name), entities.len() - 1);
    entities.len() - 1
}

/// An entity's id: the source data's, or one made from its label and canonical name.
fn entity_id(label: Label, name: &str, id: Option<String>) -> String {
    id.unwrap_or_else(|| format!("{}:{}", label.as_str().to_lowercase(), name))
}
