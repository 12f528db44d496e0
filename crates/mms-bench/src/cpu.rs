//! CPU time (user + system) spent by some threads of this process, for the CPU-per-call figures.
//!
//! The end-to-end bench runs the emulator in-process on threads of its own, so the process's total
//! would count the server too. Each thread's time comes from `/proc/self/task/<tid>/schedstat`
//! (nanoseconds on CPU, user and system together), or `/proc/self/task/<tid>/stat` (`utime` +
//! `stime`, in clock ticks) where schedstat is missing.

use std::time::Duration;

/// The CPU time so far of the threads whose name is `name`, plus the main thread (which drives
/// the calls' outer future).
pub fn threads_named(name: &str) -> Duration {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return Duration::ZERO;
    };
    let pid = std::process::id().to_string();
    let mut total = Duration::ZERO;
    for task in tasks.flatten() {
        let dir = task.path();
        let comm = std::fs::read_to_string(dir.join("comm")).unwrap_or_default();
        if comm.trim_end() == name || task.file_name().to_str() == Some(pid.as_str()) {
            total += thread_cpu(&dir).unwrap_or_default();
        }
    }
    total
}

fn thread_cpu(dir: &std::path::Path) -> Option<Duration> {
    if let Ok(schedstat) = std::fs::read_to_string(dir.join("schedstat")) {
        let nanos: u64 = schedstat.split_whitespace().next()?.parse().ok()?;
        return Some(Duration::from_nanos(nanos));
    }
    let stat = std::fs::read_to_string(dir.join("stat")).ok()?;
    ticks_to_duration(utime_plus_stime(&stat)?)
}

/// CPU time (user + system) of every child process this process has waited for, their own
/// waited-for children included (`cutime + cstime` of `/proc/self/stat`): for cargo, the
/// compilers and build scripts it ran.
pub fn children() -> Duration {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            let rest = &stat[stat.rfind(')')? + 1..];
            let fields: Vec<&str> = rest.split_whitespace().collect();
            // Fields 16 and 17 of the line: 13 and 14 after the name.
            let cutime: u64 = fields.get(13)?.parse().ok()?;
            let cstime: u64 = fields.get(14)?.parse().ok()?;
            ticks_to_duration(cutime + cstime)
        })
        .unwrap_or_default()
}

/// `utime + stime` (fields 14 and 15) of a `/proc/…/stat` line, in clock ticks. The command name
/// (field 2) may contain spaces, so fields are counted after its closing parenthesis.
pub fn utime_plus_stime(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the name: field 3 is `state`, so fields 14 and 15 are at 11 and 12.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Clock ticks to time, at the 100 Hz of every Linux the bench runs on (`getconf CLK_TCK`).
fn ticks_to_duration(ticks: u64) -> Option<Duration> {
    Some(Duration::from_millis(ticks.checked_mul(10)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_fields_are_counted_after_the_name() {
        let stat = "4242 (tokio (worker) 1) S 1 4242 4242 0 -1 4194560 100 0 0 0 37 5 0 0 20 0 3";
        assert_eq!(utime_plus_stime(stat), Some(42));
        assert_eq!(utime_plus_stime("garbage"), None);
    }

    #[test]
    fn a_waited_for_childs_cpu_is_counted() {
        let before = children();
        let status = std::process::Command::new("sh")
            .args(["-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done"])
            .status()
            .unwrap();
        assert!(status.success());
        assert!(children() > before, "the shell's loop cost no CPU?");
    }

    #[test]
    fn a_named_threads_work_is_counted_and_other_threads_are_not() {
        let others_before = threads_named("no thread has this name");
        let handle = std::thread::Builder::new()
            .name("cpu-probe".into())
            .spawn(|| {
                let before = threads_named("cpu-probe");
                let started = std::time::Instant::now();
                let mut x = 0u64;
                // Work until the counter shows 20 ms of it (or give up after 10 s of wall time).
                while threads_named("cpu-probe") - before < Duration::from_millis(20) {
                    if started.elapsed() > Duration::from_secs(10) {
                        return false;
                    }
                    for _ in 0..10_000 {
                        x = std::hint::black_box(x.wrapping_add(1));
                    }
                }
                true
            })
            .unwrap();
        assert!(
            handle.join().unwrap(),
            "the probe thread's CPU time never grew"
        );
        // The idle main thread alone: the probe's 20 ms are not in it.
        let others = threads_named("no thread has this name") - others_before;
        assert!(others < Duration::from_millis(20), "{others:?}");
    }
}
