//! Open string enums for values the service controls.
//!
//! The spec lists the values known today (and `cargo xtask validate` checks examples against
//! them), but the service adds values over time. progenitor would generate closed enums that fail
//! the whole answer on a new value, so these hand-written ones keep any unknown text in `Other`.

use std::{borrow::Cow, fmt, str::FromStr};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version does not know, kept as the service sent it.
            Other(String),
        }

        impl $name {
            /// Every value known to this version, in the order of the spec.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The text the service uses for this value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $text, )+
                    $name::Other(text) => text,
                }
            }

            /// Whether the value is one this version does not know.
            pub fn is_other(&self) -> bool {
                matches!(self, $name::Other(_))
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $( $text => $name::$variant, )+
                    other => $name::Other(other.to_string()),
                }
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                match $name::from(text.as_str()) {
                    $name::Other(_) => $name::Other(text),
                    known => known,
                }
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok($name::from(text))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = Cow::<'de, str>::deserialize(deserializer)?;
                Ok($name::from(text.into_owned()))
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                // Open: any string is accepted; the known values are listed as examples.
                schemars::json_schema!({
                    "type": "string",
                    "examples": [$($text),+],
                })
            }
        }
    };
}

open_enum! {
    /// Where a migration job stands.
    ///
    /// ```
    /// use mms_api::JobStatus;
    /// let status: JobStatus = serde_json::from_str("\"PAUSED\"").unwrap();
    /// assert_eq!(status, JobStatus::Other("PAUSED".into()));
    /// assert!(JobStatus::Done.is_terminal());
    /// ```
    JobStatus {
        /// Created, not started.
        Init => "INIT",
        /// Running.
        Doing => "DOING",
        /// Finished successfully.
        Done => "DONE",
        /// Finished with an error.
        Failed => "FAILED",
    }
}

impl JobStatus {
    /// Whether the job has ended (DONE or FAILED); a job in any other state may still move.
    pub fn is_terminal(&self) -> bool {
        matches!(self, JobStatus::Done | JobStatus::Failed)
    }
}

open_enum! {
    /// What a migration job covers.
    JobType {
        /// A whole database.
        Database => "Database",
        /// A list of tables.
        Tables => "Tables",
        /// A list of partitions.
        Partitions => "Partitions",
    }
}

open_enum! {
    /// The engine that runs a job's tasks (deprecated by the service).
    TaskType {
        /// A simulated task, for testing the service.
        Mock => "MOCK",
        /// A Hive user-defined table-valued function.
        Hive => "HIVE",
        /// DataX reading from Hive.
        HiveDatax => "HIVE_DATAX",
        /// A MaxCompute copy task.
        CopyTask => "COPY_TASK",
        /// A MaxCompute `INSERT OVERWRITE`.
        OdpsInsertOverwrite => "ODPS_INSERT_OVERWRITE",
        /// Verification between two MaxCompute projects.
        Mc2mcVerify => "MC2MC_VERIFY",
        /// From OSS.
        Oss => "OSS",
        /// Hive data stored on OSS.
        HiveOss => "HIVE_OSS",
        /// Spark reading from Hive.
        HiveSpark => "HIVE_SPARK",
        /// From BigQuery.
        Bigquery => "BIGQUERY",
        /// The service has not set one.
        Unset => "",
    }
}

open_enum! {
    /// Where a migration task stands: the phase it is in (schema, data, verification) and how
    /// that phase went.
    ///
    /// ```
    /// use mms_api::TaskStatus;
    /// assert!(TaskStatus::DataFailed.is_failed());
    /// assert!(!TaskStatus::DataDone.is_terminal());
    /// ```
    TaskStatus {
        /// Not started.
        Init => "INIT",
        /// Creating the destination table or partitions.
        SchemaDoing => "SCHEMA_DOING",
        /// Destination created; data not copied yet.
        SchemaDone => "SCHEMA_DONE",
        /// Creating the destination failed.
        SchemaFailed => "SCHEMA_FAILED",
        /// Copying data.
        DataDoing => "DATA_DOING",
        /// Data copied; not verified yet.
        DataDone => "DATA_DONE",
        /// Copying data failed.
        DataFailed => "DATA_FAILED",
        /// Comparing source and destination.
        VerificationDoing => "VERIFICATION_DOING",
        /// Source and destination match (or verification is off).
        VerificationDone => "VERIFICATION_DONE",
        /// Source and destination differ, or the comparison failed.
        VerificationFailed => "VERIFICATION_FAILED",
        /// Finished successfully.
        Done => "DONE",
    }
}

impl TaskStatus {
    /// Whether a phase of the task failed; the task waits for a retry.
    pub fn is_failed(&self) -> bool {
        matches!(
            self,
            TaskStatus::SchemaFailed | TaskStatus::DataFailed | TaskStatus::VerificationFailed
        )
    }

    /// Whether the task has ended: DONE, or one of the three failed states.
    pub fn is_terminal(&self) -> bool {
        *self == TaskStatus::Done || self.is_failed()
    }
}

open_enum! {
    /// How far a database, table or partition of the source catalog is migrated.
    MigrationStatus {
        /// Not migrated.
        Init => "INIT",
        /// Being migrated.
        Doing => "DOING",
        /// Migrated.
        Done => "DONE",
        /// The migration failed.
        Failed => "FAILED",
        /// Some of its partitions are migrated (databases and tables only).
        PartDone => "PART_DONE",
    }
}

open_enum! {
    /// The kind of a data source.
    DataSourceType {
        /// A Hive metastore and its storage.
        Hive => "HIVE",
        /// A Google BigQuery project.
        Bigquery => "BIGQUERY",
        /// Another MaxCompute project.
        Maxcompute => "MAXCOMPUTE",
    }
}

