//! What a data source holds, before any scan: the dbs, tables and partitions a scan will
//! discover. Given exactly by a fixture, or derived from the source's name.

use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Column, Db, Partition, Table};
use crate::clock::Millis;
use crate::state::ids::{IdKind, Ids};
use crate::state::values::{CatalogStatus, SourceType};

/// The catalog of a source as its scans will find it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Blueprint {
    pub(crate) dbs: Vec<DbPlan>,
}

/// A db of a [`Blueprint`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(crate) struct DbPlan {
    /// A fixed id (else one is assigned when the db is discovered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<i64>,
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) description: String,
    #[serde(default)]
    pub(crate) tables: Vec<TablePlan>,
}

/// A table of a [`DbPlan`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(crate) struct TablePlan {
    /// A fixed id (else one is assigned when the table is discovered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<i64>,
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) comment: String,
    /// Columns; a few generic ones when left out.
    #[serde(default)]
    pub(crate) columns: Vec<Column>,
    /// Partition keys; when left out, taken from the names in `partitions` (as STRING).
    #[serde(default)]
    pub(crate) partition_keys: Vec<Column>,
    /// Partition specs, `k1=v1/k2=v2`.
    #[serde(default)]
    pub(crate) partitions: Vec<String>,
    #[serde(default = "default_rows")]
    pub(crate) num_rows: i64,
    /// Bytes; 100 per row when left out.
    #[serde(default)]
    pub(crate) size: Option<i64>,
}

fn default_rows() -> i64 {
    10_000
}

/// One object a scan discovers: a db, a table of it, or a partition of that table (indexes
/// into the blueprint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Item {
    pub(crate) db: usize,
    pub(crate) table: Option<usize>,
    pub(crate) partition: Option<usize>,
}

impl TablePlan {
    /// The partition keys: given, or the names of the first partition spec.
    pub(crate) fn keys(&self) -> Vec<Column> {
        if !self.partition_keys.is_empty() || self.partitions.is_empty() {
            return self.partition_keys.clone();
        }
        self.partitions[0]
            .split('/')
            .filter_map(|part| part.split_once('=').map(|(k, _)| k))
            .map(|name| column(name, "STRING"))
            .collect()
    }

    fn size(&self) -> i64 {
        self.size.unwrap_or(self.num_rows.saturating_mul(100))
    }
}

fn column(name: &str, kind: &str) -> Column {
    Column {
        name: name.to_owned(),
        kind: kind.to_owned(),
        comment: String::new(),
        nullable: true,
        default_value: String::new(),
    }
}

