//! [`World`]: everything the emulator knows, and how it moves on in time.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::async_tasks::model::AsyncTask;
use crate::catalog::blueprint::Blueprint;
use crate::catalog::Catalog;
use crate::clock::Millis;
use crate::datasources::model::DataSource;
use crate::jobs::failures::PlannedFailure;
use crate::jobs::model::JobEntry;
use crate::jobs::tasks::Task;
use crate::scans::model::Scan;
use crate::state::ids::Ids;
use crate::state::problem::{Missing, Problem};
use crate::timers::model::Timer;

/// One data source and everything under it. Deleting the source deletes all of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Source {
    pub(crate) info: DataSource,
    /// What scans of this source discover.
    pub(crate) blueprint: Blueprint,
    pub(crate) catalog: Catalog,
    pub(crate) scans: BTreeMap<i64, Scan>,
    pub(crate) async_tasks: BTreeMap<i64, AsyncTask>,
    pub(crate) jobs: BTreeMap<i64, JobEntry>,
    pub(crate) tasks: BTreeMap<i64, Task>,
    pub(crate) timers: BTreeMap<i64, Timer>,
}

/// Settings that shape how the state moves, from the configuration (not persisted).
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    /// The region data sources report.
    pub(crate) region: String,
    /// Tasks of one job that run at once.
    pub(crate) task_concurrency: usize,
    /// Failures planned for tasks created from now on.
    pub(crate) failures: Vec<PlannedFailure>,
    /// Catalogs of data sources created later, by source name (else a synthetic one).
    pub(crate) catalogs: BTreeMap<String, Blueprint>,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            region: "cn-hangzhou".to_owned(),
            task_concurrency: 10,
            failures: Vec::new(),
            catalogs: BTreeMap::new(),
        }
    }
}

/// What an operation on one source needs from the rest of the world.
#[derive(Debug)]
pub(crate) struct Env<'a> {
    pub(crate) ids: &'a mut Ids,
    pub(crate) rules: &'a Rules,
    pub(crate) now: Millis,
}

/// Everything the emulator knows.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct World {
    pub(crate) ids: Ids,
    pub(crate) sources: BTreeMap<i64, Source>,
}

/// 404 for an unknown data source.
pub(crate) fn no_such_source(id: i64) -> Problem {
    Problem::not_found(
        Missing::DataSource,
        format!("The data source {id} does not exist."),
    )
}

impl World {
    /// The source `id`, or a 404 naming it.
    pub(crate) fn source(&self, id: i64) -> Result<&Source, Problem> {
        self.sources.get(&id).ok_or_else(|| no_such_source(id))
    }

    /// The source `id` and what operations on it need, or a 404 naming it.
    pub(crate) fn source_mut<'a>(
        &'a mut self,
        id: i64,
        rules: &'a Rules,
        now: Millis,
    ) -> Result<(&'a mut Source, Env<'a>), Problem> {
        let source = self
            .sources
            .get_mut(&id)
            .ok_or_else(|| no_such_source(id))?;
        Ok((
            source,
            Env {
                ids: &mut self.ids,
                rules,
                now,
            },
        ))
    }

    /// Moves every source on to `now`: timers fire, async tasks and scans complete, tasks
    /// progress. Moving to a time already passed changes nothing.
    pub(crate) fn advance(&mut self, rules: &Rules, now: Millis) {
        for source in self.sources.values_mut() {
            let mut env = Env {
                ids: &mut self.ids,
                rules,
                now,
            };
            source.advance(&mut env);
        }
    }
}

impl Source {
    /// Moves this source on to `env.now`.
    pub(crate) fn advance(&mut self, env: &mut Env<'_>) {
        self.fire_timers(env);
        self.complete_async_tasks(env);
        self.advance_scans(env);
        self.run_jobs(env);
    }
}
