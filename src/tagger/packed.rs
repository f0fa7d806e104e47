//! The tagger's weights as bytes, in two forms. build.rs reads this file too (through
//! `#[path]`), to turn the training output into the compiled-in form at build time, so it uses
//! nothing else of the crate.
//!
//! - `NTG1`, what training writes (`data/model/tagger.bin`): the feature count (u32, all
//!   little-endian), then per feature, in increasing hash order: the hash's distance from the
//!   previous one (LEB128), a mask of the tags with a weight (u16), and each such weight
//!   (zig-zag LEB128 of an i32).
//! - `NTC1`, what the library compiles in: the same features in columns rather than rows, each
//!   weight in one byte. The count (u32), then every hash distance (LEB128), every mask (u16),
//!   every weight (i8; the rare weight outside -127..=127 as the byte -128 then its zig-zag
//!   LEB128). Why: the averaged weights are small integers (99 % within ±88 for the first
//!   shipped model), but as varints they spread over one to three bytes that a compressor cannot
//!   model; one byte each, and like fields side by side, compress better (brotli quality 4:
//!   265 KB instead of 283 KB). The form is exact, so the compiled-in tagger predicts exactly
//!   what training measured. Quantising to i8 with a scale per tag was tried and rejected: it
//!   saves 26 KB more, but rounding moved the dev-set F1 (UNER web text exact 63.6 -> 64.0,
//!   GUM genres 79.3 -> 79.2), which is noise, not a model anyone measured.

/// The most tags a model may have (the masks are 16 bits).
pub const MAX_TAGS: usize = 16;

/// One feature: its hash and its weight for each tag (0 past the model's tags).
pub type Feature = (u32, [i32; MAX_TAGS]);

/// Reads the training output (`NTG1`).
#[allow(dead_code)] // for build.rs, training and tests
pub fn read_ntg1(bytes: &[u8]) -> Result<Vec<Feature>, &'static str> {
    let (mut rest, count) = start(bytes, b"NTG1", "no NTG1 header")?;
    let mut features = Vec::with_capacity(count.min(bytes.len()));
    let mut hash = 0;
    for _ in 0..count {
        let hash = next_hash(&mut rest, &mut hash)?;
        let mask = read_u16(&mut rest)?;
        let mut row = [0; MAX_TAGS];
        for (tag, w) in row.iter_mut().enumerate() {
            if mask & (1 << tag) != 0 {
                *w = read_zigzag(&mut rest)?;
            }
        }
        features.push((hash, row));
    }
    if !rest.is_empty() {
        return Err("bytes after the last feature");
    }
    Ok(features)
}

/// Writes the training output (`NTG1`); `features` in any order.
#[allow(dead_code)] // for training and tests only
pub fn write_ntg1(features: &[Feature]) -> Vec<u8> {
    let mut sorted = features.to_vec();
    sorted.sort_by_key(|f| f.0);
    let mut out = b"NTG1".to_vec();
    out.extend((sorted.len() as u32).to_le_bytes());
    let mut last = 0u64;
    for (hash, row) in &sorted {
        write_varint(&mut out, u64::from(*hash) - last);
        last = u64::from(*hash);
        out.extend(mask_of(row).to_le_bytes());
        for &w in row.iter().filter(|&&w| w != 0) {
            write_zigzag(&mut out, w);
        }
    }
    out
}

/// The compiled-in form (`NTC1`) of `features`, which are in increasing hash order (as
/// [`read_ntg1`] gives them).
#[allow(dead_code)] // for build.rs (and tests) only
pub fn write_ntc1(features: &[Feature]) -> Vec<u8> {
    let mut out = b"NTC1".to_vec();
    out.extend((features.len() as u32).to_le_bytes());
    let mut last = 0u64;
    for (hash, _) in features {
        write_varint(&mut out, u64::from(*hash) - last);
        last = u64::from(*hash);
    }
    for (_, row) in features {
        out.extend(mask_of(row).to_le_bytes());
    }
    for (_, row) in features {
        for &w in row.iter().filter(|&&w| w != 0) {
            match i8::try_from(w) {
                Ok(byte) if byte != ESCAPE => out.push(byte as u8),
                _ => {
                    out.push(ESCAPE as u8);
                    write_zigzag(&mut out, w);
                }
            }
        }
    }
    out
}

