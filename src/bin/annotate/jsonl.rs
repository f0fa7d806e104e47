//! One JSON Lines document: `{"id": …, "text": …}`, read as leniently as the page reads text.

use serde_json::Value;

/// A parsed document: its id (`null` when absent) and its text.
pub struct Document {
    pub id: Value,
    pub text: String,
}

/// Parses line `number` of a JSON Lines file; `Ok(None)` for a blank line.
///
/// The first line may start with a byte-order mark, as files saved by some editors do. An
/// escaped lone UTF-16 surrogate (`"\ud800"`, which JavaScript's `JSON.stringify` writes for a
/// string holding one) becomes U+FFFD, as it does when such a string is pasted into the page.
pub fn parse(line: &str, number: usize) -> Result<Option<Document>, String> {
    let line = if number == 1 {
        line.strip_prefix('\u{feff}').unwrap_or(line)
    } else {
        line
    };
    if line.trim().is_empty() {
        return Ok(None);
    }
    let repaired = replace_lone_surrogates(line);
    let v: Value = serde_json::from_str(repaired.as_deref().unwrap_or(line))
        .map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(mut fields) = v else {
        return Err("expected a JSON object {\"id\", \"text\"}".into());
    };
    let text = match fields.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("missing \"text\"".into()),
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    Ok(Some(Document { id, text }))
}

/// `line` with every `\uXXXX` escape of an unpaired surrogate rewritten as `\uFFFD`, or `None`
/// when it has none (the common case, with no copy). serde_json rejects such escapes outright
/// and has no lossy mode, so they are rewritten before parsing; both escapes are six bytes, so
/// nothing else moves. Backslashes are taken two bytes at a time, so an escaped backslash
/// followed by `u` is not mistaken for an escape.
fn replace_lone_surrogates(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    let escape_at = |i: usize| -> Option<u16> {
        let hex = bytes.get(i..i + 6)?;
        if &hex[..2] != b"\\u" {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let mut lone = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(0xD800..=0xDBFF) if matches!(escape_at(i + 6), Some(0xDC00..=0xDFFF)) => i += 12,
            Some(0xD800..=0xDFFF) => {
                lone.push(i);
                i += 6;
            }
            Some(_) => i += 6,
            None => i += 2,
        }
    }
    if lone.is_empty() {
        return None;
    }
    let mut repaired = line.as_bytes().to_vec();
    for at in lone {
        repaired[at..at + 6].copy_from_slice(b"\\uFFFD");
    }
    // Only ASCII bytes were replaced by ASCII bytes, so the text is still UTF-8.
    Some(String::from_utf8(repaired).expect("ASCII replaced by ASCII"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(line: &str) -> String {
        parse(line, 1).unwrap().unwrap().text
    }

    #[test]
    fn a_byte_order_mark_opens_the_first_line() {
        let doc = parse("\u{feff}{\"id\": 1, \"text\": \"Iraq\"}", 1)
            .unwrap()
            .unwrap();
        assert_eq!((doc.id, doc.text.as_str()), (Value::from(1), "Iraq"));
        assert!(parse("\u{feff}{\"text\": \"Iraq\"}", 2).is_err());
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(text_of(r#"{"text": "a\ud800b"}"#), "a\u{FFFD}b");
        assert_eq!(text_of(r#"{"text": "\uDC00\ud83c"}"#), "\u{FFFD}\u{FFFD}");
        assert_eq!(text_of(r#"{"text": "\ud83c\uDDEE!"}"#), "🇮!");
    }

    #[test]
    fn an_escaped_backslash_before_u_is_left_alone() {
        assert_eq!(text_of(r#"{"text": "\\ud800"}"#), "\\ud800");
    }

    #[test]
    fn missing_or_mistyped_text_is_named() {
        assert_eq!(parse("{\"id\": 3}", 1).err().unwrap(), "missing \"text\"");
        assert_eq!(
            parse("{\"text\": 3}", 1).err().unwrap(),
            "\"text\" is not a string"
        );
        assert!(parse("[1]", 1).err().unwrap().contains("JSON object"));
        assert!(parse("  ", 1).unwrap().is_none());
    }
}
