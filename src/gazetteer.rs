//! The gazetteer: named entities and keywords with the surface forms that refer to them.

use crate::error::{BadLine, Error};
use crate::fast_hash::FastMap;
use crate::label::Label;

/// How a surface form's letter case must match the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CasePolicy {
    /// Exactly as written: "US" never matches "us".
    Exact,
    /// As written, or in all capitals ("IRAQ" in a headline).
    ExactOrUpper,
    /// In any case ("Prime Minister", "prime minister").
    Insensitive,
}

/// One entity of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityDef {
    /// What the entity is.
    pub label: Label,
    /// The name every alias resolves to.
    pub name: String,
    /// A stable identifier from the source data, if there is one.
    pub id: Option<String>,
    /// The canonical name of a related entity (a nationality's country).
    pub link: Option<String>,
}

impl EntityDef {
    /// Whether this is a town of one word from GeoNames: a reading a person's name outranks,
    /// since towns named like surnames abound ("Montalvo", "Lincoln") while a country's name
    /// ("Jordan") in a news text is usually the country.
    pub(crate) fn is_town_like_a_surname(&self) -> bool {
        self.label == Label::Place
            && self
                .id
                .as_deref()
                .is_some_and(|id| id.starts_with("geonames:"))
            && !self.name.contains(' ')
    }
}

/// A surface form that refers to an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Surface {
    pub text: String,
    pub entity: u32,
    pub case: CasePolicy,
    pub ambiguous: bool,
    /// Lower wins when one surface has several readings: overriding (custom) dictionaries
    /// first, then the default data in its file order.
    pub rank: i64,
}

/// A set of entities and their surface forms, ready to be compiled into an
/// [`Annotator`](crate::Annotator).
///
/// # The dictionary format
///
/// One entity a line, tab-separated; blank lines and lines starting with `#` are ignored:
///
/// ```text
/// LABEL   CANONICAL NAME   ALIASES (|-separated)   FLAGS   ID   LINK
/// PLACE   United States    US|U.S.|USA|America     u       iso:US
/// NATIONALITY  Iraqi       Iraqis                  -       -    Iraq
/// ```
///
/// Only the first two columns are required. The canonical name is a surface form too. `FLAGS`
/// is a set of letters (`-` for none): `i` matches in any case (common words: titles,
/// keywords), `u` also matches the all-capitals form of a case-sensitive surface (headlines),
/// `a` marks surfaces that are also ordinary words, which match only in a context that makes them
/// names (capitalised, not opening a sentence, no capitalised neighbour). `ID` is a stable identifier (`iso:IQ`, `geonames:98182`) and `LINK`
/// the canonical name of a related entity (the country of a nationality). `LABEL` is one of
/// the built-in labels ([`Label::ALL`], in any case) or a custom label of the user's own, in
/// capitals, digits and `_` (`WEAPON`, `AID_GROUP`; see
/// [`CustomLabel`](crate::CustomLabel)); a gazetteer holds at most [`MAX_CUSTOM_LABELS`] of
/// them. Lines naming the
/// same label and canonical name describe one entity and merge. An organisation's leading
/// "The " is left out of its surfaces.
///
/// ```
/// use annotator::{Gazetteer, Label};
///
/// let g = Gazetteer::parse("mine", "PLACE\tBaghdad\tBagdad\nORG\tKataib Hezbollah\n").unwrap();
/// assert_eq!(g.entities().len(), 2);
/// assert_eq!(g.entities()[0].label, Label::Place);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<EntityDef>,
    by_key: FastMap<(Label, String), u32>,
    pub(crate) surfaces: Vec<Surface>,
    /// The custom labels its entities carry, in order of first appearance.
    custom_labels: Vec<Label>,
}

/// The most custom labels one gazetteer may name. A legend, a label menu and a set of
/// highlight colours that a reader can still tell apart stop being usable well before this;
/// a dictionary naming more is almost always one whose columns slipped (names in the LABEL
/// column), which the error then points at.
pub const MAX_CUSTOM_LABELS: usize = 64;

/// The largest dictionary accepted at once, in bytes: about 300,000 entries of news-like
/// names. Building costs time and memory in proportion to the surfaces (the automaton, the
/// readings, the entities); past this size a browser tab would spend tens of seconds and
/// gigabytes on it, so the error says so instead. The default data is a fraction of it.
pub const MAX_DICTIONARY_BYTES: usize = 8 * 1024 * 1024;