open_enum! {
    /// The state of a data source's instance.
    DataSourceStatus {
        /// Running.
        Started => "STARTED",
        /// Starting failed; the reason is in `errMsg`.
        StartFailed => "START_FAILED",
        /// Stopping failed; the reason is in `errMsg`.
        StopFailed => "STOP_FAILED",
    }
}

open_enum! {
    /// Where a metadata scan stands.
    ScanStatus {
        /// Running.
        Doing => "DOING",
        /// Finished successfully.
        Done => "DONE",
        /// Finished with an error.
        Failed => "FAILED",
    }
}

open_enum! {
    /// What an asynchronous task of the service does.
    AsyncTaskType {
        /// Creates a migration job.
        TaskCreate => "TASK_CREATE",
        /// Stops a migration job.
        StopJob => "STOP_JOB",
    }
}

open_enum! {
    /// Where an asynchronous task of the service stands.
    AsyncTaskStatus {
        /// Queued.
        Init => "INIT",
        /// Running.
        Doing => "DOING",
        /// Finished successfully.
        Done => "DONE",
        /// Finished with an error.
        Failed => "FAILED",
    }
}

impl AsyncTaskStatus {
    /// Whether the task has ended (DONE or FAILED).
    pub fn is_terminal(&self) -> bool {
        matches!(self, AsyncTaskStatus::Done | AsyncTaskStatus::Failed)
    }
}

open_enum! {
    /// How often a timer fires.
    ScheduleType {
        /// Once a day, at the `HH:MM` of the timer's `value`.
        Daily => "Daily",
        /// Once an hour, at the minute of the timer's `value`.
        Hourly => "Hourly",
    }
}

open_enum! {
    /// The type of a configuration item's value.
    ConfigItemType {
        /// `true` or `false`.
        Boolean => "boolean",
        /// An integer.
        Int => "int",
        /// A JSON object.
        Map => "map",
        /// Text.
        String => "string",
        /// A secret; never show or log its value.
        Password => "password",
        /// The content of an uploaded file, such as a keytab.
        File => "file",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failed test may panic

    use super::*;

    /// Every known value survives JSON and text; an unknown one comes back as `Other` with its
    /// text, and goes out unchanged.
    fn round_trips<T>(known: &[T], is_other: fn(&T) -> bool)
    where
        T: PartialEq + fmt::Debug + fmt::Display + Serialize + for<'de> Deserialize<'de>,
        T: FromStr<Err = std::convert::Infallible> + for<'a> From<&'a str>,
    {
        assert!(!known.is_empty());
        for value in known {
            assert!(!is_other(value), "{value:?}");
            let text = serde_json::to_string(value).unwrap();
            assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), value);
            assert_eq!(&value.to_string().parse::<T>().unwrap(), value);
        }
        let unknown: T = serde_json::from_str("\"SOMETHING_NEW\"").unwrap();
        assert!(is_other(&unknown), "{unknown:?}");
        assert_eq!(unknown.to_string(), "SOMETHING_NEW");
        assert_eq!(
            serde_json::to_string(&unknown).unwrap(),
            "\"SOMETHING_NEW\""
        );
        assert_eq!(T::from("SOMETHING_NEW"), unknown);
        assert!(serde_json::from_str::<T>("7").is_err(), "only text decodes");
    }

    /// The spec's enum of an open enum, from the generated table.
    fn spec_values(name: &str) -> Vec<&'static str> {
        crate::OPEN_ENUM_VALUES
            .iter()
            .find(|(schema, _)| *schema == name)
            .map(|(_, values)| values.to_vec())
            .unwrap_or_default()
    }

    macro_rules! round_trip_tests {
        ($($test:ident: $name:ident,)+) => {
            $(
                #[test]
                fn $test() {
                    round_trips($name::KNOWN, $name::is_other);
                    let known: Vec<&str> = $name::KNOWN.iter().map($name::as_str).collect();
                    assert_eq!(known, spec_values(stringify!($name)), "known values and the spec");
                }
            )+

            #[test]
            fn every_open_enum_of_the_spec_has_a_test() {
                let tested = [$(stringify!($name)),+];
                let in_spec: Vec<&str> = crate::OPEN_ENUM_VALUES.iter().map(|(n, _)| *n).collect();
                assert_eq!(tested.to_vec(), in_spec);
            }
        };
    }

    round_trip_tests! {
        job_status_keeps_unknown_values: JobStatus,
        job_type_keeps_unknown_values: JobType,
        task_type_keeps_unknown_values: TaskType,
        task_status_keeps_unknown_values: TaskStatus,
        migration_status_keeps_unknown_values: MigrationStatus,
        data_source_type_keeps_unknown_values: DataSourceType,
        data_source_status_keeps_unknown_values: DataSourceStatus,
        scan_status_keeps_unknown_values: ScanStatus,
        async_task_type_keeps_unknown_values: AsyncTaskType,
        async_task_status_keeps_unknown_values: AsyncTaskStatus,
        schedule_type_keeps_unknown_values: ScheduleType,
        config_item_type_keeps_unknown_values: ConfigItemType,
    }

    #[test]
    fn terminal_states() {
        assert!(TaskStatus::Done.is_terminal());
        assert!(TaskStatus::VerificationFailed.is_terminal());
        assert!(!TaskStatus::VerificationDone.is_terminal());
        assert!(!TaskStatus::Other("PAUSED".into()).is_terminal());
        assert!(AsyncTaskStatus::Failed.is_terminal());
        assert!(!AsyncTaskStatus::Doing.is_terminal());
    }
}
