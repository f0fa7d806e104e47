//! The hasher of the core's own maps and sets keyed by words and names.
//!
//! The standard library's default, SipHash with random keys, resists keys chosen to collide,
//! at several times the cost on short keys. Here the keys are the words of the user's own text
//! and dictionary and of the compiled-in data, hashed on the user's own machine, and the cost
//! showed: hashing took a fifth of building the annotator, which the page waits for on a cold
//! load. foldhash's fast hasher is quick on short strings, and its fixed seed keeps every run
//! alike.

use foldhash::fast::FixedState;
use std::collections::{HashMap, HashSet};

/// A map keyed by words or names.
pub(crate) type FastMap<K, V> = HashMap<K, V, FixedState>;

/// A set of words or names.
pub(crate) type FastSet<T> = HashSet<T, FixedState>;
