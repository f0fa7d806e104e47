//! Overlap resolution: from candidate spans that may overlap, the set that is shown.
//!
//! The rule, in order: the longer span wins ("Iraqi Counter Terrorism Service" over "Iraqi");
//! for equal extents the label earlier in [`Label::ALL`] wins; then the better-ranked reading;
//! then the earlier start. Candidates are taken greedily in that order and each is kept only if
//! it overlaps nothing kept before it. Greedy-by-length is not the maximum-coverage choice in
//! every contrived case, but it is predictable, which matters more to a reader.

use crate::label::Label;
use std::collections::BTreeMap;

/// A span that competes for a stretch of text.
pub(crate) trait Candidate {
    fn start(&self) -> usize;
    fn end(&self) -> usize;
    fn label(&self) -> Label;
    /// Lower wins between equal spans of one label.
    fn rank(&self) -> i64;
}

/// Keeps the winning, non-overlapping candidates, sorted by start.
pub(crate) fn resolve<C: Candidate>(mut candidates: Vec<C>) -> Vec<C> {
    candidates.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.end() - c.start()),
            c.label(),
            c.rank(),
            c.start(),
        )
    });
    // Kept spans by start; they never overlap, so one neighbour on each side decides.
    let mut kept: BTreeMap<usize, C> = BTreeMap::new();
    for c in candidates {
        if c.start() >= c.end() {
            continue;
        }
        let clash_before = kept
            .range(..=c.start())
            .next_back()
            .is_some_and(|(_, k)| k.end() > c.start());
        let clash_after = kept
            .range(c.start()..)
            .next()
            .is_some_and(|(&s, _)| s < c.end());
        if !clash_before && !clash_after {
            kept.insert(c.start(), c);
        }
    }
    kept.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    struct C(usize, usize, Label, i64);

    impl Candidate for C {
        fn start(&self) -> usize {
            self.0
        }
        fn end(&self) -> usize {
            self.1
        }
        fn label(&self) -> Label {
            self.2
        }
        fn rank(&self) -> i64 {
            self.3
        }
    }

    #[test]
    fn the_longest_span_wins() {
        let kept = resolve(vec![
            C(0, 5, Label::Nationality, 0),
            C(0, 30, Label::Org, 9),
            C(6, 12, Label::Org, 0),
        ]);
        assert_eq!(kept, [C(0, 30, Label::Org, 9)]);
    }

    #[test]
    fn equal_spans_go_to_the_label_first_in_priority() {
        let kept = resolve(vec![C(3, 9, Label::Person, 0), C(3, 9, Label::Place, 5)]);
        assert_eq!(kept, [C(3, 9, Label::Place, 5)]);
    }

    #[test]
    fn equal_spans_of_one_label_go_to_the_better_rank() {
        let kept = resolve(vec![C(3, 9, Label::Place, 7), C(3, 9, Label::Place, 2)]);
        assert_eq!(kept, [C(3, 9, Label::Place, 2)]);
    }

    #[test]
    fn touching_spans_both_stay_and_come_out_sorted() {
        let kept = resolve(vec![
            C(5, 9, Label::Org, 0),
            C(0, 5, Label::Place, 0),
            C(4, 6, Label::Date, 0),
        ]);
        assert_eq!(kept, [C(0, 5, Label::Place, 0), C(5, 9, Label::Org, 0)]);
    }

    #[test]
    fn empty_candidates_are_dropped() {
        assert!(resolve(vec![C(4, 4, Label::Org, 0)]).is_empty());
    }
}
