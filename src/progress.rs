//! Progress of one annotation, for a caller that shows it (the page's worker posts it to the
//! page while a long text is annotated).
//!
//! The pipeline reports each stage as it begins, with the share of the whole run done by then.
//! Reports come at stage boundaries only, five for a text, so a caller never needs to throttle
//! them; a short text, annotated before anyone could read a progress bar, reports nothing.

/// Texts shorter than this (in bytes) report no progress: 64 KiB is annotated in about 10 ms
/// natively and 25 ms in a browser, well under the half second after which the page shows a
/// long run.
pub const PROGRESS_ABOVE_BYTES: usize = 64 * 1024;

/// A stage of the pipeline, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Matching the gazetteer and reading names by rule.
    Names,
    /// The learned tagger adding the names the rules missed.
    Tagger,
    /// Sentences, dates, numbers, money, casualties, quotes and events.
    Facts,
    /// Resolving overlaps, linking mentions to entities and converting offsets.
    Assembling,
    /// Finished.
    Done,
}

impl Stage {
    /// The stage's name, in lower case (`"names"`, `"tagger"`, `"facts"`, `"assembling"`,
    /// `"done"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Names => "names",
            Stage::Tagger => "tagger",
            Stage::Facts => "facts",
            Stage::Assembling => "assembling",
            Stage::Done => "done",
        }
    }

    /// The share of a run done when this stage begins. Measured natively on 1 MB of news
    /// (the templates of benches/news.txt, three runs): names 30-33 %, tagger 27-28 %, facts
    /// 31-33 %, assembling 9-10 % of the time.
    fn done_before(self) -> f64 {
        match self {
            Stage::Names => 0.0,
            Stage::Tagger => 0.32,
            Stage::Facts => 0.59,
            Stage::Assembling => 0.91,
            Stage::Done => 1.0,
        }
    }
}

/// One report: the stage beginning and how much of the run is done (0 to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// The stage that begins.
    pub stage: Stage,
    /// The share of the run done before it, from 0 (`Names`) to 1 (`Done`).
    pub done: f64,
}

/// Passes each stage of one run to a caller's hook, or nowhere for a short text.
pub(crate) struct Reporter<'h> {
    hook: Option<&'h mut dyn FnMut(Progress)>,
}

impl<'h> Reporter<'h> {
    /// A reporter for a text of `bytes` bytes.
    pub(crate) fn new(bytes: usize, hook: &'h mut dyn FnMut(Progress)) -> Reporter<'h> {
        Reporter {
            hook: (bytes >= PROGRESS_ABOVE_BYTES).then_some(hook),
        }
    }

    /// Reports that `stage` begins.
    pub(crate) fn begin(&mut self, stage: Stage) {
        if let Some(hook) = self.hook.as_mut() {
            hook(Progress {
                stage,
                done: stage.done_before(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Annotator, Gazetteer, OffsetUnit};

    fn annotator() -> Annotator {
        Annotator::new(&Gazetteer::parse("demo", "PLACE\tIraq\n").unwrap()).unwrap()
    }

    fn reports(text: &str) -> Vec<Progress> {
        let mut seen = Vec::new();
        annotator()
            .annotate_with_progress(text, OffsetUnit::Utf16, &mut |p| seen.push(p))
            .unwrap();
        seen
    }

    #[test]
    fn a_long_text_reports_each_stage_once_in_order_from_nothing_to_all_done() {
        let text = "Rain fell on Iraq’s “capital” on Monday, 12 people said. ".repeat(1_200);
        assert!(text.len() >= PROGRESS_ABOVE_BYTES);
        let seen = reports(&text);
        let stages: Vec<Stage> = seen.iter().map(|p| p.stage).collect();
        assert_eq!(
            stages,
            [
                Stage::Names,
                Stage::Tagger,
                Stage::Facts,
                Stage::Assembling,
                Stage::Done
            ]
        );
        assert_eq!(seen[0].done, 0.0);
        assert_eq!(seen[4].done, 1.0);
        assert!(seen.windows(2).all(|w| w[0].done < w[1].done));
    }

    #[test]
    fn a_short_text_reports_nothing() {
        assert!(reports(&"Iraq. ".repeat(100)).is_empty());
        let just_under = "a".repeat(PROGRESS_ABOVE_BYTES - 1);
        assert!(reports(&just_under).is_empty());
        assert_eq!(reports(&"a".repeat(PROGRESS_ABOVE_BYTES)).len(), 5);
    }

    #[test]
    fn reporting_progress_changes_nothing_in_the_annotation() {
        let text = "Iraq’s army met in Iraq on Tuesday 🇮🇶. ".repeat(2_000);
        let a = annotator();
        let plain = a.annotate(&text, OffsetUnit::Utf16).unwrap();
        let reported = a
            .annotate_with_progress(&text, OffsetUnit::Utf16, &mut |_| {})
            .unwrap();
        assert_eq!(plain, reported);
    }

    #[test]
    fn a_text_too_large_is_refused_before_any_report() {
        let mut seen = 0;
        let text = "a".repeat(crate::MAX_TEXT_BYTES + 1);
        let refused =
            annotator().annotate_with_progress(&text, OffsetUnit::Utf16, &mut |_| seen += 1);
        assert!(refused.is_err());
        assert_eq!(seen, 0);
    }

    #[test]
    fn stages_are_named_in_lower_case() {
        let names: Vec<&str> = [
            Stage::Names,
            Stage::Tagger,
            Stage::Facts,
            Stage::Assembling,
            Stage::Done,
        ]
        .iter()
        .map(|s| s.as_str())
        .collect();
        assert_eq!(names, ["names", "tagger", "facts", "assembling", "done"]);
    }
}
