//! What a user pays to build: a clean debug build of a new crate that depends on
//! `maxcompute-mms`, beside the same crate depending only on what any hand-written client of
//! the API needs (reqwest, tokio, serde, serde_json): the floor.
//!
//! Three crates in the temp directory, each built from an empty target directory:
//! - the floor: reqwest (default features + json), tokio (macros, rt-multi-thread), serde
//!   (derive), serde_json, and a `main` that GETs a job and decodes it;
//! - the same dependencies plus `maxcompute-mms` (a path dependency on this workspace's crate),
//!   with default features: `mms-api` generates its client at build time;
//! - the same with `maxcompute-mms`'s `default-features = false`: the committed snapshot is
//!   compiled and the code generator is not built.
//!
//! Each gets the workspace's `Cargo.lock`, so all three build the same versions.

use std::path::Path;
use std::time::Duration;

use crate::cargo_run::{cargo, compiled, read, seconds, write};

/// The floor's dependencies, shared by every consumer.
const FLOOR_DEPENDENCIES: &str = r#"reqwest = { version = "0.13", features = ["json"] }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
"#;

const FLOOR_MAIN: &str = r#"//! GetMmsJob by hand: no signature, JSON decoded into a struct.
#[derive(Debug, serde::Deserialize)]
struct Job { id: i64, status: Option<String> }
#[derive(Debug, serde::Deserialize)]
struct Answer { data: Job }

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:8080/api/v1/mms/datasources/2/jobs/10".into());
    let answer: Answer = reqwest::get(url).await?.json().await?;
    println!("{} {:?} {}", answer.data.id, answer.data.status, serde_json::json!({"ok": true}));
    Ok(())
}
"#;

const CLIENT_MAIN: &str = r#"//! GetMmsJob through maxcompute-mms.
use maxcompute_mms::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().region("cn-hangzhou").build()?;
    let job = client.get_mms_job().source_id(2).job_id(10).send().await?;
    println!("{} {:?} {}", job.id, job.status, serde_json::json!({"ok": true}));
    Ok(())
}
"#;

/// One consumer crate: its name, the dependency it adds to the floor's, and its `main`.
struct Consumer {
    name: &'static str,
    what: &'static str,
    dependency: Option<&'static str>,
    main: &'static str,
}

const CONSUMERS: [Consumer; 3] = [
    Consumer {
        name: "floor-consumer",
        what: "reqwest + tokio + serde + serde_json (the floor)",
        dependency: None,
        main: FLOOR_MAIN,
    },
    Consumer {
        name: "client-consumer",
        what: "the same + `maxcompute-mms` (default features: build-time generation)",
        dependency: Some("maxcompute-mms = { path = \"{crates}/maxcompute-mms\" }"),
        main: CLIENT_MAIN,
    },
    Consumer {
        name: "snapshot-consumer",
        what:
            "the same + `maxcompute-mms` with `default-features = false` (the committed snapshot)",
        dependency: Some(
            "maxcompute-mms = { path = \"{crates}/maxcompute-mms\", default-features = false }",
        ),
        main: CLIENT_MAIN,
    },
];

/// How many operations the spec has (`operationId`s).
pub fn operations_in_spec(workspace: &Path) -> Result<usize, String> {
    let spec = read(&workspace.join("openapi/maxcompute-mms.yaml"))?;
    Ok(spec
        .lines()
        .filter(|l| l.trim_start().starts_with("operationId:"))
        .count())
}

pub fn run(workspace: &Path) -> Result<(), String> {
    let scratch = std::env::temp_dir().join(format!("mms-consumer-bench-{}", std::process::id()));
    let result = measure(workspace, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn measure(workspace: &Path, scratch: &Path) -> Result<(), String> {
    let operations = operations_in_spec(workspace)?;
    println!(
        "### What a consumer pays: clean debug builds of a new crate ({operations} operations)\n"
    );
    println!("`cargo build` of a new binary crate from an empty target directory (debug profile, {} jobs), one after the other, each with the workspace's `Cargo.lock`. CPU is user + system of cargo and everything it ran.\n", std::thread::available_parallelism().map_or(0, usize::from));
    println!("| crate depends on | crates compiled | wall | CPU | wall vs floor | CPU vs floor |");
    println!("|---|---:|---:|---:|---:|---:|");
    let crates = workspace.join("crates");
    let crates = crates.to_string_lossy();
    let mut floor: Option<(Duration, Duration)> = None;
    for consumer in &CONSUMERS {
        let dir = scratch.join(consumer.name);
        let mut manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{FLOOR_DEPENDENCIES}",
            consumer.name
        );
        if let Some(dependency) = consumer.dependency {
            manifest.push_str(&dependency.replace("{crates}", &crates));
            manifest.push('\n');
        }
        manifest.push_str("\n[workspace]\n");
        write(&dir.join("Cargo.toml"), &manifest)?;
        write(&dir.join("src/main.rs"), consumer.main)?;
        std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock"))
            .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
        // Fetch first (untimed): the network is not what is measured.
        cargo(&dir, &dir.join("target"), &["fetch"])?;
        let cpu_before = crate::cpu::children();
        let (wall, log) = cargo(&dir, &dir.join("target"), &["build"])?;
        let cpu = crate::cpu::children().saturating_sub(cpu_before);
        let _ = std::fs::remove_dir_all(dir.join("target"));
        let (wall_ratio, cpu_ratio) = match floor {
            Some((floor_wall, floor_cpu)) => (
                format!("{:.2}×", wall.as_secs_f64() / floor_wall.as_secs_f64()),
                format!(
                    "{:.2}×",
                    cpu.as_secs_f64() / floor_cpu.as_secs_f64().max(1e-9)
                ),
            ),
            None => {
                floor = Some((wall, cpu));
                ("1.00×".to_owned(), "1.00×".to_owned())
            }
        };
        println!(
            "| {} | {} | {} | {} | {wall_ratio} | {cpu_ratio} |",
            consumer.what,
            compiled(&log).len(),
            seconds(wall),
            seconds(cpu),
        );
    }
    println!(
        "\nTarget: at most 1.5× the floor. Load average after: {}\n",
        crate::machine::load_average()
    );
    Ok(())
}
