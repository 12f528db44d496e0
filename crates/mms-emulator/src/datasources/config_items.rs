//! The configuration items of each kind of data source: what ListMmsDataSourceConfigItems
//! describes, what CreateMmsDataSource and UpdateMmsDataSource accept, and what START needs.

use serde_json::Value;

use crate::state::values::SourceType;

/// The type of an item's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ItemType {
    Boolean,
    Int,
    Map,
    String,
    /// A secret: accepted, never shown back.
    Password,
    /// The content of a file (a keytab, a key); shown back masked like a password.
    File,
}

impl ItemType {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Boolean => "boolean",
            Self::Int => "int",
            Self::Map => "map",
            Self::String => "string",
            Self::Password => "password",
            Self::File => "file",
        }
    }

    /// Whether a value of this type is kept secret in answers.
    pub(crate) fn is_secret(self) -> bool {
        matches!(self, Self::Password | Self::File)
    }
}

/// One configuration item.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ItemDef {
    pub(crate) key: &'static str,
    pub(crate) name: &'static str,
    pub(crate) desc: &'static str,
    pub(crate) group: &'static str,
    pub(crate) kind: ItemType,
    /// File type for `file` items, e.g. `.keytab`.
    pub(crate) sub_type: &'static str,
    pub(crate) required: bool,
    pub(crate) enums: &'static [&'static str],
    pub(crate) place_holder: &'static str,
}

const fn item(
    key: &'static str,
    name: &'static str,
    desc: &'static str,
    group: &'static str,
    kind: ItemType,
    required: bool,
    place_holder: &'static str,
) -> ItemDef {
    ItemDef {
        key,
        name,
        desc,
        group,
        kind,
        sub_type: "",
        required,
        enums: &[],
        place_holder,
    }
}

/// The item naming the default destination project; every kind of source has it.
pub(crate) const DST_PROJECT: &str = "dst.project";
/// The item choosing the engine of tasks.
pub(crate) const TASK_TYPE: &str = "task.type";

const COMMON: &[ItemDef] = &[item(
    DST_PROJECT,
    "Destination project",
    "The MaxCompute project tables migrate into unless a db or job says otherwise.",
    "MaxCompute",
    ItemType::String,
    false,
    "mc_project",
)];

const HIVE: &[ItemDef] = &[
    item(
        "hive.metastore.uris",
        "Metastore URIs",
        "Thrift address of the Hive metastore.",
        "Hive",
        ItemType::String,
        true,
        "thrift://127.0.0.1:9083",
    ),
    item(
        "hive.jdbc.url",
        "HiveServer2 JDBC URL",
        "Used by push-mode engines to run SQL in the Hive cluster.",
        "Hive",
        ItemType::String,
        false,
        "jdbc:hive2://127.0.0.1:10000/default",
    ),
    item(
        "hive.metastore.timeout",
        "Metastore timeout",
        "Seconds to wait for an answer of the metastore.",
        "Hive",
        ItemType::Int,
        false,
        "60",
    ),
    item(
        "hive.user",
        "User",
        "User to connect as.",
        "Hive",
        ItemType::String,
        false,
        "hive",
    ),
    item(
        "hive.password",
        "Password",
        "Password of the user.",
        "Hive",
        ItemType::Password,
        false,
        "",
    ),
    ItemDef {
        enums: &["2.3.9", "3.1.3"],
        ..item(
            "hive.version",
            "Hive version",
            "Version of the metastore.",
            "Hive",
            ItemType::String,
            false,
            "3.1.3",
        )
    },
    item(
        "kerberos.enabled",
        "Kerberos",
        "Authenticate with Kerberos.",
        "Security",
        ItemType::Boolean,
        false,
        "false",
    ),
    ItemDef {
        sub_type: ".keytab",
        ..item(
            "kerberos.keytab",
            "Keytab",
            "Keytab file of the principal.",
            "Security",
            ItemType::File,
            false,
            "",
        )
    },
    ItemDef {
        enums: &[
            "HIVE",
            "HIVE_DATAX",
            "HIVE_SPARK",
            "HIVE_OSS",
            "OSS",
            "MOCK",
        ],
        ..item(
            TASK_TYPE,
            "Engine",
            "How data is moved.",
            "Migration",
            ItemType::String,
            false,
            "HIVE",
        )
    },
];

const BIGQUERY: &[ItemDef] = &[
    item(
        "bigquery.project",
        "Project",
        "Google Cloud project that holds the datasets.",
        "BigQuery",
        ItemType::String,
        true,
        "my-gcp-project",
    ),
    ItemDef {
        sub_type: ".json",
        ..item(
            "bigquery.credentials",
            "Service account key",
            "JSON key of a service account that can read the datasets.",
            "BigQuery",
            ItemType::File,
            true,
            "",
        )
    },
    item(
        "bigquery.location",
        "Location",
        "Location of the datasets.",
        "BigQuery",
        ItemType::String,
        false,
        "US",
    ),
    item(
        "bigquery.labels",
        "Job labels",
        "Labels put on the BigQuery jobs the migration runs.",
        "BigQuery",
        ItemType::Map,
        false,
        "{\"team\":\"data\"}",
    ),
    ItemDef {
        enums: &["BIGQUERY", "MOCK"],
        ..item(
            TASK_TYPE,
            "Engine",
            "How data is moved.",
            "Migration",
            ItemType::String,
            false,
            "BIGQUERY",
        )
    },
];

