//! Why the state refused an operation, in terms of the domain; the HTTP side turns it into an
//! error answer (`From<Problem> for ApiError`).

/// The kinds of objects a lookup can miss, each with its own error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Missing {
    DataSource,
    Db,
    Table,
    Partition,
    Scan,
    AsyncTask,
    Job,
    Task,
    Timer,
}

/// A refused operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// An object named by the request does not exist (404).
    NotFound { what: Missing, message: String },
    /// A required parameter or body field is absent (400).
    MissingParameter { name: String },
    /// A parameter or body field has a value that cannot be used (400).
    InvalidParameter { name: String, message: String },
    /// The object is not in a state that allows the operation (409).
    IncorrectStatus { message: String },
    /// An object of that name exists already (409).
    AlreadyExists { message: String },
}

impl Problem {
    pub(crate) fn not_found(what: Missing, message: impl Into<String>) -> Self {
        Self::NotFound {
            what,
            message: message.into(),
        }
    }

    pub(crate) fn missing(name: impl Into<String>) -> Self {
        Self::MissingParameter { name: name.into() }
    }

    pub(crate) fn invalid(name: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidParameter {
            name: name.into(),
            message: message.into(),
        }
    }

    pub(crate) fn status(message: impl Into<String>) -> Self {
        Self::IncorrectStatus {
            message: message.into(),
        }
    }

    pub(crate) fn exists(message: impl Into<String>) -> Self {
        Self::AlreadyExists {
            message: message.into(),
        }
    }

    /// A short text of the problem, for logs of tasks and timers.
    pub(crate) fn message(&self) -> String {
        match self {
            Self::NotFound { message, .. }
            | Self::IncorrectStatus { message }
            | Self::AlreadyExists { message } => message.clone(),
            Self::MissingParameter { name } => format!("The parameter {name} is required."),
            Self::InvalidParameter { message, .. } => message.clone(),
        }
    }
}