impl Blueprint {
    /// Checks what serde cannot: names present and unique, partitions matching their keys.
    pub(crate) fn check(&self) -> Result<(), String> {
        let mut dbs = std::collections::HashSet::new();
        for (i, db) in self.dbs.iter().enumerate() {
            if db.name.is_empty() {
                return Err(format!("dbs[{i}].name is empty"));
            }
            if !dbs.insert(db.name.as_str()) {
                return Err(format!("dbs[{i}]: the db {:?} is listed twice", db.name));
            }
            let mut tables = std::collections::HashSet::new();
            for (j, table) in db.tables.iter().enumerate() {
                let at = format!("dbs[{i}].tables[{j}]");
                if table.name.is_empty() {
                    return Err(format!("{at}.name is empty"));
                }
                if !tables.insert(table.name.as_str()) {
                    return Err(format!("{at}: the table {:?} is listed twice", table.name));
                }
                if table.num_rows < 0 || table.size.is_some_and(|s| s < 0) {
                    return Err(format!("{at}: numRows and size must be 0 or more"));
                }
                let keys: Vec<String> = table.keys().into_iter().map(|c| c.name).collect();
                for (k, spec) in table.partitions.iter().enumerate() {
                    let names: Vec<&str> = spec
                        .split('/')
                        .map(|part| part.split_once('=').map_or("", |(k, _)| k))
                        .collect();
                    if names != keys {
                        return Err(format!(
                            "{at}.partitions[{k}]: {spec:?} does not name the partition keys \
                             {} in order, as k=v joined by '/'",
                            keys.join(", ")
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// The objects a scan limited to `db` (and, within it, to `tables`) discovers, in the order
    /// it finds them: each db, then its tables, each followed by its partitions.
    pub(crate) fn items(&self, db: Option<&str>, tables: &[String]) -> Vec<Item> {
        let mut items = Vec::new();
        for (i, d) in self.dbs.iter().enumerate() {
            if db.is_some_and(|name| name != d.name) {
                continue;
            }
            items.push(Item {
                db: i,
                table: None,
                partition: None,
            });
            for (j, t) in d.tables.iter().enumerate() {
                if !tables.is_empty() && !tables.contains(&t.name) {
                    continue;
                }
                items.push(Item {
                    db: i,
                    table: Some(j),
                    partition: None,
                });
                for k in 0..t.partitions.len() {
                    items.push(Item {
                        db: i,
                        table: Some(j),
                        partition: Some(k),
                    });
                }
            }
        }
        items
    }

    /// Ids named by the blueprint, to keep counters clear of them.
    pub(crate) fn reserve_ids(&self, ids: &mut Ids) {
        for db in &self.dbs {
            if let Some(id) = db.id {
                ids.reserve(IdKind::Db, id);
            }
            for table in &db.tables {
                if let Some(id) = table.id {
                    ids.reserve(IdKind::Table, id);
                }
            }
        }
    }
}

/// How the objects of one source look: its kind and default destination.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flavour<'a> {
    pub(crate) kind: SourceType,
    pub(crate) dst_project: &'a str,
}

impl Catalog {
    /// Adds `item` of `blueprint` to the catalog unless it is there already (found by name).
    /// Returns whether something was added.
    pub(crate) fn discover(
        &mut self,
        blueprint: &Blueprint,
        item: Item,
        flavour: Flavour<'_>,
        ids: &mut Ids,
        now: Millis,
    ) -> bool {
        let Some(db_plan) = blueprint.dbs.get(item.db) else {
            return false;
        };
        let db_id = match self.dbs.values().find(|d| d.name == db_plan.name) {
            Some(db) => db.id,
            None => {
                let id = db_plan.id.unwrap_or_else(|| ids.next(IdKind::Db));
                self.dbs.insert(id, new_db(id, db_plan, flavour, now));
                if item.table.is_none() {
                    return true;
                }
                id
            }
        };
        let Some(table_plan) = item.table.and_then(|j| db_plan.tables.get(j)) else {
            return false;
        };
        let table_id = match self.table_named(db_id, &table_plan.name) {
            Some(table) => table.id,
            None => {
                let id = table_plan.id.unwrap_or_else(|| ids.next(IdKind::Table));
                let dst_project = self
                    .dbs
                    .get(&db_id)
                    .map_or(flavour.dst_project, |d| d.dst_project_name.as_str())
                    .to_owned();
                let table = new_table(
                    id,
                    db_id,
                    &db_plan.name,
                    table_plan,
                    flavour,
                    &dst_project,
                    now,
                );
                self.tables.insert(id, table);
                if item.partition.is_none() {
                    return true;
                }
                id
            }
        };
        let Some(spec) = item.partition.and_then(|k| table_plan.partitions.get(k)) else {
            return false;
        };
        if self.partitions_of(table_id).any(|p| p.value == *spec) {
            return false;
        }
        let id = ids.next(IdKind::Partition);
        let count = i64::try_from(table_plan.partitions.len())
            .unwrap_or(1)
            .max(1);
        self.partitions.insert(
            id,
            Partition {
                id,
                db_id,
                table_id,
                value: spec.clone(),
                status: CatalogStatus::Init,
                updated: true,
                last_ddl_time: now,
                num_rows: table_plan.num_rows / count,
                size: table_plan.size() / count,
                create_time: now,
            },
        );
        true
    }
}

fn new_db(id: i64, plan: &DbPlan, flavour: Flavour<'_>, now: Millis) -> Db {
    let location = match flavour.kind {
        SourceType::Hive => format!("hdfs://warehouse/{}.db", plan.name),
        SourceType::BigQuery => format!("bigquery://{}", plan.name),
        SourceType::MaxCompute => format!("odps://{}", plan.name),
    };
    Db {
        id,
        name: plan.name.clone(),
        description: plan.description.clone(),
        owner: "mms".to_owned(),
        location,
        dst_project_name: flavour.dst_project.to_owned(),
        dst_name: "default".to_owned(),
        status: CatalogStatus::Init,
        updated: false,
        last_ddl_time: now,
        create_time: now,
        update_time: now,
    }
}

fn new_table(
    id: i64,
    db_id: i64,
    db_name: &str,
    plan: &TablePlan,
    flavour: Flavour<'_>,
    dst_project: &str,
    now: Millis,
) -> Table {
    let columns = if plan.columns.is_empty() {
        vec![
            column("id", "BIGINT"),
            column("name", "STRING"),
            column("amount", "DOUBLE"),
            column("updated_at", "TIMESTAMP"),
        ]
    } else {
        plan.columns.clone()
    };
    let (kind, location, input, output, serde) = match flavour.kind {
        SourceType::Hive => (
            "MANAGED_TABLE",
            format!("hdfs://warehouse/{db_name}.db/{}", plan.name),
            "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat",
            "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat",
            "org.apache.hadoop.hive.ql.io.orc.OrcSerde",
        ),
        SourceType::BigQuery => (
            "TABLE",
            format!("bigquery://{db_name}/{}", plan.name),
            "",
            "",
            "",
        ),
        SourceType::MaxCompute => (
            "MANAGED_TABLE",
            format!("odps://{db_name}/tables/{}", plan.name),
            "",
            "",
            "",
        ),
    };
    Table {
        id,
        db_id,
        name: plan.name.clone(),
        kind: kind.to_owned(),
        comment: plan.comment.clone(),
        columns,
        partition_keys: plan.keys(),
        status: CatalogStatus::Init,
        updated: true,
        last_ddl_time: now,
        num_rows: plan.num_rows,
        size: plan.size(),
        owner: "mms".to_owned(),
        location,
        input_format: input.to_owned(),
        output_format: output.to_owned(),
        serde: serde.to_owned(),
        dst_project_name: dst_project.to_owned(),
        dst_schema_name: "default".to_owned(),
        dst_name: plan.name.clone(),
        create_time: now,
        update_time: now,
    }
}

/// A small deterministic generator (SplitMix64): the same name gives the same catalog on every
/// platform and every version of this crate's dependencies.
struct Dice(u64);

impl Dice {
    fn from_name(name: &str) -> Self {
        // FNV-1a.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in name.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Self(hash)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        let span = u64::try_from(high - low + 1).unwrap_or(1);
        low + usize::try_from(self.next() % span).unwrap_or(0)
    }
}

const DB_WORDS: &[&str] = &[
    "sales",
    "marketing",
    "finance",
    "logistics",
    "analytics",
    "web",
    "crm",
    "inventory",
];
const TABLE_WORDS: &[&str] = &[
    "orders",
    "customers",
    "products",
    "events",
    "payments",
    "sessions",
    "clicks",
    "shipments",
    "invoices",
    "accounts",
    "campaigns",
    "suppliers",
];

/// The catalog a source called `name` holds when no fixture says otherwise: 2 or 3 dbs of 3 to
/// 5 tables each; the first table is partitioned by day with 5 to 8 partitions, and about one
/// other table in three is partitioned too.
pub(crate) fn synthetic(name: &str) -> Blueprint {
    let mut dice = Dice::from_name(name);
    let db_count = dice.between(2, 3);
    let db_start = dice.between(0, DB_WORDS.len() - 1);
    let mut dbs = Vec::with_capacity(db_count);
    for i in 0..db_count {
        let db_name = DB_WORDS[(db_start + i) % DB_WORDS.len()];
        let table_count = dice.between(3, 5);
        let table_start = dice.between(0, TABLE_WORDS.len() - 1);
        let mut tables = Vec::with_capacity(table_count);
        for j in 0..table_count {
            let partitioned = (i == 0 && j == 0) || dice.between(0, 2) == 0;
            let partitions = if partitioned {
                let days = dice.between(5, 8);
                (1..=days).map(|d| format!("ds=2024-01-{d:02}")).collect()
            } else {
                Vec::new()
            };
            let rows = i64::try_from(dice.between(1, 5_000)).unwrap_or(1) * 1_000;
            tables.push(TablePlan {
                id: None,
                name: TABLE_WORDS[(table_start + j) % TABLE_WORDS.len()].to_owned(),
                comment: String::new(),
                columns: Vec::new(),
                partition_keys: Vec::new(),
                partitions,
                num_rows: rows,
                size: Some(rows * 120),
            });
        }
        dbs.push(DbPlan {
            id: None,
            name: db_name.to_owned(),
            description: format!("{db_name} data of {name}"),
            tables,
        });
    }
    Blueprint { dbs }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_synthetic_catalog_is_deterministic_and_big_enough() {
        for name in ["a", "warehouse", "hive-prod", "名字", ""] {
            let blueprint = synthetic(name);
            assert_eq!(blueprint, synthetic(name), "{name}");
            blueprint.check().unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(blueprint.dbs.len() >= 2, "{name}");
            let tables: Vec<&TablePlan> = blueprint.dbs.iter().flat_map(|d| &d.tables).collect();
            assert!(tables.len() >= 5, "{name}");
            assert!(tables.iter().any(|t| t.partitions.len() >= 5), "{name}");
        }
        assert_ne!(synthetic("a"), synthetic("b"));
    }

    #[test]
    fn scans_discover_dbs_then_tables_then_partitions_once() {
        let blueprint = synthetic("warehouse");
        let items = blueprint.items(None, &[]);
        let mut catalog = Catalog::default();
        let mut ids = Ids::default();
        let flavour = Flavour {
            kind: SourceType::Hive,
            dst_project: "mc_warehouse",
        };
        for item in &items {
            assert!(catalog.discover(&blueprint, *item, flavour, &mut ids, Millis(0)));
        }
        for item in &items {
            assert!(!catalog.discover(&blueprint, *item, flavour, &mut ids, Millis(0)));
        }
        let partitions: usize = blueprint
            .dbs
            .iter()
            .flat_map(|d| &d.tables)
            .map(|t| t.partitions.len())
            .sum();
        assert_eq!(catalog.partitions.len(), partitions);
        assert_eq!(catalog.dbs.len(), blueprint.dbs.len());
        assert!(catalog
            .tables
            .values()
            .all(|t| t.dst_project_name == "mc_warehouse"));
    }

    #[test]
    fn a_limited_scan_covers_one_db_and_some_tables() {
        let blueprint = synthetic("warehouse");
        let db = &blueprint.dbs[1];
        let first = db.tables[0].name.clone();
        let items = blueprint.items(Some(&db.name), std::slice::from_ref(&first));
        assert!(items.iter().all(|i| i.db == 1));
        assert!(items.iter().all(|i| i.table.is_none_or(|t| t == 0)));
    }

    #[test]
    fn checks_catch_duplicates_and_bad_specs() {
        let mut blueprint = synthetic("x");
        blueprint.dbs[0].tables[0].partitions.push("hour=1".into());
        assert!(blueprint.check().unwrap_err().contains("partitions"));
        let mut blueprint = synthetic("x");
        let dup = blueprint.dbs[0].clone();
        blueprint.dbs.push(dup);
        assert!(blueprint.check().unwrap_err().contains("twice"));
    }
}
