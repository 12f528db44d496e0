//! The thing most commands act on: one item of a data source (a job, a timer, a table…), named
//! on the command line by two ids, `SOURCE ID`, and in messages as `job 12 of data source 2`.

use std::{fmt, marker::PhantomData};

use clap::Args;

use crate::{body::FromFile, confirm::Yes, output::WriteOutput};

/// A kind of item of a data source: how its id is called.
pub trait Kind {
    /// In messages: `job`.
    const NAME: &'static str;
    /// The id's placeholder in usage lines: `JOB`.
    const PLACEHOLDER: &'static str;
    /// The id's help: `Job id`.
    const HELP: &'static str;
}

macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident: $name:literal, $placeholder:literal, $help:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $kind;

        impl Kind for $kind {
            const NAME: &'static str = $name;
            const PLACEHOLDER: &'static str = $placeholder;
            const HELP: &'static str = $help;
        }
    )*};
}

kinds! {
    /// A database of a source's catalog.
    Db: "database", "DB", "Database id";
    /// A table of a source's catalog.
    Table: "table", "TABLE", "Table id";
    /// A partition of a source's catalog.
    Partition: "partition", "PARTITION", "Partition id";
    /// A migration job.
    Job: "job", "JOB", "Job id";
    /// A task of a migration job.
    Task: "task", "TASK", "Task id";
    /// A timer.
    Timer: "timer", "TIMER", "Timer id";
}

/// An item of kind `K`, and the other flags `F` of the command on it.
#[derive(Debug, Args)]
pub struct Item<K: Kind, F: Args> {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    pub source_id: i64,
    #[arg(value_name = K::PLACEHOLDER, help = K::HELP)]
    pub id: i64,
    #[command(flatten)]
    pub flags: F,
    #[arg(skip)]
    kind: PhantomData<K>,
}

/// `job 12 of data source 2`.
impl<K: Kind, F: Args> fmt::Display for Item<K, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} of data source {}",
            K::NAME,
            self.id,
            self.source_id
        )
    }
}

/// The flags of a change: the body as flags or from a file, and how to print the answer.
#[derive(Debug, Args)]
pub struct Change<B: Args> {
    #[command(flatten)]
    pub body: B,
    #[command(flatten)]
    pub from_file: FromFile,
    #[command(flatten)]
    pub output: WriteOutput,
}

/// The flags of a command that cannot be undone.
#[derive(Debug, Args)]
pub struct Destroy {
    #[command(flatten)]
    pub yes: Yes,
    #[command(flatten)]
    pub output: WriteOutput,
}
