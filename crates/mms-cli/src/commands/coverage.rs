//! Every operation of the API has a command, and every parameter of it a flag: these tests walk
//! the spec's routes and operations and fail on what has none.

use clap::CommandFactory;

use crate::{args::Cli, spec};

/// The action of each command: the test `every_operation_has_a_command` walks the API's routes
/// and fails on an action missing here (or a command missing from the tree).
const OPERATIONS: &[(&str, &str)] = &[
    ("ListMmsDataSources", "datasource list"),
    ("GetMmsDataSource", "datasource get"),
    ("CreateMmsDataSource", "datasource create"),
    ("UpdateMmsDataSource", "datasource update"),
    ("DeleteMmsDataSource", "datasource delete"),
    ("ListMmsDataSourceConfigItems", "datasource config-items"),
    ("CreateMmsFetchMetadataJob", "datasource scan"),
    ("GetMmsFetchMetadataJob", "scan get"),
    ("GetMmsAsyncTask", "async-task get"),
    ("ListMmsDbs", "db list"),
    ("GetMmsDb", "db get"),
    ("UpdateMmsDb", "db update"),
    ("ListMmsTables", "table list"),
    ("GetMmsTable", "table get"),
    ("UpdateMmsTable", "table update"),
    ("UpdateMmsTables", "table update-many"),
    ("ListMmsPartitions", "partition list"),
    ("GetMmsPartition", "partition get"),
    ("ListMmsJobs", "job list"),
    ("GetMmsJob", "job get"),
    ("CreateMmsJob", "job create"),
    ("StartMmsJob", "job start"),
    ("StopMmsJob", "job stop"),
    ("RetryMmsJob", "job retry"),
    ("DeleteMmsJob", "job delete"),
    ("ListMmsTasks", "task list"),
    ("GetMmsTask", "task get"),
    ("RetryMmsTask", "task retry"),
    ("ListMmsTaskLogs", "task logs"),
    ("ListMmsTimers", "timer list"),
    ("GetMmsTimer", "timer get"),
    ("CreateMmsTimer", "timer create"),
    ("UpdateMmsTimer", "timer update"),
    ("DeleteMmsTimer", "timer delete"),
    ("TriggerMmsTimer", "timer trigger"),
    ("ListMmsTimerLogs", "timer logs"),
];

/// The command at `path` (`job create`).
fn find(path: &str) -> Option<clap::Command> {
    let mut command = Cli::command();
    for word in path.split(' ') {
        command = command.find_subcommand(word)?.clone();
    }
    Some(command)
}

fn has_flag(command: &clap::Command, long: &str) -> bool {
    command.get_arguments().any(|a| a.get_long() == Some(long))
}

#[test]
fn every_operation_has_a_command() {
    let mut missing = Vec::new();
    for route in mms_api::ROUTES {
        match OPERATIONS
            .iter()
            .find(|(action, _)| *action == route.action)
        {
            None => missing.push(format!("{} has no command", route.action)),
            Some((_, path)) if find(path).is_none() => missing.push(format!(
                "{}: `mms {path}` is not in the command tree",
                route.action
            )),
            Some(_) => {}
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    assert_eq!(
        OPERATIONS.len(),
        mms_api::ROUTES.len(),
        "an action is listed twice"
    );
}

#[test]
fn every_parameter_and_body_field_has_a_flag() {
    let mut missing = Vec::new();
    for operation in spec::operations() {
        let Some((_, path)) = OPERATIONS.iter().find(|(a, _)| *a == operation.action) else {
            continue;
        };
        let command = find(path).expect("checked by every_operation_has_a_command");
        let positionals = command.get_positionals().count();
        if positionals != operation.path_params.len() {
            missing.push(format!(
                "mms {path}: {positionals} positional arguments for the path ids {:?}",
                operation.path_params
            ));
        }
        for name in &operation.query_params {
            let ok = match name.as_str() {
                "pageNum" => true,
                "pageSize" => has_flag(&command, "page-size"),
                "sorter" => has_flag(&command, "sort"),
                sorter if sorter.starts_with("sorter.") => {
                    let key = spec::kebab(&sorter["sorter.".len()..]);
                    command
                        .get_arguments()
                        .find(|a| a.get_long() == Some("sort"))
                        .is_some_and(|a| {
                            a.get_possible_values().iter().any(|v| v.get_name() == key)
                        })
                }
                other => has_flag(&command, &spec::kebab(other)),
            };
            if !ok {
                missing.push(format!(
                    "mms {path}: no flag for the query parameter {name}"
                ));
            }
        }
        for field in &operation.body_fields {
            // The data source of a body is the SOURCE argument.
            let ok = field == "sourceId" || has_flag(&command, &spec::kebab(field));
            if !ok {
                missing.push(format!("mms {path}: no flag for the body field {field}"));
            }
        }
        if !operation.body_fields.is_empty() && !has_flag(&command, "from-file") {
            missing.push(format!("mms {path}: no --from-file"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_command_has_help_with_an_example() {
    fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let subcommands: Vec<_> = command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if subcommands.is_empty() {
            let example = command
                .get_after_help()
                .is_some_and(|h| h.to_string().contains("Examples:"));
            if !example || command.get_about().is_none() {
                missing.push(path.to_string());
            }
        }
        for sub in subcommands {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&Cli::command(), "mms", &mut missing);
    assert!(
        missing.is_empty(),
        "without a description or an example: {missing:?}"
    );
}

#[test]
fn the_command_line_is_consistent() {
    Cli::command().debug_assert();
}
