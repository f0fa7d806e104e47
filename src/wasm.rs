//! The browser bindings: one class, built once, one call per text.
//!
//! Nothing but conversion lives here. The result crosses the boundary as one plain JavaScript
//! object (serde-wasm-bindgen), so the page makes a single call per annotation; errors become
//! JavaScript `Error`s carrying the core's message. For a long text, `annotateColumns` gives
//! the spans as typed arrays instead of an object each (see [`Columns`]), and from a worker it
//! can post the core's progress on a long text to the page (see [`post_progress`]).

use crate::{Annotation, Annotator as Core, Gazetteer, Label, OffsetUnit, Progress, Span};
use js_sys::{Array, Int32Array, Object, Reflect, Uint16Array, Uint32Array};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

/// The annotator as JavaScript sees it.
#[wasm_bindgen]
pub struct Annotator {
    inner: Core,
}

#[wasm_bindgen]
impl Annotator {
    /// Builds the annotator over the default gazetteer as compiled in: in full with the
    /// `embedded-places` feature (the npm package's build), the core tier alone without it
    /// (the page's build, which fetches the place tier: [`Annotator::with_places`]).
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        console_error_panic_hook::set_once();
        let gazetteer = Gazetteer::default_with_places(None).expect("the default data is valid");
        Annotator {
            inner: Core::new(&gazetteer).expect("the default gazetteer compiles"),
        }
    }

    /// Builds the annotator over the full default gazetteer, given its place tier (the bytes
    /// of `places.tsv` beside the module); throws an `Error` naming a bad line.
    #[wasm_bindgen(js_name = withPlaces)]
    pub fn with_places(places: &[u8]) -> Result<Annotator, JsError> {
        console_error_panic_hook::set_once();
        Ok(Annotator {
            inner: Core::new(&Gazetteer::default_with_places(Some(places))?)?,
        })
    }

    /// Builds the annotator over the core tier of the default gazetteer (no regions and
    /// cities): quick to build, for a first annotation while the full one builds.
    pub fn core() -> Annotator {
        console_error_panic_hook::set_once();
        Annotator {
            inner: Core::with_core_data(),
        }
    }

    /// Builds the annotator over the default gazetteer (with `places` as its place tier, as
    /// in [`Annotator::with_places`], or as compiled in) plus a custom dictionary (TSV) whose
    /// readings win; throws an `Error` naming the bad line.
    #[wasm_bindgen(js_name = withDictionary)]
    pub fn with_dictionary(tsv: &str, places: Option<Vec<u8>>) -> Result<Annotator, JsError> {
        console_error_panic_hook::set_once();
        let gazetteer = Gazetteer::default_with_places(places.as_deref())?;
        Ok(Annotator {
            inner: Core::with_custom_dictionary(gazetteer, tsv)?,
        })
    }

    /// Never highlights `surface` as a `label` name again (a user's "not a name"); throws an
    /// `Error` for an unknown label.
    pub fn suppress(&mut self, label: &str, surface: &str) -> Result<(), JsError> {
        let label = label
            .parse()
            .map_err(|e: crate::UnknownLabel| JsError::new(&e.to_string()))?;
        self.inner.suppress(label, surface);
        Ok(())
    }

    /// Annotates `text`; offsets are UTF-16 code units (JavaScript string indices).
    pub fn annotate(&self, text: &str) -> Result<JsValue, JsError> {
        let annotation = self.inner.annotate(text, OffsetUnit::Utf16)?;
        to_js(&annotation)
    }

    /// Annotates `text` as [`Annotator::annotate`] does, but `spans` and `nested` cross as
    /// columns of typed arrays (see [`Columns`]) rather than one object each, and carry no
    /// `text` (it is `text.slice(start, end)`). A megabyte of news has some 35,000 spans: as
    /// objects they cost hundreds of milliseconds to build, to copy out of a worker and to
    /// copy in again on the page's thread; typed arrays are built in one copy each and can be
    /// transferred between threads without copying.
    ///
    /// Given a `progressId` and run in a worker, it posts the core's progress on a long text
    /// (see [`post_progress`]) to the page as it goes, tagged with that id.
    #[wasm_bindgen(js_name = annotateColumns)]
    pub fn annotate_columns(
        &self,
        text: &str,
        #[wasm_bindgen(js_name = progressId)] progress_id: Option<u32>,
    ) -> Result<JsValue, JsError> {
        let mut annotation =
            self.inner
                .annotate_with_progress(text, OffsetUnit::Utf16, &mut |progress| {
                    if let Some(id) = progress_id {
                        post_progress(id, progress);
                    }
                })?;
        let spans = std::mem::take(&mut annotation.spans);
        let nested = std::mem::take(&mut annotation.nested);
        let out = to_js(&annotation)?;
        let mut tables = Tables::default();
        let spans = tables.columns(&spans);
        let nested = tables.columns(&nested);
        set(&out, "spans", &spans.into_js())?;
        set(&out, "nested", &nested.into_js())?;
        let labels: Array = tables
            .labels
            .iter()
            .map(|l| JsValue::from(l.to_string()))
            .collect();
        let entities: Array = tables.entities.iter().map(|e| JsValue::from(*e)).collect();
        set(&out, "labels", &labels)?;
        set(&out, "entityIds", &entities)?;
        Ok(out)
    }
}

