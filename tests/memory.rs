//! Peak memory of one annotation, counted by the allocator: a test binary of its own, so that
//! no other test allocates while it measures. Allocation sizes do not depend on timing, so the
//! figure is the same on every run of the same code.

use annotator::{Annotator, OffsetUnit, MAX_TEXT_BYTES};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn a_text_at_the_size_limit_annotates_in_under_400_mb() {
    let annotator = Annotator::with_default_data();
    // The invented news article of the fixtures, over and over up to the size limit.
    let article = include_str!("fixtures/article.txt");
    let text = article.repeat(MAX_TEXT_BYTES / article.len());
    let before = IN_USE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let a = annotator.annotate(&text, OffsetUnit::Utf16).unwrap();
    let peak = PEAK.load(Relaxed) - before;
    assert!(a.spans.len() > 500_000);
    assert!(
        peak < 400_000_000,
        "peak {:.0} MB for a {:.1} MB text",
        peak as f64 / 1e6,
        text.len() as f64 / 1e6
    );
}
