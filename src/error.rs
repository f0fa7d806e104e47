//! The one error type of the crate: every failure is a value with a message a person can act on.

use std::fmt;

/// Why an annotator could not be built or a text could not be annotated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Lines of a dictionary could not be read; nothing of the dictionary was added.
    Dictionary {
        /// The dictionary's name (a file name, or "custom dictionary").
        source: String,
        /// Every bad line, in file order.
        lines: Vec<BadLine>,
    },
    /// A dictionary is larger than a custom dictionary may be.
    DictionaryTooLarge {
        /// The dictionary's name.
        source: String,
        /// Its size in bytes.
        bytes: usize,
        /// The largest size accepted, in bytes.
        limit: usize,
    },
    /// The text is larger than the annotator accepts.
    TextTooLarge {
        /// The text's size in bytes.
        bytes: usize,
        /// The largest size accepted, in bytes.
        limit: usize,
    },
    /// The matching automaton could not be built (too many or too long patterns).
    Automaton(String),
}

/// One bad line of a dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong with the line.
    pub message: String,
}

/// How many bad lines the message of an [`Error::Dictionary`] lists; the error value holds
/// them all. A dictionary that is wrong throughout (the wrong file chosen) would otherwise
/// print a message as long as the file.
const LISTED_BAD_LINES: usize = 100;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Dictionary { source, lines } => {
                for (i, bad) in lines.iter().take(LISTED_BAD_LINES).enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{source}, line {}: {}", bad.line, bad.message)?;
                }
                if lines.len() > LISTED_BAD_LINES {
                    write!(
                        f,
                        "\n{source}: {} more bad lines ({} in all)",
                        lines.len() - LISTED_BAD_LINES,
                        lines.len()
                    )?;
                }
                Ok(())
            }
            Error::DictionaryTooLarge {
                source,
                bytes,
                limit,
            } => write!(
                f,
                "{source} is {:.1} MB; a custom dictionary may be at most {:.1} MB",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
            Error::TextTooLarge { bytes, limit } => write!(
                f,
                "the text is {:.1} MB; the annotator reads at most {:.1} MB at once (split it into parts)",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
            Error::Automaton(message) => write!(f, "could not build the matcher: {message}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(line: usize) -> BadLine {
        BadLine {
            line,
            message: "unknown label \"CITY\"".into(),
        }
    }

    #[test]
    fn every_bad_line_is_named_with_its_source() {
        let e = Error::Dictionary {
            source: "mine.tsv".into(),
            lines: vec![bad(2), bad(5)],
        };
        assert_eq!(
            e.to_string(),
            "mine.tsv, line 2: unknown label \"CITY\"\nmine.tsv, line 5: unknown label \"CITY\""
        );
    }

    #[test]
    fn a_dictionary_bad_throughout_lists_a_hundred_lines_and_counts_the_rest() {
        let e = Error::Dictionary {
            source: "d".into(),
            lines: (1..=250).map(bad).collect(),
        };
        let message = e.to_string();
        assert_eq!(message.lines().count(), 101);
        assert!(message.contains("d, line 100: "));
        assert!(!message.contains("d, line 101: "));
        assert!(message.ends_with("d: 150 more bad lines (250 in all)"));
    }
}
