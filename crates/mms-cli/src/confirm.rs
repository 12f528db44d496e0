//! Destructive commands ask first: on a terminal they ask, elsewhere they refuse unless `--yes`
//! says the caller means it.

use std::io::{BufRead, IsTerminal, Write};

use clap::Args;

use crate::exit::Failure;

/// `--yes`.
#[derive(Debug, Clone, Args)]
pub struct Yes {
    /// Do it without asking (needed where there is no terminal to ask on, as in CI).
    #[arg(long, short)]
    pub yes: bool,
}

/// Asks `question` (`Delete job 10 of data source 2?`) unless `yes` or a dry run (which sends
/// nothing); `command` names what refuses without a terminal.
pub fn confirm(yes: &Yes, dry_run: bool, command: &str, question: &str) -> Result<(), Failure> {
    if yes.yes || dry_run {
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Failure::Usage(format!(
            "`{command}` cannot be undone and there is no terminal to confirm on; add --yes to do it"
        )));
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{question} [y/N] ");
    let _ = err.flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Failure::Declined("not confirmed; nothing was done".into())),
    }
}