/// Dictionaries compiled in: `(file name, contents)` in priority order.
type Sources = &'static [(&'static str, &'static str)];

/// The default dictionaries compiled in: those before the place tier and those after it
/// (build.rs splits them).
const DEFAULT_SOURCES: (Sources, Sources) =
    include!(concat!(env!("OUT_DIR"), "/gazetteer_sources.rs"));

/// The place tier (regions and cities) as build.rs writes it: the entity lines of
/// `data/gazetteer/3*.tsv` and `4*.tsv`, in file order. Compiled in with the `embedded-places`
/// feature; the page's WASM build fetches the same file instead (`pkg/places.tsv`).
#[cfg(feature = "embedded-places")]
const PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.tsv"));

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// The default gazetteer built from open data (see `data/NOTICE.md`), its place tier
    /// compiled in (the `embedded-places` feature, on by default).
    #[cfg(feature = "embedded-places")]
    pub fn default_data() -> Gazetteer {
        Gazetteer::default_with_places(None).expect("the compiled-in place tier is well formed")
    }

    /// The default gazetteer less its large tier of regions and cities (the files numbered 30
    /// to 49): a tenth of the size, it compiles in a fraction of the time, so a page can
    /// annotate with it at once while it fetches the place tier.
    pub fn default_core() -> Gazetteer {
        Gazetteer::default_sources(None).expect("the core tier alone cannot be malformed")
    }

    /// The default gazetteer with `places` as its place tier, in the tier's own place among the
    /// default files, so that its readings rank exactly as when it is compiled in. `places` is
    /// the file build.rs writes (`pkg/places.tsv` in the page's build, which leaves the tier
    /// out); without it, the tier compiled in is used, or with none compiled in, the core tier
    /// alone. A malformed file is an error naming its bad lines.
    pub fn default_with_places(places: Option<&[u8]>) -> Result<Gazetteer, Error> {
        #[cfg(feature = "embedded-places")]
        let places = places.or(Some(PLACES.as_bytes()));
        Gazetteer::default_sources(places)
    }

    fn default_sources(places: Option<&[u8]>) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        let (before, after) = DEFAULT_SOURCES;
        let add = |g: &mut Gazetteer, sources: Sources| {
            for (name, contents) in sources {
                // The default data is checked by the test suite; a bad line there is a build bug.
                g.add_tsv(name, contents)
                    .unwrap_or_else(|e| panic!("default gazetteer is malformed: {e}"));
            }
        };
        add(&mut g, before);
        if let Some(places) = places {
            g.add_tsv("the place tier", places)?;
        }
        add(&mut g, after);
        Ok(g)
    }

    /// Parses a dictionary in the format described on [`Gazetteer`].
    pub fn parse(source: &str, tsv: impl AsRef<[u8]>) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        g.add_tsv(source, tsv)?;
        Ok(g)
    }

    /// Adds the entities of a dictionary; on error nothing is added.
    ///
    /// The dictionary is UTF-8, with or without a byte-order mark, its lines ending in LF or
    /// CRLF. It is taken as bytes so that a line that is not UTF-8 is reported with its number
    /// like any other bad line; the error lists every bad line, not only the first.
    pub fn add_tsv(&mut self, source: &str, tsv: impl AsRef<[u8]>) -> Result<(), Error> {
        self.add_lines(source, tsv.as_ref(), false)
    }

    /// Adds a dictionary whose readings of a surface win over every reading already present
    /// (a user's custom dictionary over the default one); on error nothing is added.
    pub fn add_tsv_overriding(&mut self, source: &str, tsv: impl AsRef<[u8]>) -> Result<(), Error> {
        self.add_lines(source, tsv.as_ref(), true)
    }

    fn add_lines(&mut self, source: &str, tsv: &[u8], overriding: bool) -> Result<(), Error> {
        if tsv.len() > MAX_DICTIONARY_BYTES {
            return Err(Error::DictionaryTooLarge {
                source: source.to_string(),
                bytes: tsv.len(),
                limit: MAX_DICTIONARY_BYTES,
            });
        }
        let tsv = tsv.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(tsv);
        let mut lines = Vec::new();
        let mut bad = Vec::new();
        for (n, line) in tsv.split(|&b| b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let parsed = std::str::from_utf8(line)
                .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to() + 1))
                .and_then(|line| {
                    if line.trim().is_empty() || line.starts_with('#') {
                        Ok(None)
                    } else {
                        parse_line(line).map(Some)
                    }
                });
            match parsed {
                Ok(Some(line)) => lines.push((n + 1, line)),
                Ok(None) => {}
                Err(message) => bad.push(BadLine {
                    line: n + 1,
                    message,
                }),
            }
        }
        bad.extend(self.over_the_label_cap(&lines));
        bad.sort_by_key(|b| b.line);
        if !bad.is_empty() {
            return Err(Error::Dictionary {
                source: source.to_string(),
                lines: bad,
            });
        }
        for (_, line) in lines {
            self.push_line(line, overriding);
        }
        Ok(())
    }

    /// The lines that would bring in a custom label past [`MAX_CUSTOM_LABELS`].
    fn over_the_label_cap(&self, lines: &[(usize, DictLine)]) -> Vec<BadLine> {
        let mut known: Vec<Label> = self.custom_labels.clone();
        let mut bad = Vec::new();
        for (n, line) in lines {
            if !line.label.is_custom() || known.contains(&line.label) {
                continue;
            }
            if known.len() < MAX_CUSTOM_LABELS {
                known.push(line.label);
            } else {
                bad.push(BadLine {
                    line: *n,
                    message: format!(
                        "the custom label {} is one too many: a dictionary may name at most \
                         {MAX_CUSTOM_LABELS} custom labels",
                        line.label
                    ),
                });
            }
        }
        bad
    }

    /// Adds one entity with its surface forms (the canonical name is always one of them).
    pub fn add(&mut self, line: DictLine) {
        self.push_line(line, false)
    }

    fn push_line(&mut self, line: DictLine, overriding: bool) {
        let key = (line.label, line.name.clone());
        let entity = match self.by_key.get(&key) {
            Some(&e) => {
                let def = &mut self.entities[e as usize];
                def.id = def.id.take().or(line.id);
                def.link = def.link.take().or(line.link);
                e
            }
            None => {
                if line.label.is_custom() && !self.custom_labels.contains(&line.label) {
                    self.custom_labels.push(line.label);
                }
                let e = self.entities.len() as u32;
                self.entities.push(EntityDef {
                    label: line.label,
                    name: line.name.clone(),
                    id: line.id,
                    link: line.link,
                });
                self.by_key.insert(key, e);
                e
            }
        };
        let case = if line.flags.insensitive {
            CasePolicy::Insensitive
        } else if line.flags.upper {
            CasePolicy::ExactOrUpper
        } else {
            CasePolicy::Exact
        };
        for mut text in std::iter::once(line.name).chain(line.aliases) {
            // News style and NER convention leave a leading article out of an organisation's
            // name ("the Guardian", "The Guardian"): the surface without it meets both.
            if line.label == Label::Org {
                if let Some(rest) = text.strip_prefix("The ").filter(|r| r.len() > 2) {
                    text = rest.to_string();
                }
            }
            // Overriding surfaces rank below every ordinary one, keeping their own order.
            let order = self.surfaces.len() as i64;
            let rank = if overriding {
                i64::MIN / 2 + order
            } else {
                order
            };
            self.surfaces.push(Surface {
                text,
                entity,
                case,
                ambiguous: line.flags.ambiguous,
                rank,
            });
        }
    }

    /// The entities, in the order they were added.
    pub fn entities(&self) -> &[EntityDef] {
        &self.entities
    }

    /// The custom labels its entities carry, in order of first appearance.
    pub fn custom_labels(&self) -> &[Label] {
        &self.custom_labels
    }

    /// How many surface forms the gazetteer holds.
    pub fn surface_count(&self) -> usize {
        self.surfaces.len()
    }
}

