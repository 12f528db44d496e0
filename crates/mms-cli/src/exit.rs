//! Exit statuses, documented in `mms --help`, and the failures that end a command.

use std::{fmt, process::ExitCode};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success; for `watch`, the job is DONE.
    Success,
    /// A fatal error.
    Error,
    /// Bad usage: a missing confirmation, flags that do not go together.
    Usage,
    /// The job (or the scan, or the asynchronous task waited for) ended FAILED.
    JobFailed,
    /// The job was stopped.
    JobStopped,
    /// The wait gave up at its timeout.
    WatchTimeout,
    /// Ctrl-C.
    Interrupted,
}

impl Exit {
    /// The process exit status.
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Error => 1,
            Exit::Usage => 2,
            Exit::JobFailed => 3,
            Exit::JobStopped => 4,
            Exit::WatchTimeout => 5,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// Why a command could not do its work; printed as one line.
#[derive(Debug)]
pub enum Failure {
    /// A call failed; the error names the action, status, code and request id.
    Api(maxcompute_mms::Error),
    /// An input (a file, a flag's value) is wrong; the text names it.
    Input(String),
    /// The command line is incomplete for what it asks (exit status 2).
    Usage(String),
    /// The person at the terminal said no.
    Declined(String),
}

impl Failure {
    /// The exit status the failure ends the run with.
    pub fn exit(&self) -> Exit {
        match self {
            Failure::Usage(_) => Exit::Usage,
            _ => Exit::Error,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Api(error) => write!(f, "{error}"),
            Failure::Input(text) | Failure::Usage(text) | Failure::Declined(text) => {
                f.write_str(text)
            }
        }
    }
}

impl From<maxcompute_mms::Error> for Failure {
    fn from(error: maxcompute_mms::Error) -> Failure {
        Failure::Api(error)
    }
}

/// What a command returns.
pub type Outcome = Result<Exit, Failure>;
