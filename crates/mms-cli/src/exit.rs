//! Exit statuses, documented in `mms --help`.

use std::process::ExitCode;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success; for `watch`, the job is DONE.
    Success,
    /// A fatal error.
    Error,
    /// The job ended FAILED.
    JobFailed,
    /// The job was stopped.
    JobStopped,
    /// `watch` gave up at its timeout.
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
