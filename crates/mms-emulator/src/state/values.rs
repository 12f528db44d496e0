//! The fixed sets of values the API speaks (statuses, types, actions), each with its wire text.

/// Declares a closed enum with its wire text, parsing and the list of accepted values.
macro_rules! wire_values {
    ($(
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)? }
    )+) => {$(
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        pub(crate) enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant ),+
        }

        // Not every set needs every helper.
        #[allow(dead_code)]
        impl $name {
            /// Every value, in declaration order.
            pub(crate) const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text of this value on the wire.
            pub(crate) fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value whose wire text is `text`, exactly.
            pub(crate) fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The accepted texts, for error messages: `A, B or C`.
            pub(crate) fn choices() -> String {
                crate::state::values::join_choices(Self::ALL.iter().map(|v| v.as_str()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )+};
}

/// `A, B or C`.
pub(crate) fn join_choices<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let values: Vec<&str> = values.collect();
    match values.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

wire_values! {
    /// The kind of system a data source reads.
    SourceType { Hive = "HIVE", BigQuery = "BIGQUERY", MaxCompute = "MAXCOMPUTE" }

    /// Where a data source's agent stands.
    SourceStatus {
        /// Created or stopped: the agent is offline.
        Stopped = "STOPPED",
        /// A START is under way.
        Starting = "STARTING",
        /// The agent is online; scans and jobs can run.
        Started = "STARTED",
        /// A START failed; `errMsg` says why.
        StartFailed = "START_FAILED",
        /// A STOP is under way.
        Stopping = "STOPPING",
        /// A STOP failed; `errMsg` says why.
        StopFailed = "STOP_FAILED",
    }

    /// What UpdateMmsDataSource is asked to do.
    SourceAction { Start = "START", Stop = "STOP", UpdateConfig = "UPDATE_CONFIG", Rename = "RENAME" }

    /// How far a db, table or partition of the catalog has been migrated.
    CatalogStatus {
        Init = "INIT", Doing = "DOING", Done = "DONE", Failed = "FAILED", PartDone = "PART_DONE",
    }

    /// The status of a metadata scan or an async task.
    WorkStatus { Doing = "DOING", Done = "DONE", Failed = "FAILED" }

    /// What an async task does.
    AsyncKind {
        /// CreateMmsJob: `objectId` is the new job.
        TaskCreate = "TASK_CREATE",
        /// StopMmsJob.
        StopJob = "STOP_JOB",
        /// UpdateMmsDataSource with action START.
        DataSourceStart = "DATASOURCE_START",
        /// UpdateMmsDataSource with action STOP.
        DataSourceStop = "DATASOURCE_STOP",
        /// UpdateMmsDataSource with action UPDATE_CONFIG (or `test`).
        DataSourceUpdateConfig = "DATASOURCE_UPDATE_CONFIG",
        /// UpdateMmsDataSource with action RENAME.
        DataSourceRename = "DATASOURCE_RENAME",
    }

    /// The status of a migration job, derived from its tasks.
    JobStatus { Init = "INIT", Doing = "DOING", Done = "DONE", Failed = "FAILED" }

    /// What a job migrates.
    JobType { Database = "Database", Tables = "Tables", Partitions = "Partitions" }

    /// The status of a migration task: its phase and how the phase went.
    TaskStatus {
        Init = "INIT",
        SchemaDoing = "SCHEMA_DOING",
        SchemaDone = "SCHEMA_DONE",
        SchemaFailed = "SCHEMA_FAILED",
        DataDoing = "DATA_DOING",
        DataDone = "DATA_DONE",
        DataFailed = "DATA_FAILED",
        VerificationDoing = "VERIFICATION_DOING",
        VerificationDone = "VERIFICATION_DONE",
        VerificationFailed = "VERIFICATION_FAILED",
        Done = "DONE",
    }

    /// The three phases of a task.
    Phase { Schema = "SCHEMA", Data = "DATA", Verification = "VERIFICATION" }

    /// How often a timer fires.
    ScheduleType {
        /// Every day at `value` = `HH:MM` (UTC).
        Daily = "Daily",
        /// Every hour at minute `value` = `MM`.
        Hourly = "Hourly",
    }

    /// A sort direction of `sorter`.
    SortOrder { Asc = "asc", Desc = "desc" }

    /// The language of config item descriptions.
    Lang { ZhCn = "zh_CN", EnUs = "en_US" }
}

impl TaskStatus {
    /// A failed phase: the task stopped there and can be retried.
    pub(crate) fn is_failed(self) -> bool {
        matches!(
            self,
            Self::SchemaFailed | Self::DataFailed | Self::VerificationFailed
        )
    }

    /// The phase a status belongs to (`None` for `INIT` and `DONE`).
    pub(crate) fn phase(self) -> Option<Phase> {
        match self {
            Self::SchemaDoing | Self::SchemaDone | Self::SchemaFailed => Some(Phase::Schema),
            Self::DataDoing | Self::DataDone | Self::DataFailed => Some(Phase::Data),
            Self::VerificationDoing | Self::VerificationDone | Self::VerificationFailed => {
                Some(Phase::Verification)
            }
            Self::Init | Self::Done => None,
        }
    }
}

impl Phase {
    /// The status of a task working on this phase.
    pub(crate) fn doing(self) -> TaskStatus {
        match self {
            Self::Schema => TaskStatus::SchemaDoing,
            Self::Data => TaskStatus::DataDoing,
            Self::Verification => TaskStatus::VerificationDoing,
        }
    }

    /// The status of a task that finished this phase.
    pub(crate) fn done(self) -> TaskStatus {
        match self {
            Self::Schema => TaskStatus::SchemaDone,
            Self::Data => TaskStatus::DataDone,
            Self::Verification => TaskStatus::VerificationDone,
        }
    }

    /// The status of a task that failed in this phase.
    pub(crate) fn failed(self) -> TaskStatus {
        match self {
            Self::Schema => TaskStatus::SchemaFailed,
            Self::Data => TaskStatus::DataFailed,
            Self::Verification => TaskStatus::VerificationFailed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_round_trip() {
        for status in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(status.as_str()), Some(*status));
        }
        assert_eq!(TaskStatus::ALL.len(), 11);
        assert_eq!(JobType::parse("tables"), None, "exact text only");
        assert_eq!(SortOrder::choices(), "asc or desc");
        assert_eq!(
            serde_json::to_string(&CatalogStatus::PartDone).unwrap_or_default(),
            "\"PART_DONE\""
        );
    }

    #[test]
    fn phases_name_their_statuses() {
        for phase in Phase::ALL {
            assert_eq!(phase.doing().phase(), Some(*phase));
            assert!(phase.failed().is_failed());
            assert!(!phase.done().is_failed());
        }
    }
}