const MAXCOMPUTE: &[ItemDef] = &[
    item(
        "mc.endpoint",
        "Endpoint",
        "Endpoint of the source MaxCompute project.",
        "MaxCompute source",
        ItemType::String,
        true,
        "http://service.cn-hangzhou.maxcompute.aliyun.com/api",
    ),
    item(
        "mc.project",
        "Project",
        "Source MaxCompute project.",
        "MaxCompute source",
        ItemType::String,
        true,
        "src_project",
    ),
    item(
        "mc.access.id",
        "AccessKey ID",
        "AccessKey ID that can read the source project.",
        "MaxCompute source",
        ItemType::String,
        true,
        "",
    ),
    item(
        "mc.access.secret",
        "AccessKey secret",
        "Secret of that AccessKey.",
        "MaxCompute source",
        ItemType::Password,
        true,
        "",
    ),
    ItemDef {
        enums: &["COPY_TASK", "ODPS_INSERT_OVERWRITE", "MC2MC_VERIFY", "MOCK"],
        ..item(
            TASK_TYPE,
            "Engine",
            "How data is moved.",
            "Migration",
            ItemType::String,
            false,
            "COPY_TASK",
        )
    },
];

/// The items of a kind of source, the common ones first.
pub(crate) fn items(kind: SourceType) -> impl Iterator<Item = &'static ItemDef> {
    let own = match kind {
        SourceType::Hive => HIVE,
        SourceType::BigQuery => BIGQUERY,
        SourceType::MaxCompute => MAXCOMPUTE,
    };
    COMMON.iter().chain(own.iter())
}

/// The item `key` of a kind of source.
pub(crate) fn find(kind: SourceType, key: &str) -> Option<&'static ItemDef> {
    items(kind).find(|i| i.key == key)
}

/// The engine tasks use when neither the job nor the source chooses one.
pub(crate) fn default_engine(kind: SourceType) -> &'static str {
    match kind {
        SourceType::Hive => "HIVE",
        SourceType::BigQuery => "BIGQUERY",
        SourceType::MaxCompute => "COPY_TASK",
    }
}

/// Checks one value against its item; the error names `config.<key>`.
pub(crate) fn check_value(kind: SourceType, key: &str, value: &Value) -> Result<(), String> {
    let Some(def) = find(kind, key) else {
        let known: Vec<&str> = items(kind).map(|i| i.key).collect();
        return Err(format!(
            "config.{key} is not a configuration item of a {kind} data source; the items are {}",
            known.join(", ")
        ));
    };
    let fits = match def.kind {
        ItemType::Boolean => value.is_boolean() || matches!(value.as_str(), Some("true" | "false")),
        ItemType::Int => value.is_i64() || value.as_str().is_some_and(|s| s.parse::<i64>().is_ok()),
        ItemType::Map => value.is_object(),
        ItemType::String | ItemType::Password | ItemType::File => value.is_string(),
    };
    if !fits {
        return Err(format!(
            "config.{key} must be a {} value, but it is {}",
            def.kind.as_str(),
            kind_of(value)
        ));
    }
    if !def.enums.is_empty() {
        let text = value.as_str().unwrap_or_default();
        if !def.enums.contains(&text) {
            return Err(format!(
                "config.{key} must be one of {}, but it is {value}",
                def.enums.join(", ")
            ));
        }
    }
    Ok(())
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_kind_has_unique_keys_and_the_common_items() {
        for kind in SourceType::ALL {
            let keys: Vec<&str> = items(*kind).map(|i| i.key).collect();
            let unique: std::collections::HashSet<&&str> = keys.iter().collect();
            assert_eq!(unique.len(), keys.len(), "{kind}");
            assert!(
                keys.contains(&DST_PROJECT) && keys.contains(&TASK_TYPE),
                "{kind}"
            );
            assert!(items(*kind).any(|i| i.required), "{kind}");
        }
    }

    #[test]
    fn values_are_checked_against_their_item() {
        let hive = SourceType::Hive;
        assert!(check_value(hive, "hive.metastore.uris", &json!("thrift://h:9083")).is_ok());
        assert!(check_value(hive, "kerberos.enabled", &json!(true)).is_ok());
        assert!(check_value(hive, "kerberos.enabled", &json!("false")).is_ok());
        assert!(check_value(hive, "hive.metastore.timeout", &json!(30)).is_ok());
        assert!(check_value(hive, "hive.metastore.timeout", &json!("30")).is_ok());
        let err = check_value(hive, "hive.metastore.timeout", &json!("soon")).unwrap_err();
        assert!(err.contains("int"), "{err}");
        let err = check_value(hive, "kerberos.enabled", &json!(1)).unwrap_err();
        assert!(
            err.contains("config.kerberos.enabled") && err.contains("boolean"),
            "{err}"
        );
        let err = check_value(hive, "bigquery.project", &json!("p")).unwrap_err();
        assert!(err.contains("not a configuration item of a HIVE"), "{err}");
        let err = check_value(hive, "hive.version", &json!("1.0")).unwrap_err();
        assert!(err.contains("2.3.9"), "{err}");
        assert!(check_value(SourceType::BigQuery, "bigquery.labels", &json!({"a": "b"})).is_ok());
    }
}
