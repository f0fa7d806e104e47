//! The Python bindings: one class, built once, one call per text or per batch.
//!
//! Nothing but conversion lives here, as in the browser bindings. A result crosses into Python
//! as plain dicts and lists (pythonize walks the core's `Serialize` output), in the shape of one
//! line of the `annotate` CLI without its `id`; errors become `AnnotatorError`s carrying the
//! core's message.

use annotator::{Annotation, Annotator as Core, Gazetteer, OffsetUnit};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use std::sync::{mpsc, Mutex};
use std::thread;

create_exception!(
    article_annotator,
    AnnotatorError,
    PyValueError,
    "A dictionary or a text the annotator cannot read; the message says what and where."
);

/// Annotates news text: people, places, organisations, dates, numbers and facts.
#[pyclass(frozen, module = "article_annotator")]
struct Annotator {
    inner: Core,
}

#[pymethods]
impl Annotator {
    /// Builds the annotator over the default gazetteer (about a quarter of a second).
    #[new]
    fn new(py: Python<'_>) -> Annotator {
        Annotator {
            inner: py.detach(Core::with_default_data),
        }
    }

    /// Builds the annotator over the default gazetteer plus a custom dictionary whose
    /// readings win: `tsv` is the dictionary's text, one entity a line (LABEL, name, then
    /// optionally aliases, flags, id, link). Raises AnnotatorError naming the bad line.
    #[staticmethod]
    fn with_dictionary(py: Python<'_>, tsv: &str) -> PyResult<Annotator> {
        let inner = py
            .detach(|| Core::with_custom_dictionary(Gazetteer::default_data(), tsv))
            .map_err(|e| AnnotatorError::new_err(e.to_string()))?;
        Ok(Annotator { inner })
    }

    /// Annotates one text. Returns a dict with `offsets`, `spans`, `entities`, `facts` and
    /// `sentences`, every offset counted in `offsets`: "codepoints" (Python string indices,
    /// the default), "utf16" or "bytes".
    #[pyo3(signature = (text, offsets = "codepoints"))]
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        offsets: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let unit = unit(offsets)?;
        let annotation = py
            .detach(|| self.inner.annotate(text, unit))
            .map_err(|e| AnnotatorError::new_err(e.to_string()))?;
        to_python(py, &annotation)
    }

    /// Annotates one text and returns the dict `annotate` would, as one line of JSON: the way
    /// to write JSON Lines. The core writes the JSON without the GIL and builds no dicts, which
    /// costs about a third less CPU than `json.dumps(annotate(text))`.
    #[pyo3(signature = (text, offsets = "codepoints"))]
    fn annotate_json(&self, py: Python<'_>, text: &str, offsets: &str) -> PyResult<String> {
        let unit = unit(offsets)?;
        py.detach(|| {
            let annotation = self.inner.annotate(text, unit)?;
            Ok(serde_json::to_string(&annotation).expect("an annotation serialises to JSON"))
        })
        .map_err(|e: annotator::Error| AnnotatorError::new_err(e.to_string()))
    }

    /// Annotates many texts on all cores (or on `jobs` threads), without holding the GIL,
    /// and returns their results in the order of `texts`. With `errors="raise"` (the default)
    /// a text that cannot be annotated raises AnnotatorError naming its index; with
    /// `errors="include"` its place in the list holds `{"error": message}` instead, so one bad
    /// document does not cost the others.
    #[pyo3(signature = (texts, offsets = "codepoints", jobs = None, errors = "raise"))]
    fn annotate_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        offsets: &str,
        jobs: Option<usize>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let unit = unit(offsets)?;
        let include_errors = match errors {
            "raise" => false,
            "include" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown errors policy {other:?} (expected \"raise\" or \"include\")"
                )))
            }
        };
        // The texts are copied out first: Python strings cannot be read without the GIL.
        let mut owned = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            let text: String = item.extract().map_err(|_| {
                let kind = item.get_type().name().map(|n| n.to_string());
                PyTypeError::new_err(format!(
                    "texts[{i}] is not a str but {}",
                    kind.as_deref().unwrap_or("another type")
                ))
            })?;
            owned.push(text);
        }
        let pool = match jobs {
            Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| PyValueError::new_err(e.to_string()))?,
            ),
            // Rayon's global pool: one thread per core (RAYON_NUM_THREADS overrides it).
            None => None,
        };
        // A pipeline: the pool annotates without the GIL while this thread, holding it only
        // to build each result's dicts, converts results as they arrive. Converting after the
        // whole batch instead would leave the cores idle for the conversion's share of the
        // time (about a third of it), which only one thread can do.
        let (sender, results) = mpsc::channel();
        // Only this thread receives; the mutex (never contended) is there because waiting
        // without the GIL needs a `Sync` receiver.
        let results = Mutex::new(results);
        let inner = &self.inner;
        let texts = &owned;
        let list = PyList::new(py, (0..texts.len()).map(|_| py.None()))?;
        let mut first_error: Option<(usize, annotator::Error)> = None;
        thread::scope(|scope| -> PyResult<()> {
            scope.spawn(move || {
                let work = move || {
                    texts
                        .par_iter()
                        .enumerate()
                        .for_each_with(sender, |sender, (i, text)| {
                            // Cannot fail: the receiver outlives the scope.
                            let _ = sender.send((i, inner.annotate(text, unit)));
                        })
                };
                match &pool {
                    Some(pool) => pool.install(work),
                    None => work(),
                }
            });
            // Waits without the GIL; ends when every sender is gone (all texts done).
            while let Ok((i, result)) =
                py.detach(|| results.lock().map_err(|_| ())?.recv().map_err(|_| ()))
            {
                match result {
                    Ok(annotation) => list.set_item(i, to_python(py, &annotation)?)?,
                    Err(e) if include_errors => {
                        let d = PyDict::new(py);
                        d.set_item("error", e.to_string())?;
                        list.set_item(i, d)?;
                    }
                    Err(e) => {
                        if first_error.as_ref().is_none_or(|(j, _)| i < *j) {
                            first_error = Some((i, e));
                        }
                    }
                }
            }
            Ok(())
        })?;
        if let Some((i, e)) = first_error {
            return Err(AnnotatorError::new_err(format!("texts[{i}]: {e}")));
        }
        Ok(list)
    }

    fn __repr__(&self) -> String {
        "Annotator()".to_string()
    }
}

fn unit(name: &str) -> PyResult<OffsetUnit> {
    name.parse().map_err(PyValueError::new_err)
}

fn to_python<'py>(py: Python<'py>, annotation: &Annotation) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize::pythonize(py, annotation)?)
}

/// The compiled part of the `article_annotator` package.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Annotator>()?;
    m.add("AnnotatorError", m.py().get_type::<AnnotatorError>())?;
    Ok(())
}
