//! `cargo xtask package-check`: the library crates as a user gets them from a registry.
//!
//! 1. Every published crate's manifest carries what a registry page shows (description, license,
//!    repository, readme, keywords, categories), and every dependency on another crate of this
//!    workspace carries a version, not only a path.
//! 2. `cargo package` packages them together (unpublished dependencies resolve among the packages
//!    themselves); the packages are unpacked in a scratch directory outside the workspace.
//! 3. A new crate there depends on `maxcompute-mms` and `mms-emulator` by version, with
//!    `[patch.crates-io]` pointing at the unpacked packages, and is built and run: it starts the
//!    emulator and makes one signed GetMmsJob call. This builds every packaged crate from its
//!    package alone, so `mms-api`'s build script must find the spec that travels inside it.
//!
//! The consumer builds into the workspace's target directory with the workspace's profiles and
//! lock file, so dependencies already built for the workspace are not built again.

use std::{
    hash::{Hash, Hasher},
    path::{Path, PathBuf},
    process::Command,
};

use serde_json::Value;

/// The crates published to a registry, in dependency order.
pub const PUBLISHED: &[&str] = &[
    "mms-codegen",
    "mms-api",
    "acs-sign",
    "maxcompute-mms",
    "mms-emulator",
];

/// What the consumer prints when its call succeeded.
const CONSUMER_SAYS: &str = "packaged client read job";

const CONSUMER_MAIN: &str = include_str!("package_check/consumer_main.rs");

pub fn run(root: &Path) -> Result<(), String> {
    let metadata = cargo_metadata(root)?;
    let problems = manifest_problems(&metadata);
    if !problems.is_empty() {
        return Err(format!(
            "package-check: manifests are not ready to publish:\n  {}",
            problems.join("\n  ")
        ));
    }
    let versions = versions(&metadata)?;

    let target = crate::bench::target_dir(root);
    let mut package = vec!["package", "--no-verify", "--allow-dirty"];
    for name in PUBLISHED {
        package.extend(["-p", name]);
    }
    cargo(root, &package, &target)?;

    let scratch = scratch_dir(root);
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .map_err(|e| format!("{}: cannot remove: {e}", scratch.display()))?;
    }
    let unpacked = scratch.join("packages");
    std::fs::create_dir_all(&unpacked)
        .map_err(|e| format!("{}: cannot create: {e}", unpacked.display()))?;
    let mut patches = Vec::new();
    for (name, version) in &versions {
        let file = target
            .join("package")
            .join(format!("{name}-{version}.crate"));
        unpack(&file, &unpacked)?;
        patches.push((*name, unpacked.join(format!("{name}-{version}"))));
    }

    let consumer = scratch.join("consumer");
    write_consumer(root, &consumer, &versions, &patches)?;
    let manifest = consumer.join("Cargo.toml");
    let manifest = manifest.to_string_lossy();
    let output = cargo_output(
        &consumer,
        &["run", "--quiet", "--manifest-path", &manifest],
        &target,
    )?;
    if !output.contains(CONSUMER_SAYS) {
        return Err(format!(
            "package-check: the consumer ran but did not report its call:\n{output}"
        ));
    }
    print!("{output}");
    // Kept on failure (above) for a look; on success nothing of it is needed.
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "package-check: {} packaged; a crate outside the workspace built them from their packages and called the emulator",
        PUBLISHED.join(", ")
    );
    Ok(())
}

fn cargo_metadata(root: &Path) -> Result<Value, String> {
    let output = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: not JSON: {e}"))
}

/// The packages of `metadata` named in [`PUBLISHED`], in that order.
fn published(metadata: &Value) -> Vec<(&'static str, Option<&Value>)> {
    let packages = metadata["packages"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    PUBLISHED
        .iter()
        .map(|name| (*name, packages.iter().find(|p| p["name"] == *name)))
        .collect()
}

/// Everything a registry needs that a published crate's manifest lacks, one line each.
pub fn manifest_problems(metadata: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, package) in published(metadata) {
        let Some(package) = package else {
            problems.push(format!("{name}: not a member of the workspace"));
            continue;
        };
        for field in ["description", "license", "repository", "readme"] {
            if package[field].as_str().is_none_or(str::is_empty) {
                problems.push(format!("{name}: no `{field}` in Cargo.toml"));
            }
        }
        for field in ["keywords", "categories"] {
            if package[field].as_array().is_none_or(Vec::is_empty) {
                problems.push(format!("{name}: no `{field}` in Cargo.toml"));
            }
        }
        if package["publish"].as_array().is_some_and(Vec::is_empty) {
            problems.push(format!("{name}: `publish = false` in Cargo.toml"));
        }
        let dependencies = package["dependencies"]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        for dependency in dependencies {
            // Dev-dependencies are dropped from a package when they have no version; the others
            // would be unresolvable from a registry.
            let kind = dependency["kind"].as_str().unwrap_or("normal");
            let is_path = dependency["path"].is_string();
            if is_path && kind != "dev" && dependency["req"] == "*" {
                problems.push(format!(
                    "{name}: dependency `{}` has a path but no version",
                    dependency["name"].as_str().unwrap_or("?")
                ));
            }
        }
    }
    problems
}

fn versions(metadata: &Value) -> Result<Vec<(&'static str, String)>, String> {
    published(metadata)
        .into_iter()
        .map(|(name, package)| {
            package
                .and_then(|p| p["version"].as_str())
                .map(|v| (name, v.to_owned()))
                .ok_or_else(|| format!("{name}: no version in cargo metadata"))
        })
        .collect()
}

