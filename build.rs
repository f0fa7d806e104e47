//! Compiles the default data in: every `data/gazetteer/*.tsv` and every `data/names/*.txt`, in
//! file-name order (for the gazetteer the order is the priority of its readings, so its files
//! carry numeric prefixes).
//!
//! The gazetteer's place tier (regions and cities, the files numbered 30 to 49: nine tenths of
//! its bytes) is written apart, as `OUT_DIR/places.tsv`: the native library compiles it in (the
//! `embedded-places` feature, on by default), while the page's WASM build leaves it out and
//! `scripts/build.sh` copies the file beside the module, for the page to fetch after its first
//! highlights (see `Gazetteer::default_with_places`).
//!
//! The name tagger's weights (`data/model/tagger.bin`, as training writes them) are compiled in
//! in a compact form that compresses better, `OUT_DIR/tagger.ntc` (see src/tagger/packed.rs,
//! shared with the library).

use std::{env, fs, path::Path};

#[allow(dead_code)] // the library's half of the module is not used here
#[path = "src/tagger/packed.rs"]
mod packed;

/// The file-name prefixes of the place tier.
const PLACE_TIER: [char; 2] = ['3', '4'];

fn main() {
    let gazetteer = sorted_files("data/gazetteer", "tsv");
    let (places, core): (Vec<_>, Vec<_>) = gazetteer.iter().partition(|f| is_place_tier(f));
    // The core files before the place tier and after it, so that the full gazetteer keeps the
    // readings' order of the files whether the tier is compiled in or added at run time.
    let (before, after): (Vec<_>, Vec<_>) = core
        .iter()
        .partition(|f| file_name(f) < file_name(places[0]));
    write(
        "gazetteer_sources.rs",
        &format!("({}, {})", embed(&before), embed(&after)),
    );
    write("places.tsv", &compact(&places));
    write_bytes("tagger.ntc", &compact_tagger());
    write(
        "name_sources.rs",
        &embed(&sorted_files("data/names", "txt").iter().collect::<Vec<_>>()),
    );
}

fn is_place_tier(file: &Path) -> bool {
    file_name(file).starts_with(PLACE_TIER)
}

fn file_name(file: &Path) -> String {
    file.file_name().unwrap().to_string_lossy().into_owned()
}

/// The files of `folder` ending in `.extension`, sorted by name.
fn sorted_files(folder: &str, extension: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join(folder);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    files
}

/// A Rust slice expression of `(file name, contents)` pairs.
fn embed(files: &[&std::path::PathBuf]) -> String {
    let mut code = String::from("&[\n");
    for f in files {
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            file_name(f),
            f.display().to_string()
        ));
    }
    code.push(']');
    code
}

/// The files' entity lines as one dictionary, in file order, without their comments and blank
/// lines (the licence notices stay in the source files and in data/NOTICE.md).
fn compact(files: &[&std::path::PathBuf]) -> String {
    let mut out = String::new();
    for f in files {
        let text = fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        for line in text.lines() {
            if !line.trim().is_empty() && !line.starts_with('#') {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// data/model/tagger.bin in the compiled-in form.
fn compact_tagger() -> Vec<u8> {
    let model = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("data/model/tagger.bin");
    println!("cargo:rerun-if-changed={}", model.display());
    println!("cargo:rerun-if-changed=src/tagger/packed.rs");
    let bytes = fs::read(&model).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let features = packed::read_ntg1(&bytes)
        .unwrap_or_else(|e| panic!("{}: not a tagger model: {e}", model.display()));
    packed::write_ntc1(&features)
}

fn write(out: &str, contents: &str) {
    write_bytes(out, contents.as_bytes());
}

fn write_bytes(out: &str, contents: &[u8]) {
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join(out), contents).unwrap();
}
