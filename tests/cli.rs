//! The one integration test binary: it runs the real `imctl` binary. Modules by subcommand.

#[path = "cli/common.rs"]
mod common;

#[path = "cli/account.rs"]
mod account;
#[path = "cli/app.rs"]
mod app;
#[path = "cli/apply.rs"]
mod apply;
#[path = "cli/bulk.rs"]
mod bulk;
#[path = "cli/callback.rs"]
mod callback;
#[path = "cli/client.rs"]
mod client;
#[path = "cli/cloud.rs"]
mod cloud;
#[path = "cli/contract.rs"]
mod contract;
#[path = "cli/doctor.rs"]
mod doctor;
#[path = "cli/emit.rs"]
mod emit;
#[path = "cli/emulator.rs"]
mod emulator;
#[path = "cli/friend.rs"]
mod friend;
#[path = "cli/group.rs"]
mod group;
#[path = "cli/group_bans.rs"]
mod group_bans;
#[path = "cli/group_history.rs"]
mod group_history;
#[path = "cli/group_import.rs"]
mod group_import;
#[path = "cli/history.rs"]
mod history;
#[path = "cli/listen.rs"]
mod listen;
#[path = "cli/logs.rs"]
mod logs;
#[path = "cli/message.rs"]
mod message;
#[path = "cli/migrate.rs"]
mod migrate;
#[path = "cli/moderation.rs"]
mod moderation;
#[path = "cli/output.rs"]
mod output;
#[path = "cli/parallel.rs"]
mod parallel;
#[path = "cli/push.rs"]
mod push;
#[path = "cli/push_check.rs"]
mod push_check;
#[path = "cli/readme.rs"]
mod readme;
#[path = "cli/recent.rs"]
mod recent;
#[path = "cli/sandbox_apps.rs"]
mod sandbox_apps;
#[path = "cli/stats.rs"]
mod stats;
#[path = "cli/trigger.rs"]
mod trigger;
#[path = "cli/usersig.rs"]
mod usersig;
