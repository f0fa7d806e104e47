//! Reading the documents: JSON Lines or plain-text files, one at a time, each read with a bound.
//!
//! Every failure is one item with its place (file, and line for JSON Lines) and the reading
//! goes on where it can: past a bad line to the next, past a bad file (a directory, a missing
//! file, a read error) to the next file. A read error ends its file rather than being retried,
//! since a reader that failed once (a directory) fails the same way forever.

use annotator::{Error, MAX_TEXT_BYTES};
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;

/// The longest JSON line read: room for a text at the annotator's limit with its escapes.
/// Without a bound, a file with no line breaks (`/dev/zero`) is read into memory until the
/// allocation fails.
pub const MAX_LINE_BYTES: usize = 4 * MAX_TEXT_BYTES;

/// Where an item comes from: a file name, and a 1-based line number for JSON Lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: Arc<str>,
    pub line: Option<usize>,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.file),
            None => write!(f, "{}", self.file),
        }
    }
}

/// What was read at a place.
#[derive(Debug, PartialEq, Eq)]
pub enum Input {
    /// One line of a JSON Lines file.
    JsonLine(String),
    /// A whole plain-text file.
    Text(String),
}

/// The items of the files named (`-` is standard input), in order.
pub struct Inputs {
    files: VecDeque<String>,
    plain_text: bool,
    open: Option<Open>,
}

/// The JSON Lines file being read.
struct Open {
    file: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    /// The number of the last line read.
    line: usize,
    /// Whether the last line was too long and its rest is still to be read past.
    in_long_line: bool,
}

impl Inputs {
    pub fn new(files: Vec<String>, plain_text: bool) -> Inputs {
        Inputs {
            files: files.into(),
            plain_text,
            open: None,
        }
    }

    /// The reader of a file, and its size when it is a regular file.
    fn open(name: &str) -> io::Result<(Box<dyn Read + Send>, Option<u64>)> {
        if name == "-" {
            return Ok((Box::new(io::stdin()), None));
        }
        let file = File::open(name)?;
        let metadata = file.metadata()?;
        if metadata.is_dir() {
            return Err(io::Error::other("is a directory"));
        }
        let size = metadata.is_file().then_some(metadata.len());
        Ok((Box::new(file), size))
    }
}

impl Iterator for Inputs {
    type Item = (Place, Result<Input, String>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(open) = &mut self.open {
                let mut read = Ok(());
                if open.in_long_line {
                    open.in_long_line = false;
                    read = skip_line(&mut open.reader);
                }
                let read = read.and_then(|()| read_line(&mut open.reader, MAX_LINE_BYTES));
                open.line += 1;
                let place = Place {
                    file: open.file.clone(),
                    line: Some(open.line),
                };
                let input = match read {
                    Ok(Line::End) => {
                        self.open = None;
                        continue;
                    }
                    Ok(Line::Bytes(bytes)) => String::from_utf8(bytes)
                        .map(Input::JsonLine)
                        .map_err(|e| invalid_utf8(e.utf8_error())),
                    Ok(Line::TooLong) => {
                        open.in_long_line = true;
                        Err(format!(
                            "the line is longer than {:.1} MB and is skipped (a text may be at most {:.1} MB)",
                            MAX_LINE_BYTES as f64 / 1e6,
                            MAX_TEXT_BYTES as f64 / 1e6
                        ))
                    }
                    Err(e) => {
                        self.open = None;
                        Err(format!("{e}; the rest of the file is skipped"))
                    }
                };
                return Some((place, input));
            }
            let name = self.files.pop_front()?;
            let file: Arc<str> = name.as_str().into();
            let (reader, size) = match Inputs::open(&name) {
                Ok(r) => r,
                Err(e) => return Some((Place { file, line: None }, Err(e.to_string()))),
            };
            if self.plain_text {
                let text = read_text(reader, size);
                return Some((Place { file, line: None }, text.map(Input::Text)));
            }
            self.open = Some(Open {
                file,
                reader: Box::new(BufReader::new(reader)),
                line: 0,
                in_long_line: false,
            });
        }
    }
}

