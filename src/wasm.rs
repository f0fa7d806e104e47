//! The browser bindings: one class, built once, one call per text.
//!
//! Nothing but conversion lives here. The result crosses the boundary as one plain JavaScript
//! object (serde-wasm-bindgen), so the page makes a single call per annotation; errors become
//! JavaScript `Error`s carrying the core's message.

use crate::{Annotator as Core, Gazetteer, OffsetUnit};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The annotator as JavaScript sees it.
#[wasm_bindgen]
pub struct Annotator {
    inner: Core,
}

#[wasm_bindgen]
impl Annotator {
    /// Builds the annotator over the default gazetteer.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        console_error_panic_hook::set_once();
        Annotator {
            inner: Core::with_default_data(),
        }
    }

    /// Builds the annotator over the core tier of the default gazetteer (no regions and
    /// cities): quick to build, for a first annotation while the full one builds.
    pub fn core() -> Annotator {
        console_error_panic_hook::set_once();
        Annotator {
            inner: Core::with_core_data(),
        }
    }

    /// Builds the annotator over the default gazetteer plus a custom dictionary (TSV) whose
    /// readings win; throws an `Error` naming the bad line.
    #[wasm_bindgen(js_name = withDictionary)]
    pub fn with_dictionary(tsv: &str) -> Result<Annotator, JsError> {
        console_error_panic_hook::set_once();
        Ok(Annotator {
            inner: Core::with_custom_dictionary(Gazetteer::default_data(), tsv)?,
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
        // `None` crosses as `null`, as in the CLI's JSON, not as a missing field.
        let serializer = serde_wasm_bindgen::Serializer::new()
            .serialize_maps_as_objects(true)
            .serialize_missing_as_null(true);
        annotation
            .serialize(&serializer)
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}
