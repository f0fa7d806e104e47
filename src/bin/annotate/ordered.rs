//! Work spread over threads, results handed on in input order, with a bound on the work in
//! flight so that memory stays bounded however long the input is.
//!
//! One thread reads, `jobs` threads work, and the calling thread writes. The reader takes a
//! permit before each item and the writer gives one back after each result it writes, so at
//! most `in_flight` items are read but not yet written: a slow document holds back the output
//! behind it, never the memory. A library such as rayon orders results only by collecting them
//! all, which a multi-gigabyte input rules out; this is the whole of what is needed instead.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Mutex};
use std::thread;

/// The stack of each working thread: that of a main thread on Linux, so that a document that
/// fits on the stack with `--jobs 1` fits with any number of jobs.
const STACK_BYTES: usize = 8 * 1024 * 1024;

/// Reads `(tag, item)` pairs with `read` until it returns `None`, runs `work` on each item on
/// `jobs` threads, and hands each tag with its result to `write` in the order read. A panic in
/// `work` reaches `write` as `Err(message)` and the run goes on. When `write` returns `false`,
/// reading stops and the items in flight are dropped.
pub fn run<T: Send, I: Send, O: Send>(
    jobs: usize,
    in_flight: usize,
    mut read: impl FnMut() -> Option<(T, I)> + Send,
    work: impl Fn(I) -> O + Sync,
    mut write: impl FnMut(T, Result<O, String>) -> bool,
) {
    let in_flight = in_flight.max(1);
    let (permits, permit) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        permits.send(()).expect("the channel holds every permit");
    }
    let (tasks, task) = mpsc::sync_channel::<(u64, T, I)>(in_flight);
    let task = Mutex::new(task);
    let (results, result) = mpsc::channel::<(u64, T, Result<O, String>)>();
    thread::scope(|scope| {
        // Owned here, so that returning early drops it and ends the reader's wait.
        let permits = permits;
        scope.spawn(move || {
            for seq in 0.. {
                let Ok(()) = permit.recv() else { break };
                let Some((tag, item)) = read() else { break };
                if tasks.send((seq, tag, item)).is_err() {
                    break;
                }
            }
        });
        for _ in 0..jobs.max(1) {
            let (task, work, results) = (&task, &work, results.clone());
            thread::Builder::new()
                .stack_size(STACK_BYTES)
                .spawn_scoped(scope, move || loop {
                    // The lock is held only while waiting for the next item, not while working.
                    let next = task.lock().map(|t| t.recv());
                    let Ok(Ok((seq, tag, item))) = next else {
                        break;
                    };
                    let done = catch_unwind(AssertUnwindSafe(|| work(item)))
                        .map_err(|panic| panic_message(&*panic));
                    if results.send((seq, tag, done)).is_err() {
                        break;
                    }
                })
                .expect("a working thread starts");
        }
        drop(results);
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (seq, tag, done) in result {
            waiting.insert(seq, (tag, done));
            while let Some((tag, done)) = waiting.remove(&next) {
                next += 1;
                if !write(tag, done) {
                    // Dropping the permits and the results ends the reader and the workers.
                    return;
                }
                let _ = permits.send(());
            }
        }
    });
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with no message".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn results_come_out_in_input_order_whatever_finishes_first() {
        let mut items = (0..200u64).map(|i| (i, i));
        let mut out = Vec::new();
        run(
            4,
            8,
            || items.next(),
            |i| {
                // Early items take longest, so later ones finish first.
                thread::sleep(std::time::Duration::from_micros((200 - i) * 20));
                i * 2
            },
            |tag, r| {
                out.push((tag, r.unwrap()));
                true
            },
        );
        let want: Vec<(u64, u64)> = (0..200).map(|i| (i, i * 2)).collect();
        assert_eq!(out, want);
    }

    #[test]
    fn no_more_than_the_bound_is_read_ahead_of_the_output() {
        let read = AtomicUsize::new(0);
        let mut written = 0;
        let mut most_ahead = 0;
        run(
            3,
            5,
            || {
                let n = read.fetch_add(1, Ordering::SeqCst);
                (n < 100).then_some(((), n))
            },
            |n| n,
            |(), _| {
                written += 1;
                most_ahead = most_ahead.max(read.load(Ordering::SeqCst) - written);
                true
            },
        );
        assert_eq!(written, 100);
        assert!(most_ahead <= 5, "{most_ahead} items read ahead");
    }

    #[test]
    fn a_panic_is_one_failed_result_and_the_rest_go_on() {
        let mut items = (0..10).map(|i| (i, i));
        let mut out = Vec::new();
        run(
            2,
            4,
            || items.next(),
            |i| {
                assert!(i != 3, "three is not allowed");
                i
            },
            |tag, r| {
                out.push((tag, r));
                true
            },
        );
        assert_eq!(out.len(), 10);
        assert_eq!(out[3], (3, Err("three is not allowed".to_string())));
        assert_eq!(out[4], (4, Ok(4)));
    }

    #[test]
    fn a_writer_that_stops_stops_the_reading() {
        let read = AtomicUsize::new(0);
        let mut written = 0;
        run(
            2,
            4,
            || Some(((), read.fetch_add(1, Ordering::SeqCst))),
            |n| n,
            |(), _| {
                written += 1;
                written < 10
            },
        );
        assert_eq!(written, 10);
        assert!(read.load(Ordering::SeqCst) <= 10 + 4 + 1);
    }
}