/// A scratch directory outside the workspace, the same for every run of this workspace, so that
/// the consumer's build finds its earlier artifacts; different for two checkouts on one machine.
fn scratch_dir(root: &Path) -> PathBuf {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    root.hash(&mut hasher);
    std::env::temp_dir().join(format!("mms-package-check-{:016x}", hasher.finish()))
}

/// Unpacks a `.crate` (a gzipped tar) into `dir`. `-m` stamps the files with the time of
/// unpacking: packages carry one fixed time, which would hide changed sources from cargo.
fn unpack(file: &Path, dir: &Path) -> Result<(), String> {
    let status = Command::new("tar")
        .arg("-xzmf")
        .arg(file)
        .arg("-C")
        .arg(dir)
        .status()
        .map_err(|e| format!("cannot run tar to unpack {}: {e}", file.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "tar could not unpack {} ({status})",
            file.display()
        ))
    }
}

/// The consumer crate: its manifest, the workspace's lock file and profiles, its `main.rs`.
fn write_consumer(
    root: &Path,
    dir: &Path,
    versions: &[(&str, String)],
    patches: &[(&str, PathBuf)],
) -> Result<(), String> {
    let version_of = |name: &str| {
        versions
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("*")
    };
    let workspace_manifest = read(&root.join("Cargo.toml"))?;
    let mut manifest = format!(
        "[package]\nname = \"mms-package-consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n\
         maxcompute-mms = \"={}\"\n\
         mms-emulator = \"={}\"\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\n\
         [patch.crates-io]\n",
        version_of("maxcompute-mms"),
        version_of("mms-emulator"),
    );
    for (name, path) in patches {
        manifest.push_str(&format!(
            "{name} = {{ path = {:?} }}\n",
            path.to_string_lossy()
        ));
    }
    manifest.push('\n');
    manifest.push_str(&profiles(&workspace_manifest));
    manifest.push_str("\n# Not a member of any workspace around it.\n[workspace]\n");

    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| format!("{}: cannot create: {e}", src.display()))?;
    write(&dir.join("Cargo.toml"), &manifest)?;
    write(&src.join("main.rs"), CONSUMER_MAIN)?;
    // The workspace's versions of every dependency: the artifacts built for it fit.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    Ok(())
}

/// The `[profile…]` sections of a manifest, verbatim: the same settings make the same artifacts.
pub fn profiles(manifest: &str) -> String {
    let mut kept = String::new();
    let mut in_profile = false;
    for line in manifest.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            in_profile = trimmed.starts_with("[profile.");
        }
        if in_profile {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

fn cargo(dir: &Path, args: &[&str], target: &Path) -> Result<(), String> {
    println!("package-check: cargo {}", args.join(" "));
    let status = Command::new(env!("CARGO"))
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed ({status})", args.join(" ")))
    }
}

/// Runs cargo with its stderr shown as it goes; returns the standard output.
fn cargo_output(dir: &Path, args: &[&str], target: &Path) -> Result<String, String> {
    println!("package-check: cargo {}", args.join(" "));
    let output = Command::new(env!("CARGO"))
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "cargo {} failed ({}); the consumer is kept in {}\n{stdout}",
            args.join(" "),
            output.status,
            dir.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn package(name: &str) -> Value {
        json!({
            "name": name, "version": "0.1.0", "description": "d", "license": "Apache-2.0",
            "repository": "https://example.com/r", "readme": "README.md",
            "keywords": ["k"], "categories": ["api-bindings"], "publish": null,
            "dependencies": [
                {"name": "acs-sign", "req": "^0.1.0", "kind": null, "path": "/w/crates/acs-sign"},
                {"name": "tempfile", "req": "^3", "kind": "dev"},
                {"name": "mms-contract-tests", "req": "*", "kind": "dev", "path": "/w/tests"}
            ]
        })
    }

    fn metadata(packages: Vec<Value>) -> Value {
        json!({ "packages": packages })
    }

    #[test]
    fn complete_manifests_pass() {
        let all = PUBLISHED.iter().map(|n| package(n)).collect();
        assert_eq!(manifest_problems(&metadata(all)), Vec::<String>::new());
    }

    #[test]
    fn each_missing_piece_is_named() {
        let mut all: Vec<Value> = PUBLISHED.iter().map(|n| package(n)).collect();
        all[1]["readme"] = Value::Null;
        all[2]["keywords"] = json!([]);
        all[3]["publish"] = json!([]);
        all[4]["dependencies"][0]["req"] = json!("*");
        all.remove(0);
        let problems = manifest_problems(&metadata(all));
        assert_eq!(
            problems,
            [
                "mms-codegen: not a member of the workspace",
                "mms-api: no `readme` in Cargo.toml",
                "acs-sign: no `keywords` in Cargo.toml",
                "maxcompute-mms: `publish = false` in Cargo.toml",
                "mms-emulator: dependency `acs-sign` has a path but no version",
            ]
        );
    }

    #[test]
    fn the_workspace_manifests_are_ready_to_publish() {
        let metadata = cargo_metadata(&crate::workspace_root()).expect("cargo metadata");
        assert_eq!(manifest_problems(&metadata), Vec::<String>::new());
    }

    #[test]
    fn profiles_are_copied_verbatim_and_nothing_else() {
        let manifest = "[workspace]\nmembers = []\n\n[profile.dev.package.\"*\"]\ndebug = false\n\n[workspace.dependencies]\nx = \"1\"\n[profile.dev]\ndebug = \"line-tables-only\"\n";
        assert_eq!(
            profiles(manifest),
            "[profile.dev.package.\"*\"]\ndebug = false\n\n[profile.dev]\ndebug = \"line-tables-only\"\n"
        );
    }
}