/// An annotation as one JavaScript object; `None` crosses as `null`, as in the CLI's JSON, not
/// as a missing field.
fn to_js(annotation: &Annotation) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    annotation
        .serialize(&serializer)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Posts `{ type: "progress", id, stage, done }` (see [`Progress`]) to the page from the
/// dedicated worker this runs in; elsewhere (a page's own thread) there is no one to post to.
/// The core reports at its stage boundaries only, and only for long texts, so this posts a
/// handful of messages a text.
fn post_progress(id: u32, progress: Progress) {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let message = Object::new();
    // Setting a fresh object's own properties cannot fail; a message that cannot be posted
    // only leaves the page's bar where it was.
    let _ = Reflect::set(&message, &"type".into(), &"progress".into());
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let _ = Reflect::set(&message, &"stage".into(), &progress.stage.as_str().into());
    let _ = Reflect::set(&message, &"done".into(), &progress.done.into());
    let _ = scope.post_message(&message);
}

fn set(target: &JsValue, key: &str, value: &JsValue) -> Result<(), JsError> {
    Reflect::set(target, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|_| JsError::new("could not build the result object"))
}

/// Spans as columns: span `i` is `start[i]..end[i]`, labelled `labels[label[i]]`, naming
/// `entityIds[entity[i]]` (-1: no entity). The labels and entity ids are small tables shared
/// by `spans` and `nested`.
struct Columns {
    start: Vec<u32>,
    end: Vec<u32>,
    label: Vec<u16>,
    entity: Vec<i32>,
}

impl Columns {
    fn into_js(self) -> JsValue {
        let out = Object::new();
        // Setting a fresh object's own properties cannot fail.
        let _ = Reflect::set(&out, &"start".into(), &Uint32Array::from(&self.start[..]));
        let _ = Reflect::set(&out, &"end".into(), &Uint32Array::from(&self.end[..]));
        let _ = Reflect::set(&out, &"label".into(), &Uint16Array::from(&self.label[..]));
        let _ = Reflect::set(&out, &"entity".into(), &Int32Array::from(&self.entity[..]));
        out.into()
    }
}

/// The label and entity-id tables the columns index into, filled as spans are seen.
#[derive(Default)]
struct Tables<'a> {
    labels: Vec<Label>,
    entities: Vec<&'a str>,
    index: std::collections::HashMap<&'a str, i32>,
}

impl<'a> Tables<'a> {
    fn columns(&mut self, spans: &'a [Span]) -> Columns {
        let mut columns = Columns {
            start: Vec::with_capacity(spans.len()),
            end: Vec::with_capacity(spans.len()),
            label: Vec::with_capacity(spans.len()),
            entity: Vec::with_capacity(spans.len()),
        };
        for span in spans {
            // UTF-16 offsets of a text JavaScript could hold (under 2^30 units) fit in u32;
            // labels are a few, far under 2^16.
            columns.start.push(span.start as u32);
            columns.end.push(span.end as u32);
            columns.label.push(self.label(span.label));
            columns
                .entity
                .push(span.entity.as_deref().map_or(-1, |id| self.entity(id)));
        }
        columns
    }

    fn label(&mut self, label: Label) -> u16 {
        let at = self
            .labels
            .iter()
            .position(|&l| l == label)
            .unwrap_or_else(|| {
                self.labels.push(label);
                self.labels.len() - 1
            });
        at as u16
    }

    fn entity(&mut self, id: &'a str) -> i32 {
        let next = self.entities.len() as i32;
        *self.index.entry(id).or_insert_with(|| {
            self.entities.push(id);
            next
        })
    }
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}
