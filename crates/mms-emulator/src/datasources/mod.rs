//! Data sources: create, update (START, STOP, UPDATE_CONFIG, RENAME through an async task),
//! delete; their agent's status and their configuration.

pub(crate) mod config_items;
pub(crate) mod model;
pub(crate) mod routes;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::async_tasks::model::Work;
use crate::catalog::blueprint::{self, Blueprint};
use crate::catalog::Catalog;
use crate::clock::Millis;
use crate::datasources::model::{DataSource, NewSource, SourceUpdate};
use crate::state::ids::IdKind;
use crate::state::problem::Problem;
use crate::state::values::{AsyncKind, SourceAction, SourceStatus, SourceType};
use crate::state::world::{Env, Rules, Source, World};

fn check_config(kind: SourceType, config: &Map<String, Value>) -> Result<(), Problem> {
    for (key, value) in config {
        if value.is_null() {
            continue;
        }
        config_items::check_value(kind, key, value)
            .map_err(|message| Problem::invalid(format!("config.{key}"), message))?;
    }
    Ok(())
}

impl World {
    /// Whether a source called `name` exists (other than `except`).
    fn name_taken(&self, name: &str, except: Option<i64>) -> bool {
        self.sources
            .values()
            .any(|s| s.info.name == name && Some(s.info.id) != except)
    }

    /// CreateMmsDataSource: a stopped source whose scans will discover `blueprint` (or the
    /// synthetic catalog of its name). Returns its id.
    pub(crate) fn create_source(
        &mut self,
        new: NewSource,
        blueprint: Option<Blueprint>,
        fixed_id: Option<i64>,
        rules: &Rules,
        now: Millis,
    ) -> Result<i64, Problem> {
        let name = new
            .name
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| Problem::missing("name"))?;
        let kind_text = new.kind.ok_or_else(|| Problem::missing("type"))?;
        let kind = SourceType::parse(&kind_text).ok_or_else(|| {
            Problem::invalid(
                "type",
                format!(
                    "The type {kind_text:?} is not a kind of data source; use {}.",
                    SourceType::choices()
                ),
            )
        })?;
        if self.name_taken(&name, None) {
            return Err(Problem::exists(format!(
                "A data source named {name:?} exists already."
            )));
        }
        check_config(kind, &new.config)?;
        let networklink = new.networklink.unwrap_or_default();
        let region = networklink
            .rsplit_once(':')
            .map_or_else(|| rules.region.clone(), |(_, r)| r.to_owned());
        let id = match fixed_id {
            Some(id) => {
                self.ids.reserve(IdKind::Source, id);
                id
            }
            None => self.ids.next(IdKind::Source),
        };
        let blueprint = blueprint
            .or_else(|| rules.catalogs.get(&name).cloned())
            .unwrap_or_else(|| blueprint::synthetic(&name));
        blueprint.reserve_ids(&mut self.ids);
        let config = new
            .config
            .into_iter()
            .filter(|(_, v)| !v.is_null())
            .collect();
        self.sources.insert(
            id,
            Source {
                info: DataSource {
                    id,
                    name,
                    kind,
                    region,
                    networklink,
                    status: SourceStatus::Stopped,
                    err_msg: String::new(),
                    agent_is_online: false,
                    config,
                    create_time: now,
                    scan_id: None,
                },
                blueprint,
                catalog: Catalog::default(),
                scans: BTreeMap::new(),
                async_tasks: BTreeMap::new(),
                jobs: BTreeMap::new(),
                tasks: BTreeMap::new(),
                timers: BTreeMap::new(),
            },
        );
        Ok(id)
    }

    /// UpdateMmsDataSource: returns the id of the async task that carries the change out.
    pub(crate) fn update_source(
        &mut self,
        id: i64,
        update: SourceUpdate,
        rules: &Rules,
        now: Millis,
    ) -> Result<i64, Problem> {
        if update.action == SourceAction::Rename {
            let name = update
                .name
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .ok_or_else(|| Problem::missing("name"))?;
            self.source(id)?;
            if self.name_taken(name, Some(id)) {
                return Err(Problem::exists(format!(
                    "A data source named {name:?} exists already."
                )));
            }
        }
        let (source, mut env) = self.source_mut(id, rules, now)?;
        source.update(update, &mut env)
    }

    /// DeleteMmsDataSource: a source without running jobs goes, with everything under it.
    pub(crate) fn delete_source(&mut self, id: i64) -> Result<(), Problem> {
        let source = self.source(id)?;
        if let Some(job) = source.busy_job() {
            return Err(Problem::status(format!(
                "The data source {id} has running jobs (job {job}); stop them with StopMmsJob \
                 before deleting it."
            )));
        }
        self.sources.remove(&id);
        Ok(())
    }
}

