//! In-process UserSig throughput: `cargo bench --bench usersig`.
//!
//! Each measurement runs ROUNDS rounds of BATCH operations and reports the median round as
//! operations per second. Baselines run in the same process: signing with a fresh `Signer`
//! per UserSig in the Python layout (what a naive implementation pays for zlib and HMAC
//! set-up), the Python layout (zlib level 6) beside the default Go layout (stored blocks), and
//! one thread beside all threads. Absolute figures on a shared machine are noisy; compare the ratios.

#![allow(clippy::print_stdout)] // a benchmark reports on stdout

use std::hint::black_box;
use std::time::Instant;

use imctl::usersig::{Expectation, SigParams, Signer, Style, Verifier};

const KEY: &[u8] = b"5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const ROUNDS: usize = 15;
const BATCH: usize = 20_000;
const TIME: i64 = 1_700_000_000;

fn ids() -> Vec<String> {
    (0..BATCH).map(|i| format!("user{i}")).collect()
}

fn params(id: &str) -> SigParams<'_> {
    SigParams {
        sdkappid: 1_400_000_000,
        identifier: id,
        time: TIME,
        expire: 15_552_000,
        userbuf: None,
    }
}

/// Median ops/s over ROUNDS rounds of `batch` operations each, run on `threads` threads at once.
fn measure(threads: usize, batch: usize, op: impl Fn(usize) + Sync) -> f64 {
    let mut rates: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            std::thread::scope(|s| {
                for t in 0..threads {
                    let op = &op;
                    s.spawn(move || {
                        for i in 0..batch {
                            op(t * batch + i);
                        }
                    });
                }
            });
            (threads * batch) as f64 / start.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    rates[ROUNDS / 2]
}

fn main() {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let ids = ids();
    let sigs: Vec<String> = {
        let mut signer = Signer::new(KEY);
        ids.iter().map(|id| signer.sign(&params(id))).collect()
    };

    thread_local! {
        static SIGNER: std::cell::RefCell<Signer> = std::cell::RefCell::new(Signer::new(KEY));
        static PY_SIGNER: std::cell::RefCell<Signer> =
            std::cell::RefCell::new(Signer::with_style(KEY, Style::Python));
        static VERIFIER: std::cell::RefCell<Verifier> = std::cell::RefCell::new(Verifier::new());
        static OUT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    let sign_reused = |i: usize| {
        SIGNER.with_borrow_mut(|signer| {
            OUT.with_borrow_mut(|out| {
                out.clear();
                signer.sign_into(&params(&ids[i % BATCH]), out);
                black_box(out.len());
            })
        })
    };
    let sign_python = |i: usize| {
        PY_SIGNER.with_borrow_mut(|signer| {
            OUT.with_borrow_mut(|out| {
                out.clear();
                signer.sign_into(&params(&ids[i % BATCH]), out);
                black_box(out.len());
            })
        })
    };
    let sign_fresh = |i: usize| {
        black_box(Signer::with_style(KEY, Style::Python).sign(&params(&ids[i % BATCH])));
    };
    let verify_reused = |i: usize| {
        let exp = Expectation {
            sdkappid: 1_400_000_000,
            identifier: &ids[i % BATCH],
            now: TIME,
            userbuf: None,
        };
        VERIFIER.with_borrow_mut(|v| {
            black_box(v.verify(KEY, &sigs[i % BATCH], &exp).expect("valid"));
        })
    };

    let fresh_1 = measure(1, BATCH / 4, sign_fresh);
    let python_1 = measure(1, BATCH / 4, sign_python);
    let sign_1 = measure(1, BATCH, sign_reused);
    let sign_n = measure(threads, BATCH, sign_reused);
    let verify_1 = measure(1, BATCH, verify_reused);
    let verify_n = measure(threads, BATCH, verify_reused);

    println!(
        "usersig in-process throughput (median of {ROUNDS} rounds, {threads} threads available)"
    );
    println!(
        "  sign, python layout, fresh Signer per call, 1 thread: {fresh_1:>10.0}/s  (baseline)"
    );
    println!(
        "  sign, python layout, reused Signer, 1 thread:         {python_1:>10.0}/s  ({:.1}x baseline)",
        python_1 / fresh_1
    );
    println!(
        "  sign, go layout (default), reused Signer, 1 thread:   {sign_1:>10.0}/s  ({:.1}x baseline)",
        sign_1 / fresh_1
    );
    println!(
        "  sign, go layout (default), {threads} threads:               {sign_n:>10.0}/s  ({:.2}x one thread)",
        sign_n / sign_1
    );
    println!("  verify, reused Verifier, 1 thread:                    {verify_1:>10.0}/s");
    println!(
        "  verify, reused Verifier, {threads} threads:                   {verify_n:>10.0}/s  ({:.2}x one thread)",
        verify_n / verify_1
    );
}
