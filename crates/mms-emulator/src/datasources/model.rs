//! The record of a data source, and what creating or updating one asks for.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::clock::Millis;
use crate::datasources::config_items::DST_PROJECT;
use crate::state::values::{SourceAction, SourceStatus, SourceType};

/// The record of a data source.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DataSource {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) kind: SourceType,
    pub(crate) region: String,
    pub(crate) networklink: String,
    pub(crate) status: SourceStatus,
    pub(crate) err_msg: String,
    pub(crate) agent_is_online: bool,
    pub(crate) config: Map<String, Value>,
    pub(crate) create_time: Millis,
    /// The latest scan.
    pub(crate) scan_id: Option<i64>,
}

impl std::fmt::Debug for DataSource {
    // Configuration values may be passwords: only their keys are shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DataSource")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("status", &self.status)
            .field("config_keys", &self.config.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// What CreateMmsDataSource asks for.
#[derive(Clone, Default)]
pub(crate) struct NewSource {
    pub(crate) name: Option<String>,
    pub(crate) kind: Option<String>,
    pub(crate) networklink: Option<String>,
    pub(crate) config: Map<String, Value>,
}

impl std::fmt::Debug for NewSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSource")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("config_keys", &self.config.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// What UpdateMmsDataSource asks for.
#[derive(Clone)]
pub(crate) struct SourceUpdate {
    pub(crate) action: SourceAction,
    pub(crate) name: Option<String>,
    pub(crate) config: Map<String, Value>,
    pub(crate) test: bool,
}

impl std::fmt::Debug for SourceUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceUpdate")
            .field("action", &self.action)
            .field("name", &self.name)
            .field("config_keys", &self.config.keys().collect::<Vec<_>>())
            .field("test", &self.test)
            .finish()
    }
}

/// A name usable as a MaxCompute project: lowercase letters, digits and `_`.
fn project_name(source_name: &str) -> String {
    let cleaned: String = source_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("mc_{cleaned}")
}

impl DataSource {
    /// The project tables migrate into by default.
    pub(crate) fn dst_project(&self) -> String {
        self.config
            .get(DST_PROJECT)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map_or_else(|| project_name(&self.name), str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_names_are_safe() {
        assert_eq!(project_name("Hive-Prod 1"), "mc_hive_prod_1");
    }
}
