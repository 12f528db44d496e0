//! The state file (`--state FILE`): the whole state as JSON, replaced atomically on every
//! change, so a crash at any moment leaves either the previous or the new state, never a torn
//! one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::state::world::World;

/// What the file says it is, so another JSON file is not taken for a state.
const FORMAT: &str = "mms-emulator-state";
/// The version of the layout; a file of another version is refused.
const VERSION: u32 = 1;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    /// Virtual time when it was written; the clock resumes from there.
    clock: Millis,
    world: &'a World,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    format: String,
    version: u32,
    clock: Millis,
    world: World,
}

/// The state as bytes to write.
pub(crate) fn encode(world: &World, clock: Millis) -> Result<Vec<u8>, String> {
    serde_json::to_vec(&FileOut {
        format: FORMAT,
        version: VERSION,
        clock,
        world,
    })
    .map_err(|e| format!("cannot encode the state: {e}"))
}

/// Reads a state file: `Ok(None)` if there is none yet.
pub(crate) fn load(path: &Path) -> Result<Option<(World, Millis)>, String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read it: {e}")),
    };
    let mut de = serde_json::Deserializer::from_slice(&bytes);
    let file: FileIn = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        format!(
            "not a state file of this emulator (at {}): {}",
            e.path(),
            e.inner()
        )
    })?;
    if file.format != FORMAT {
        return Err(format!(
            "not a state file of this emulator (format {:?})",
            file.format
        ));
    }
    if file.version != VERSION {
        return Err(format!(
            "written by another version of the emulator (layout {}, this one reads {VERSION})",
            file.version
        ));
    }
    Ok(Some((file.world, file.clock)))
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, flushed to disk, renamed
/// over it, and the directory flushed so the rename itself survives a power cut.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "state".into(), |n| n.to_string_lossy().into_owned());
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    if let Err(e) = std::fs::rename(&temporary, path) {
        let _ = std::fs::remove_file(&temporary);
        return Err(e);
    }
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Writes snapshots in order: a snapshot older than the last one written is skipped, since
/// the newer one holds its changes too.
#[derive(Debug)]
pub(crate) struct Persister {
    path: PathBuf,
    written: Mutex<u64>,
}

impl Persister {
    pub(crate) fn new(path: PathBuf) -> Self {
        Self {
            path,
            written: Mutex::new(0),
        }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Writes snapshot `generation` unless a newer one is on disk already.
    pub(crate) fn save(&self, generation: u64, bytes: &[u8]) -> std::io::Result<()> {
        let mut written = self.written.lock().unwrap_or_else(|p| p.into_inner());
        if generation <= *written {
            return Ok(());
        }
        write_atomically(&self.path, bytes)?;
        *written = generation;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_round_trips_and_other_files_are_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("state.json");
        assert!(matches!(load(&path), Ok(None)));

        let mut world = World::default();
        world.ids.next(crate::state::ids::IdKind::Job);
        let bytes = encode(&world, Millis(42)).unwrap_or_default();
        write_atomically(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (loaded, clock) = load(&path)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no state"));
        assert_eq!(clock, Millis(42));
        assert_eq!(
            serde_json::to_value(&loaded).ok(),
            serde_json::to_value(&world).ok()
        );
        // Nothing but the state file is left in the directory.
        assert_eq!(
            std::fs::read_dir(dir.path()).map(Iterator::count).ok(),
            Some(1)
        );

        std::fs::write(&path, b"{\"jobs\": []}").unwrap_or_else(|e| panic!("{e}"));
        assert!(load(&path).unwrap_err().contains("not a state file"));
    }

    #[test]
    fn the_demo_round_trips() {
        let mut world = World::default();
        let rules = crate::state::world::Rules::default();
        crate::demo::seed(&mut world, &rules, Millis::wall_now())
            .unwrap_or_else(|e| panic!("{e:?}"));
        let bytes = encode(&world, Millis(7)).unwrap_or_default();
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("demo.json");
        write_atomically(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (loaded, _) = load(&path)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no state"));
        assert_eq!(
            serde_json::to_value(&loaded).ok(),
            serde_json::to_value(&world).ok()
        );
    }

    #[test]
    fn older_snapshots_are_not_written_over_newer_ones() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let persister = Persister::new(dir.path().join("s.json"));
        persister.save(2, b"two").unwrap_or_else(|e| panic!("{e}"));
        persister.save(1, b"one").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(std::fs::read(persister.path()).ok(), Some(b"two".to_vec()));
    }
}