fn invalid_utf8(e: std::str::Utf8Error) -> String {
    format!("invalid UTF-8 at byte {}", e.valid_up_to())
}

/// A whole text, refused without reading past the annotator's limit (nor reading at all when
/// the file's size says it is too large).
fn read_text(reader: impl Read, size: Option<u64>) -> Result<String, String> {
    let too_large = |bytes: u64| {
        Error::TextTooLarge {
            bytes: bytes as usize,
            limit: MAX_TEXT_BYTES,
        }
        .to_string()
    };
    if let Some(size) = size.filter(|&s| s > MAX_TEXT_BYTES as u64) {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    reader
        .take(MAX_TEXT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > MAX_TEXT_BYTES {
        // A stream: how much more there is is not worth reading to find out.
        return Err(too_large(bytes.len() as u64).replace("the text is", "the text is over"));
    }
    String::from_utf8(bytes).map_err(|e| invalid_utf8(e.utf8_error()))
}

/// What one bounded read of a line found.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// A line, without its line break.
    Bytes(Vec<u8>),
    /// A line longer than the bound; read up to the bound and dropped, its rest still unread
    /// (see [`skip_line`]). Said at once, so an endless line is reported while it streams.
    TooLong,
    /// The end of the input.
    End,
}

fn read_line(reader: &mut dyn BufRead, limit: usize) -> io::Result<Line> {
    let mut line = Vec::new();
    let mut too_long = false;
    let any = each_part(reader, |part| {
        too_long = line.len() + part.len() > limit;
        if !too_long {
            line.extend_from_slice(part);
        }
        !too_long
    })?;
    Ok(match (any, too_long) {
        (_, true) => Line::TooLong,
        (true, false) => Line::Bytes(line),
        (false, false) => Line::End,
    })
}

/// Reads past the rest of a line, holding none of it.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<()> {
    each_part(reader, |_| true).map(drop)
}

/// Hands the current line to `take` part by part, as the reader buffers it, and reads past
/// each part taken, up to and with the line break. Stops at the break, at the end of the input,
/// or when `take` refuses a part (left unread). Says whether there was any input left.
fn each_part(reader: &mut dyn BufRead, mut take: impl FnMut(&[u8]) -> bool) -> io::Result<bool> {
    let mut any = false;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any);
        }
        any = true;
        let (part, used, ends) = match chunk.iter().position(|&b| b == b'\n') {
            Some(at) => (&chunk[..at], at + 1, true),
            None => (chunk, chunk.len(), false),
        };
        if !take(part) {
            return Ok(true);
        }
        reader.consume(used);
        if ends {
            return Ok(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit: usize) -> Vec<Line> {
        let mut reader = BufReader::with_capacity(4, input);
        let mut out = Vec::new();
        loop {
            match read_line(&mut reader, limit).unwrap() {
                Line::End => return out,
                Line::TooLong => {
                    out.push(Line::TooLong);
                    skip_line(&mut reader).unwrap();
                }
                line => out.push(line),
            }
        }
    }

    #[test]
    fn a_line_over_the_bound_is_skipped_and_the_next_one_read() {
        assert_eq!(
            lines(b"abc\nabcdefghij\n\nxy", 5),
            [
                Line::Bytes(b"abc".to_vec()),
                Line::TooLong,
                Line::Bytes(vec![]),
                Line::Bytes(b"xy".to_vec())
            ]
        );
    }

    #[test]
    fn a_line_of_exactly_the_bound_is_read() {
        assert_eq!(lines(b"abcde", 5), [Line::Bytes(b"abcde".to_vec())]);
    }

    #[test]
    fn a_directory_is_one_error_not_a_stream_of_them() {
        let dir = std::env::temp_dir();
        let items: Vec<_> = Inputs::new(vec![dir.to_str().unwrap().into()], false).collect();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].1, Err("is a directory".to_string()));
    }
}
