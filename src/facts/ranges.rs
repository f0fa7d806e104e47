//! Range look-ups over lists sorted by start offset, so that the extractors' per-sentence and
//! per-candidate questions ("which mentions lie in this sentence?", "does this number overlap a
//! date?") cost a binary search instead of a scan of the whole list. On a text of megabytes
//! those lists hold tens of thousands of items, and a scan per sentence or per candidate made
//! extraction quadratic.

/// The items of `items`, sorted by `start`, that start within `from..=to`, in order.
///
/// An item lies inside `from..to` only if it starts there, so filtering this slice by
/// `end <= to` gives exactly the items a scan for `start >= from && end <= to` would, in the
/// same order.
pub(crate) fn starting_within<T>(
    items: &[T],
    start: impl Fn(&T) -> usize,
    from: usize,
    to: usize,
) -> &[T] {
    let first = items.partition_point(|x| start(x) < from);
    let count = items[first..].partition_point(|x| start(x) <= to);
    &items[first..first + count]
}

/// Byte ranges held by other facts (dates, money, names), indexed for overlap queries.
#[derive(Debug, Default)]
pub(crate) struct Claimed {
    /// The starts of the ranges, sorted.
    starts: Vec<usize>,
    /// `reach[k]`: the largest end among the ranges of `starts[..=k]`.
    reach: Vec<usize>,
}

impl Claimed {
    /// Indexes `ranges`, given in any order, overlapping or not.
    pub(crate) fn new(ranges: &[(usize, usize)]) -> Claimed {
        let mut sorted = ranges.to_vec();
        sorted.sort_unstable();
        let starts = sorted.iter().map(|r| r.0).collect();
        let reach = sorted
            .iter()
            .scan(0, |reach, r| {
                *reach = r.1.max(*reach);
                Some(*reach)
            })
            .collect();
        Claimed { starts, reach }
    }

    /// Indexes the ranges of `items`, as `range` reads them (`|q| (q.start, q.end)`).
    pub(crate) fn of<T>(items: &[T], range: impl Fn(&T) -> (usize, usize)) -> Claimed {
        Claimed::new(&items.iter().map(range).collect::<Vec<_>>())
    }

    /// Whether some range `(s, e)` overlaps `start..end`, i.e. `s < end && start < e`.
    ///
    /// The ranges with `s < end` are a prefix of the sorted list, and one of them ends after
    /// `start` exactly when the largest end of that prefix does.
    pub(crate) fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.reach[before_end - 1] > start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_queries_agree_with_a_scan() {
        let ranges = [(10, 12), (3, 30), (5, 6), (40, 40), (41, 45), (20, 21)];
        let claimed = Claimed::new(&ranges);
        for start in 0..50 {
            for end in start..52 {
                let scan = ranges.iter().any(|&(s, e)| s < end && start < e);
                assert_eq!(claimed.overlaps(start, end), scan, "{start}..{end}");
            }
        }
        assert!(!Claimed::new(&[]).overlaps(0, 10));
    }

    #[test]
    fn items_starting_within_agree_with_a_scan() {
        let items = [(1, 4), (3, 3), (3, 9), (7, 8), (12, 20), (12, 13)];
        for from in 0..22 {
            for to in from..22 {
                let got: Vec<_> = starting_within(&items, |x| x.0, from, to)
                    .iter()
                    .filter(|x| x.1 <= to)
                    .collect();
                let scan: Vec<_> = items.iter().filter(|x| x.0 >= from && x.1 <= to).collect();
                assert_eq!(got, scan, "{from}..{to}");
            }
        }
    }
}
