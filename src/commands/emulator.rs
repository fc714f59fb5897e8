//! `imctl emulator`: runs the local REST backend in the foreground until Ctrl-C.

use std::net::SocketAddr;
use std::time::Duration;

use crate::cli::EmulatorArgs;
use crate::commands::{rest, Ctx};
use crate::emulator::{Emulator, EmulatorConfig};
use crate::error::{Error, Exit};

pub fn run(ctx: &mut Ctx, args: &EmulatorArgs) -> Result<Exit, Error> {
    let listen: SocketAddr = args.listen.parse().map_err(|_| {
        Error::usage(format!(
            "--listen `{}` is not an address like 127.0.0.1:9901",
            args.listen
        ))
    })?;
    if !(0.0..=1.0).contains(&args.fail_rate) {
        return Err(Error::usage("--fail-rate must be between 0 and 1"));
    }
    let settings = ctx.settings()?;
    let cfg = EmulatorConfig {
        listen,
        sdkappid: settings.require_sdkappid()?,
        admin: settings.admin.clone(),
        key: settings.require_key()?.clone(),
        data: args.data.clone(),
        latency: Duration::from_millis(args.latency),
        fail_rate: args.fail_rate,
        seed: args.seed,
        fault_kinds: args.fault_kinds.clone(),
        throttle: args.throttle,
        edition: args.edition,
    };
    let rt = rest::runtime()?;
    rt.block_on(async {
        let emulator = Emulator::bind(cfg).await?;
        // The ready line: scripts wait for it and read the URL from it.
        ctx.out.status(&format!(
            "imctl emulator listening on {}",
            emulator.base_url()
        ));
        emulator
            .serve(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })?;
    Ok(Exit::Ok)
}