impl Source {
    fn update(&mut self, update: SourceUpdate, env: &mut Env<'_>) -> Result<i64, Problem> {
        let id = self.info.id;
        let status = self.info.status;
        if matches!(status, SourceStatus::Starting | SourceStatus::Stopping) {
            return Err(Problem::status(format!(
                "The data source {id} is {status}; wait until that is over."
            )));
        }
        if update.test {
            check_config(self.info.kind, &update.config)?;
            return Ok(self.add_async_task(
                AsyncKind::DataSourceUpdateConfig,
                Some(id),
                Work::TestSource,
                env,
            ));
        }
        let (kind, work) = match update.action {
            SourceAction::Start => {
                if status == SourceStatus::Started {
                    return Err(Problem::status(format!(
                        "The data source {id} is STARTED already."
                    )));
                }
                self.info.status = SourceStatus::Starting;
                self.info.err_msg.clear();
                (AsyncKind::DataSourceStart, Work::StartSource)
            }
            SourceAction::Stop => {
                if status == SourceStatus::Stopped {
                    return Err(Problem::status(format!(
                        "The data source {id} is STOPPED already."
                    )));
                }
                if let Some(job) = self.busy_job() {
                    return Err(Problem::status(format!(
                        "The data source {id} has running jobs (job {job}); stop them with \
                         StopMmsJob first."
                    )));
                }
                self.info.status = SourceStatus::Stopping;
                self.info.err_msg.clear();
                (AsyncKind::DataSourceStop, Work::StopSource)
            }
            SourceAction::UpdateConfig => {
                if update.config.is_empty() {
                    return Err(Problem::missing("config"));
                }
                check_config(self.info.kind, &update.config)?;
                for (key, value) in update.config {
                    if value.is_null() {
                        self.info.config.remove(&key);
                    } else {
                        self.info.config.insert(key, value);
                    }
                }
                (AsyncKind::DataSourceUpdateConfig, Work::Nothing)
            }
            SourceAction::Rename => {
                self.info.name = update.name.unwrap_or_default();
                (AsyncKind::DataSourceRename, Work::Nothing)
            }
        };
        Ok(self.add_async_task(kind, Some(id), work, env))
    }

    /// The required configuration items that have no value.
    pub(crate) fn check_required_config(&self) -> Result<(), String> {
        let missing: Vec<&str> = config_items::items(self.info.kind)
            .filter(|item| item.required && !self.info.config.contains_key(item.key))
            .map(|item| item.key)
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "The agent cannot connect to the {} source: the required configuration items \
                 {} are not set (UpdateMmsDataSource with action UPDATE_CONFIG sets them).",
                self.info.kind,
                missing.join(", ")
            ))
        }
    }

    /// A START completes: online, or START_FAILED naming what is missing.
    pub(crate) fn finish_start(&mut self, _at: Millis) -> Result<String, String> {
        match self.check_required_config() {
            Ok(()) => {
                self.info.status = SourceStatus::Started;
                self.info.agent_is_online = true;
                self.info.err_msg.clear();
                Ok(format!("data source {} started", self.info.id))
            }
            Err(message) => {
                self.info.status = SourceStatus::StartFailed;
                self.info.agent_is_online = false;
                self.info.err_msg.clone_from(&message);
                Err(message)
            }
        }
    }

    /// A STOP completes.
    pub(crate) fn finish_stop(&mut self, _at: Millis) -> String {
        self.info.status = SourceStatus::Stopped;
        self.info.agent_is_online = false;
        format!("data source {} stopped", self.info.id)
    }

    /// Scans and jobs need the agent online.
    pub(crate) fn require_started(&self, what: &str) -> Result<(), Problem> {
        if self.info.status == SourceStatus::Started && self.info.agent_is_online {
            Ok(())
        } else {
            Err(Problem::status(format!(
                "The data source {} is {}; {what} needs it STARTED (UpdateMmsDataSource with \
                 action START).",
                self.info.id, self.info.status
            )))
        }
    }
}
