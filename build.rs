//! Link flags for the `imctl` executable.
//!
//! On Linux with glibc the executable is linked as a fixed-address (non-PIE) image, as Go links
//! its CLIs: a position-independent one made the dynamic loader write about 14,000 relocated
//! pointers into 50 pages on every start, a third of a one-UserSig run's page faults. Shared
//! libraries, the heap, the stack and mmap stay randomized; only the executable's own code and
//! data addresses are fixed. Set `IMCTL_PIE=1` at build time to keep a PIE.

fn main() {
    println!("cargo:rerun-if-env-changed=IMCTL_PIE");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let keep_pie = std::env::var_os("IMCTL_PIE").is_some_and(|v| v == "1");
    if os == "linux" && env == "gnu" && !keep_pie {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
