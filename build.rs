//! Compiles the default data in: every `data/gazetteer/*.tsv` and every `data/names/*.txt`, in
//! file-name order (for the gazetteer the order is the priority of its readings, so its files
//! carry numeric prefixes).

use std::{env, fs, path::Path};

fn main() {
    embed("data/gazetteer", "tsv", "gazetteer_sources.rs");
    embed("data/names", "txt", "name_sources.rs");
}

/// Writes `OUT_DIR/out` as a Rust slice expression of `(file name, contents)` pairs.
fn embed(folder: &str, extension: &str, out: &str) {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join(folder);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    let mut code = String::from("&[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    code.push(']');
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join(out), code).unwrap();
}
