//! The state an emulator starts with: loaded from its state file, or built from the demo, the
//! fixtures and the jobs of its configuration.

use crate::clock::Millis;
use crate::config::EmulatorConfig;
use crate::datasources::model::NewSource;
use crate::demo;
use crate::error::Error;
use crate::jobs::given::GivenJob;
use crate::jobs::model::JobEntry;
use crate::state::persist;
use crate::state::problem::Problem;
use crate::state::values::SourceStatus;
use crate::state::world::{Rules, World};

fn invalid(what: &str, problem: &Problem) -> Error {
    Error::InvalidConfig(format!("{what}: {}", problem.message()))
}

/// The starting state and the virtual time it stands at.
pub(crate) fn initial_state(
    config: &EmulatorConfig,
    rules: &Rules,
) -> Result<(World, Millis), Error> {
    if let Some(path) = &config.state_file {
        let loaded = persist::load(path).map_err(|problem| Error::State {
            path: path.clone(),
            problem,
        })?;
        if let Some(state) = loaded {
            return Ok(state);
        }
    }
    let now = Millis::wall_now();
    let mut world = World::default();
    if config.documented_example {
        demo::seed(&mut world, rules, now).map_err(|p| invalid("the demo", &p))?;
    }
    for fixture in &config.fixtures.sources {
        let what = format!("fixture source {:?}", fixture.name);
        if let Some(id) = fixture.id {
            world.sources.remove(&id);
        }
        let id = world
            .create_source(
                NewSource {
                    name: Some(fixture.name.clone()),
                    kind: Some(fixture.kind.clone()),
                    networklink: fixture.networklink.clone(),
                    config: fixture.config.clone(),
                },
                fixture.catalog.clone(),
                fixture.id,
                rules,
                now,
            )
            .map_err(|p| invalid(&what, &p))?;
        let (source, mut env) = world
            .source_mut(id, rules, now)
            .map_err(|p| invalid(&what, &p))?;
        if fixture.started {
            source.info.status = SourceStatus::Started;
            source.info.agent_is_online = true;
        }
        if fixture.scanned {
            source.discover_everything(&mut env);
        }
    }
    for (source_id, job, progress) in &config.jobs {
        if !world.sources.contains_key(source_id) {
            let name = job
                .source_name
                .clone()
                .filter(|n| !world.sources.values().any(|s| s.info.name == *n))
                .unwrap_or_else(|| format!("source-{source_id}"));
            world
                .create_source(
                    NewSource {
                        name: Some(name),
                        kind: Some("HIVE".to_owned()),
                        ..NewSource::default()
                    },
                    Some(Default::default()),
                    Some(*source_id),
                    rules,
                    now,
                )
                .map_err(|p| invalid(&format!("data source {source_id}"), &p))?;
            if let Some(source) = world.sources.get_mut(source_id) {
                source.info.status = SourceStatus::Started;
                source.info.agent_is_online = true;
            }
        }
        world.ids.reserve(crate::state::ids::IdKind::Job, job.id);
        if let Some(source) = world.sources.get_mut(source_id) {
            source.jobs.insert(
                job.id,
                JobEntry::Given(GivenJob {
                    record: job.clone(),
                    progress: *progress,
                    first_read: None,
                }),
            );
        }
    }
    for (source_id, job_id, progress) in &config.progress {
        let given = world
            .sources
            .get_mut(source_id)
            .and_then(|s| s.jobs.get_mut(job_id));
        match given {
            Some(JobEntry::Given(job)) => {
                job.progress = Some(*progress);
                job.first_read = None;
            }
            _ => {
                return Err(Error::InvalidConfig(format!(
                    "progress is set for job {job_id} of data source {source_id}, but no such \
                     job is configured"
                )))
            }
        }
    }
    for (i, fixture) in config.fixtures.plans.iter().enumerate() {
        let what = format!("fixture job plan {i} (data source {})", fixture.source_id);
        let new = crate::jobs::routes::new_job(fixture.plan.clone());
        let (source, mut env) = world
            .source_mut(fixture.source_id, rules, now)
            .map_err(|p| invalid(&what, &p))?;
        let draft = source.plan_job(new, now).map_err(|p| invalid(&what, &p))?;
        let id = source.add_job(draft, &mut env);
        if fixture.start {
            source
                .start_job(id, &mut env)
                .map_err(|p| invalid(&what, &p))?;
        }
    }
    Ok((world, now))
}
