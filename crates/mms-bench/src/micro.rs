//! The table of the criterion micro-benchmarks (run first by `cargo xtask bench`): each beside
//! its floor from the same run, as a ratio of medians, against its target.

use std::path::Path;

/// The median of a criterion benchmark whose directory under `group` starts with `prefix`,
/// in nanoseconds, with the benchmark's full name.
fn median(home: &Path, group: &str, prefix: &str) -> Option<(String, f64)> {
    let dir = std::fs::read_dir(home.join(group)).ok()?;
    let mut names: Vec<String> = dir
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect();
    names.sort();
    let name = names.into_iter().next()?;
    let text =
        std::fs::read_to_string(home.join(group).join(&name).join("new/estimates.json")).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some((name, value["median"]["point_estimate"].as_f64()?))
}

fn time(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.2} ms", ns / 1_000_000.0)
    } else if ns >= 1000.0 {
        format!("{:.2} µs", ns / 1000.0)
    } else {
        format!("{ns:.0} ns")
    }
}

/// A benchmark, its floor, and the largest ratio allowed (None: shown for reference).
type Comparison = (
    &'static str,
    (&'static str, &'static str),
    &'static str,
    (&'static str, &'static str),
    Option<f64>,
);

/// Prints the micro-benchmark table from criterion's output in `home`.
pub fn run(home: &Path) -> Result<(), String> {
    println!("### Micro-benchmarks (criterion medians, same run)\n");
    println!("| what | median | floor (same run) | floor median | ratio | target | met |");
    println!("|---|---:|---|---:|---:|---|---|");
    let missing = || {
        format!(
            "no criterion results in {}; run `cargo xtask bench`",
            home.display()
        )
    };
    let rows: [Comparison; 5] = [
        (
            "ROA HMAC-SHA1 signing of GetMmsJob (`acs_sign::sign`)",
            ("roa", "sign"),
            "bare HMAC-SHA1 over the string-to-sign's bytes",
            ("roa", "floor_hmac_sha1"),
            Some(2.0),
        ),
        (
            "ACS3 signing of GetMmsJob (`acs_sign::sign`)",
            ("acs3", "sign"),
            "bare HMAC-SHA256 over the string-to-sign's bytes",
            ("acs3", "floor_hmac_sha256"),
            Some(2.0),
        ),
        (
            "ACS3 signing of GetMmsJob (`acs_sign::sign`)",
            ("acs3", "sign"),
            "the hashing ACS3 itself requires: SHA-256 of the canonical request + that HMAC-SHA256",
            ("acs3", "floor_sha256"),
            None,
        ),
        (
            "decode GetMmsJob.200.json into `GetMmsJobResponse`",
            ("decode", "typed"),
            "`serde_json::Value` parse of the same bytes",
            ("decode", "floor_serde_json_value"),
            Some(1.5),
        ),
        (
            "decode a 1,000-table ListMmsTables page into `ListMmsTablesResponse`",
            ("decode_list_mms_tables_1000", "typed"),
            "`serde_json::Value` parse of the same bytes",
            ("decode_list_mms_tables_1000", "floor_serde_json_value"),
            Some(1.5),
        ),
    ];
    for (what, (group, name), floor_what, (floor_group, floor_name), target) in rows {
        let (_, value) = median(home, group, name).ok_or_else(missing)?;
        let (floor_full, floor) = median(home, floor_group, floor_name).ok_or_else(missing)?;
        let ratio = value / floor;
        let (target_text, met) = match target {
            Some(t) => (format!("≤ {t}×"), if ratio <= t { "yes" } else { "**no**" }),
            None => ("(reference)".to_owned(), "-"),
        };
        println!(
            "| {what} | {} | {floor_what} (`{floor_group}/{floor_full}`) | {} | {ratio:.2}× | {target_text} | {met} |",
            time(value),
            time(floor)
        );
    }
    for (what, name) in [
        (
            "build the `reqwest::Request` as the generated client does",
            "build",
        ),
        ("build + sign through the hook, ROA", "build_and_sign_roa"),
        ("build + sign through the hook, ACS3", "build_and_sign_acs3"),
    ] {
        let (_, value) = median(home, "request", name).ok_or_else(missing)?;
        let (target, met) = if name == "build" {
            ("(reference)", "-")
        } else if value < 10_000.0 {
            ("< 10 µs", "yes")
        } else {
            ("< 10 µs", "**no**")
        };
        println!("| {what} | {} | | | | {target} | {met} |", time(value));
    }
    println!(
        "\nload average after the micro-benchmarks: {}\n",
        crate::machine::load_average()
    );
    Ok(())
}