/// One parsed dictionary line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictLine {
    /// What the entity is.
    pub label: Label,
    /// Its canonical name.
    pub name: String,
    /// Other surface forms.
    pub aliases: Vec<String>,
    /// How the surfaces match.
    pub flags: Flags,
    /// A stable identifier.
    pub id: Option<String>,
    /// A related entity's canonical name.
    pub link: Option<String>,
}

/// The `FLAGS` column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// `i`: any letter case.
    pub insensitive: bool,
    /// `u`: the all-capitals form matches too.
    pub upper: bool,
    /// `a`: also an ordinary word.
    pub ambiguous: bool,
}

fn optional(column: Option<&str>) -> Option<String> {
    column
        .map(str::trim)
        .filter(|c| !c.is_empty() && *c != "-")
        .map(str::to_string)
}

fn parse_line(line: &str) -> Result<DictLine, String> {
    // Checked before the label: a line without a tab whose one word could be a custom label
    // ("NATO") is a slip of the format, not an entity without a name.
    if !line.contains('\t') {
        return Err(format!(
            "expected LABEL<tab>NAME, found no tab in {:?}",
            truncate(line)
        ));
    }
    let mut columns = line.split('\t');
    let label: Label = columns
        .next()
        .unwrap_or_default()
        .parse()
        .map_err(|e: crate::label::UnknownLabel| e.to_string())?;
    let name = columns.next().map(str::trim).unwrap_or_default();
    if name.is_empty() {
        return Err("the name column is empty".into());
    }
    let aliases: Vec<String> = match optional(columns.next()) {
        Some(a) => a
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        None => vec![],
    };
    let mut flags = Flags::default();
    for c in optional(columns.next()).unwrap_or_default().chars() {
        match c {
            'i' => flags.insensitive = true,
            'u' => flags.upper = true,
            'a' => flags.ambiguous = true,
            other => return Err(format!("unknown flag {other:?} (flags are i, u, a or -)")),
        }
    }
    let id = optional(columns.next());
    let link = optional(columns.next());
    if columns.next().is_some() {
        return Err("too many columns (at most 6: LABEL, NAME, ALIASES, FLAGS, ID, LINK)".into());
    }
    for surface in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        if !surface.chars().any(crate::fold::is_word_char) {
            return Err(format!("the surface {surface:?} has no letter or digit"));
        }
    }
    Ok(DictLine {
        label,
        name: name.to_string(),
        aliases,
        flags,
        id,
        link,
    })
}

