//! Any text (bytes, decoded as the page would) through the default gazetteer, in every offset
//! unit, with the invariants of `article_annotator_fuzz::check`.
#![no_main]

use annotator::Annotator;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn annotator() -> &'static Annotator {
    static ANNOTATOR: OnceLock<Annotator> = OnceLock::new();
    ANNOTATOR.get_or_init(Annotator::with_default_data)
}

fuzz_target!(|data: &[u8]| {
    article_annotator_fuzz::check(annotator(), &String::from_utf8_lossy(data));
});
