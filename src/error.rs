//! The one error type of the crate: every failure is a value with a message a person can act on.

use std::fmt;

/// Why an annotator could not be built or a text could not be annotated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A dictionary line could not be read.
    Dictionary {
        /// The dictionary's name (a file name, or "custom dictionary").
        source: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Dictionary {
                source,
                line,
                message,
            } => write!(f, "{source}, line {line}: {message}"),
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