/// Reads the compiled-in form (`NTC1`).
pub fn read_ntc1(bytes: &[u8]) -> Result<Vec<Feature>, &'static str> {
    let (mut rest, count) = start(bytes, b"NTC1", "no NTC1 header")?;
    let mut features = Vec::with_capacity(count.min(bytes.len()));
    let mut hash = 0;
    for _ in 0..count {
        features.push((next_hash(&mut rest, &mut hash)?, [0; MAX_TAGS]));
    }
    let mut masks = Vec::with_capacity(count);
    for _ in 0..count {
        masks.push(read_u16(&mut rest)?);
    }
    for ((_, row), mask) in features.iter_mut().zip(masks) {
        for (tag, w) in row.iter_mut().enumerate() {
            if mask & (1 << tag) != 0 {
                let (&byte, tail) = rest.split_first().ok_or("cut short")?;
                rest = tail;
                *w = match byte as i8 {
                    ESCAPE => read_zigzag(&mut rest)?,
                    small => i32::from(small),
                };
            }
        }
    }
    if !rest.is_empty() {
        return Err("bytes after the last feature");
    }
    Ok(features)
}

/// The weight byte that says "a wider weight follows".
const ESCAPE: i8 = i8::MIN;

/// The bytes after the 4-byte `magic` and the feature count, and the count.
fn start<'a>(
    bytes: &'a [u8],
    magic: &[u8; 4],
    missing: &'static str,
) -> Result<(&'a [u8], usize), &'static str> {
    let mut rest = bytes.strip_prefix(magic).ok_or(missing)?;
    let count = read_u32(&mut rest)? as usize;
    Ok((rest, count))
}

/// The next feature's hash: `last` plus the distance read (features come in increasing hash
/// order).
fn next_hash(bytes: &mut &[u8], last: &mut u64) -> Result<u32, &'static str> {
    *last += read_varint(bytes)?;
    u32::try_from(*last).map_err(|_| "hash out of range")
}

fn mask_of(row: &[i32; MAX_TAGS]) -> u16 {
    row.iter()
        .enumerate()
        .filter(|(_, &w)| w != 0)
        .fold(0u16, |m, (t, _)| m | 1 << t)
}

fn read_u32(bytes: &mut &[u8]) -> Result<u32, &'static str> {
    let (head, rest) = bytes.split_first_chunk::<4>().ok_or("cut short")?;
    *bytes = rest;
    Ok(u32::from_le_bytes(*head))
}

fn read_u16(bytes: &mut &[u8]) -> Result<u16, &'static str> {
    let (head, rest) = bytes.split_first_chunk::<2>().ok_or("cut short")?;
    *bytes = rest;
    Ok(u16::from_le_bytes(*head))
}

fn read_varint(bytes: &mut &[u8]) -> Result<u64, &'static str> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&b, rest) = bytes.split_first().ok_or("cut short")?;
        *bytes = rest;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("varint too long")
}

/// A signed weight as zig-zag LEB128: small magnitudes of either sign take one byte.
fn read_zigzag(bytes: &mut &[u8]) -> Result<i32, &'static str> {
    let z = read_varint(bytes)?;
    Ok(((z >> 1) as i64 ^ -((z & 1) as i64)) as i32)
}

fn write_zigzag(out: &mut Vec<u8>, w: i32) {
    write_varint(out, ((w << 1) ^ (w >> 31)) as u32 as u64);
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(weights: &[(usize, i32)]) -> [i32; MAX_TAGS] {
        let mut row = [0; MAX_TAGS];
        for &(tag, w) in weights {
            row[tag] = w;
        }
        row
    }

    #[test]
    fn the_compact_form_keeps_every_weight_exactly_wide_ones_too() {
        let features = [
            (3, row(&[(0, 1), (4, -127), (8, 127)])),
            (
                90,
                row(&[(1, -128), (2, 128), (3, 120_000), (15, i32::MIN)]),
            ),
            (u32::MAX, row(&[(5, -1)])),
        ];
        let bytes = write_ntc1(&features);
        assert_eq!(read_ntc1(&bytes).unwrap(), features);
        assert_eq!(read_ntg1(&write_ntg1(&features)).unwrap(), features);
    }

    #[test]
    fn small_weights_take_one_byte_each() {
        let features = [(7, row(&[(0, 5), (1, -5), (2, 127)]))];
        // Header, count, one hash distance, one mask, three weights.
        assert_eq!(write_ntc1(&features).len(), 4 + 4 + 1 + 2 + 3);
    }

    #[test]
    fn a_cut_or_padded_compact_form_is_refused() {
        let bytes = write_ntc1(&[(7, row(&[(0, 300)]))]);
        assert!(read_ntc1(&bytes[..bytes.len() - 1]).is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(read_ntc1(&longer), Err("bytes after the last feature"));
        assert_eq!(read_ntc1(b"NTG1\0\0\0\0"), Err("no NTC1 header"));
    }
}
