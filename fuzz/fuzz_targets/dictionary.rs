//! A custom dictionary and a text: the input up to its first NUL byte is the dictionary, the
//! rest the text. Parsing never panics; a refused dictionary names only lines it has; an
//! accepted one builds an annotator whose annotations keep every invariant.
#![no_main]

use annotator::{Annotator, Error, Gazetteer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (tsv, text) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let gazetteer = match Gazetteer::parse("fuzz.tsv", tsv) {
        Ok(g) => g,
        Err(Error::Dictionary { lines, .. }) => {
            let count = tsv.split(|&b| b == b'\n').count();
            assert!(!lines.is_empty());
            assert!(lines.iter().all(|bad| bad.line >= 1 && bad.line <= count));
            return;
        }
        Err(e) => panic!("unexpected error: {e}"),
    };
    let Ok(annotator) = Annotator::new(&gazetteer) else {
        return;
    };
    article_annotator_fuzz::check(&annotator, &String::from_utf8_lossy(text));
});