fn truncate(line: &str) -> String {
    line.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_line_parses() {
        let g =
            Gazetteer::parse("t", "PLACE\tUnited States\tUS|U.S.|America\tu\tiso:US\n").unwrap();
        assert_eq!(g.entities()[0].id.as_deref(), Some("iso:US"));
        let texts: Vec<&str> = g.surfaces.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["United States", "US", "U.S.", "America"]);
        assert!(g
            .surfaces
            .iter()
            .all(|s| s.case == CasePolicy::ExactOrUpper));
    }

    #[test]
    fn lines_with_the_same_label_and_name_merge() {
        let g = Gazetteer::parse(
            "t",
            "NATIONALITY\tIraqi\t-\t-\t-\tIraq\nNATIONALITY\tIraqi\tIraqis\n",
        )
        .unwrap();
        assert_eq!(g.entities().len(), 1);
        assert_eq!(g.entities()[0].link.as_deref(), Some("Iraq"));
        assert_eq!(g.surface_count(), 3);
    }

    #[test]
    fn an_organisations_leading_article_is_left_out() {
        let g = Gazetteer::parse("t", "ORG\tThe Guardian\tThe Times|The Y\n").unwrap();
        let texts: Vec<&str> = g.surfaces.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Guardian", "Times", "The Y"]);
        assert_eq!(g.entities()[0].name, "The Guardian");
    }

    #[test]
    fn comments_blank_lines_and_crlf_are_ignored() {
        let g = Gazetteer::parse("t", "# c\r\n\r\nTITLE\tminister\t-\ti\r\n").unwrap();
        assert_eq!(g.surfaces[0].case, CasePolicy::Insensitive);
    }

    #[test]
    fn malformed_lines_name_the_line_and_the_problem() {
        let cases = [
            (
                "PLACE\tBaghdad\nCity\tBasra",
                "t, line 2: unknown label \"City\"",
            ),
            ("Baghdad", "t, line 1: expected LABEL<tab>NAME"),
            ("NATO", "t, line 1: expected LABEL<tab>NAME"),
            ("PLACE\t  ", "t, line 1: the name column is empty"),
            ("PLACE\tBasra\t-\tx", "t, line 1: unknown flag 'x'"),
            (
                "PLACE\tBasra\t-\t-\t-\t-\textra",
                "t, line 1: too many columns",
            ),
            (
                "PLACE\tBasra\t!!",
                "t, line 1: the surface \"!!\" has no letter",
            ),
        ];
        for (tsv, expected) in cases {
            let err = Gazetteer::parse("t", tsv).unwrap_err().to_string();
            assert!(err.starts_with(expected), "{tsv:?}: {err}");
        }
    }

    #[test]
    fn every_bad_line_is_reported_not_only_the_first() {
        let tsv = "PLACE\tBaghdad\nCity\tBasra\nPLACE\tMosul\nBaghdad\n";
        let Err(Error::Dictionary { source, lines }) = Gazetteer::parse("mine.tsv", tsv) else {
            panic!("the dictionary has bad lines");
        };
        assert_eq!(source, "mine.tsv");
        let numbers: Vec<usize> = lines.iter().map(|b| b.line).collect();
        assert_eq!(numbers, [2, 4]);
    }

    #[test]
    fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
        let g = Gazetteer::parse(
            "t",
            "\u{feff}PERSON\tAli Hassan\tHassan\t-\tx:1\r\nTITLE\tenvoy\t-\ti\r\n",
        )
        .unwrap();
        assert_eq!(g.entities()[0].label, Label::Person);
        assert_eq!(g.entities()[0].id.as_deref(), Some("x:1"));
        assert_eq!(g.surfaces[2].case, CasePolicy::Insensitive);
    }

    #[test]
    fn a_line_that_is_not_utf8_is_named_and_the_others_still_checked() {
        let err = Gazetteer::parse("d.tsv", b"PLACE\tBasra\nPLACE\tMos\xFFul\ncity\tX\n")
            .unwrap_err()
            .to_string();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines[0],
            "d.tsv, line 2: invalid UTF-8 at byte 10 of the line"
        );
        assert!(lines[1].starts_with("d.tsv, line 3: unknown label \"city\""));
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn a_dictionary_over_the_limit_is_refused_with_its_size() {
        let tsv = "ORG\tAcme Widgets\n".repeat(MAX_DICTIONARY_BYTES / 17 + 1);
        let err = Gazetteer::parse("huge.tsv", &tsv).unwrap_err();
        assert!(matches!(err, Error::DictionaryTooLarge { .. }));
        assert!(
            err.to_string()
                .starts_with("huge.tsv is 8.4 MB; a custom dictionary may be at most 8.4 MB"),
            "{err}"
        );
    }

    #[test]
    fn a_failed_parse_adds_nothing() {
        let mut g = Gazetteer::parse("t", "PLACE\tBasra\n").unwrap();
        assert!(g.add_tsv("u", "PLACE\tMosul\nBAD").is_err());
        assert_eq!(g.entities().len(), 1);
    }

    #[test]
    fn overriding_surfaces_rank_first() {
        let mut g = Gazetteer::parse("default", "PLACE\tJordan\n").unwrap();
        g.add_tsv_overriding("custom", "PERSON\tMichael Jordan\tJordan\n")
            .unwrap();
        let best = g
            .surfaces
            .iter()
            .filter(|s| s.text == "Jordan")
            .min_by_key(|s| s.rank)
            .unwrap();
        assert_eq!(g.entities()[best.entity as usize].label, Label::Person);
    }

    #[test]
    fn a_line_may_name_a_custom_label_of_the_users_own() {
        let g = Gazetteer::parse(
            "mine",
            "WEAPON\tAK-47\tKalashnikov\nAID_GROUP\tRed Crescent\nWEAPON\tRPG\nPLACE\tMosul\n",
        )
        .unwrap();
        let labels: Vec<&str> = g.custom_labels().iter().map(|l| l.as_str()).collect();
        assert_eq!(labels, ["WEAPON", "AID_GROUP"]);
        assert_eq!(g.entities()[0].label.as_str(), "WEAPON");
        assert_eq!(g.entities()[3].label, Label::Place);
    }

    #[test]
    fn a_badly_written_custom_label_names_its_line() {
        let cases = [
            (
                "PLACE\tMosul\nWeapon\tAK-47",
                "t, line 2: unknown label \"Weapon\"",
            ),
            (
                "AID-GROUP\tRed Crescent",
                "t, line 1: unknown label \"AID-GROUP\"",
            ),
            ("9MM\tGlock", "t, line 1: unknown label \"9MM\""),
            (
                "A_VERY_LONG_LABEL_NAME_X25\tX",
                "t, line 1: unknown label \"A_VERY_LONG_LABEL_NAME_X25\"",
            ),
        ];
        for (tsv, expected) in cases {
            let err = Gazetteer::parse("t", tsv).unwrap_err().to_string();
            assert!(err.starts_with(expected), "{tsv:?}: {err}");
            assert!(err.contains("at most 24 characters"), "{err}");
        }
    }

    #[test]
    fn a_dictionary_naming_too_many_custom_labels_is_refused_at_the_first_extra_one() {
        let mut tsv: String = (0..MAX_CUSTOM_LABELS)
            .map(|i| format!("L{i}\tName{i}\n"))
            .collect();
        tsv.push_str("L0\tAgain\nEXTRA\tOne\nMORE\tTwo\n");
        let Err(Error::Dictionary { lines, .. }) = Gazetteer::parse("t", &tsv) else {
            panic!("65 custom labels are refused");
        };
        let numbers: Vec<usize> = lines.iter().map(|b| b.line).collect();
        assert_eq!(numbers, [MAX_CUSTOM_LABELS + 2, MAX_CUSTOM_LABELS + 3]);
        assert!(
            lines[0].message.contains("EXTRA is one too many"),
            "{}",
            lines[0].message
        );
    }

    #[test]
    fn the_cap_counts_the_labels_already_added() {
        let first: String = (0..MAX_CUSTOM_LABELS)
            .map(|i| format!("L{i}\tN{i}\n"))
            .collect();
        let mut g = Gazetteer::parse("t", &first).unwrap();
        assert!(g.add_tsv_overriding("u", "L3\tMore\n").is_ok());
        assert!(g.add_tsv_overriding("u", "NEW\tMore\n").is_err());
        assert_eq!(g.custom_labels().len(), MAX_CUSTOM_LABELS);
    }

    #[test]
    fn default_data_parses() {
        let g = Gazetteer::default_data();
        assert!(g.surface_count() > 0);
    }

    #[test]
    fn the_default_data_is_every_source_file_in_file_name_order() {
        // The reference: data/gazetteer/*.tsv read here, one after another, as one would by
        // hand; however build.rs splits and compacts them, the result must be this.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        let mut reference = Gazetteer::new();
        for f in &files {
            reference.add_tsv("f", std::fs::read(f).unwrap()).unwrap();
        }
        let given = Gazetteer::default_with_places(Some(PLACES.as_bytes())).unwrap();
        for g in [Gazetteer::default_data(), given] {
            assert_eq!(g.entities(), reference.entities());
            assert_eq!(g.surfaces, reference.surfaces);
        }
    }

    #[test]
    fn the_place_tier_keeps_its_place_among_the_default_files() {
        // Its surfaces rank after the countries' (file 20) and before the titles' (file 50).
        let g = Gazetteer::default_with_places(Some(b"PLACE\tQuillon\tZeta Town\n")).unwrap();
        let rank = |text: &str| g.surfaces.iter().find(|s| s.text == text).unwrap().rank;
        assert!(rank("Iraq") < rank("Quillon"));
        assert!(rank("Zeta Town") < rank("prime minister"));
        assert_eq!(
            g.entities().len(),
            Gazetteer::default_core().entities().len() + 1
        );
    }

    #[test]
    fn a_malformed_place_tier_is_refused_with_its_bad_line() {
        let err = Gazetteer::default_with_places(Some(b"PLACE\tQuillon\n<html>\n"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("the place tier, line 2: expected LABEL<tab>NAME"),
            "{err}"
        );
    }

    #[test]
    fn the_core_tier_is_a_smaller_part_of_the_default_data() {
        let core = Gazetteer::default_core();
        assert!(core.surface_count() > 0);
        assert!(core.surface_count() < Gazetteer::default_data().surface_count());
    }
}
