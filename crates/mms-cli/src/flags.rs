//! Values of flags: enumerations with their known values listed in `--help`, `KEY=VALUE` pairs,
//! `KEY:asc|desc` sorters, and the setter of an optional parameter.

use std::ffi::OsStr;

use clap::{builder::PossibleValue, builder::TypedValueParser};
use maxcompute_mms::types::SortOrder;

/// A value from a known set, matched without regard to case and sent as the API spells it.
/// An open set (the service adds values over time) also passes an unknown value on as given.
#[derive(Debug, Clone)]
pub struct Choice {
    known: Vec<&'static str>,
    open: bool,
}

impl Choice {
    /// Known values, others passed on.
    pub fn open(known: impl IntoIterator<Item = &'static str>) -> Choice {
        Choice {
            known: known.into_iter().filter(|k| !k.is_empty()).collect(),
            open: true,
        }
    }

    /// Only these values.
    pub fn closed(known: &[&'static str]) -> Choice {
        Choice {
            known: known.to_vec(),
            open: false,
        }
    }
}

impl TypedValueParser for Choice {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        let text = value.to_string_lossy();
        if let Some(known) = self.known.iter().find(|k| k.eq_ignore_ascii_case(&text)) {
            return Ok((*known).to_string());
        }
        if self.open && !text.trim().is_empty() {
            return Ok(text.into_owned());
        }
        let name = arg.map(|a| a.to_string()).unwrap_or_else(|| "value".into());
        Err(clap::Error::raw(
            clap::error::ErrorKind::InvalidValue,
            format!(
                "invalid value {text:?} for {name}: expected one of {}\n",
                self.known.join(", ")
            ),
        )
        .with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.known.iter().map(PossibleValue::new)))
    }
}

macro_rules! open_choices {
    ($($fn_name:ident => $enum:ident),+ $(,)?) => {
        $(
            #[doc = concat!("Values of `", stringify!($enum), "`.")]
            pub fn $fn_name() -> Choice {
                Choice::open(mms_api::$enum::KNOWN.iter().map(mms_api::$enum::as_str))
            }
        )+
    };
}

open_choices! {
    job_status => JobStatus,
    task_status => TaskStatus,
    migration_status => MigrationStatus,
    data_source_type => DataSourceType,
    schedule_type => ScheduleType,
    task_type => TaskType,
}

/// Languages of the service's texts.
pub fn lang() -> Choice {
    Choice::closed(&["zh_CN", "en_US"])
}

/// What `datasource update` does.
pub fn data_source_action() -> Choice {
    Choice::closed(&["START", "STOP", "UPDATE_CONFIG", "RENAME"])
}

/// `KEY=VALUE`.
pub fn key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_string(), value.to_string()))
        }
        _ => Err(format!("{text:?} is not KEY=VALUE")),
    }
}

/// `KEY=VALUE` where VALUE is JSON when it reads as JSON (`8`, `true`, `{"a":1}`) and text
/// otherwise.
pub fn key_json(text: &str) -> Result<(String, serde_json::Value), String> {
    let (key, value) = key_value(text)?;
    let value = serde_json::from_str(&value).unwrap_or(serde_json::Value::String(value));
    Ok((key, value))
}

/// One `--sort KEY[:asc|desc]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    /// The key, in kebab case (`num-rows`).
    pub key: &'static str,
    /// The direction.
    pub order: SortOrder,
}

/// The parser of `--sort` for a list sortable by `keys` (kebab case).
#[derive(Debug, Clone)]
pub struct Sorts(pub &'static [&'static str]);

impl TypedValueParser for Sorts {
    type Value = Sort;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Sort, clap::Error> {
        let text = value.to_string_lossy();
        let (key, order) = match text.split_once(':') {
            Some((key, order)) => (key, order),
            None => (text.as_ref(), "asc"),
        };
        let fail = |message: String| {
            clap::Error::raw(clap::error::ErrorKind::InvalidValue, message + "\n").with_cmd(cmd)
        };
        let wanted = crate::spec::kebab(key);
        let key = self.0.iter().find(|k| **k == wanted).ok_or_else(|| {
            fail(format!(
                "invalid value {text:?} for --sort: this list sorts by {} (KEY:asc|desc)",
                self.0.join(", ")
            ))
        })?;
        let order = match order.to_ascii_lowercase().as_str() {
            "asc" => SortOrder::Asc,
            "desc" => SortOrder::Desc,
            _ => {
                return Err(fail(format!(
                    "invalid value {text:?} for --sort: the order is asc or desc"
                )))
            }
        };
        Ok(Sort { key, order })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(PossibleValue::new)))
    }
}

/// Sets an optional parameter: `request.maybe(flag, Request::setter)`.
pub trait Maybe: Sized {
    /// `set(self, value)` when there is a value, else `self`.
    fn maybe<V>(self, value: Option<V>, set: impl FnOnce(Self, V) -> Self) -> Self {
        match value {
            Some(value) => set(self, value),
            None => self,
        }
    }
}

impl<T> Maybe for T {}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse<P: TypedValueParser>(parser: &P, text: &str) -> Result<P::Value, String> {
        parser
            .parse_ref(&clap::Command::new("t"), None, OsStr::new(text))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn choices_match_any_case_and_open_ones_pass_new_values_on() {
        assert_eq!(parse(&job_status(), "failed").unwrap(), "FAILED");
        assert_eq!(parse(&job_status(), "PAUSED").unwrap(), "PAUSED");
        assert_eq!(parse(&lang(), "EN_us").unwrap(), "en_US");
        assert!(parse(&lang(), "fr_FR")
            .unwrap_err()
            .contains("zh_CN, en_US"));
    }

    #[test]
    fn sorts_name_their_keys_and_orders() {
        let sorts = Sorts(&["num-rows", "size"]);
        assert_eq!(
            parse(&sorts, "numRows:DESC").unwrap(),
            Sort {
                key: "num-rows",
                order: SortOrder::Desc
            }
        );
        assert_eq!(parse(&sorts, "size").unwrap().order, SortOrder::Asc);
        assert!(parse(&sorts, "name:asc")
            .unwrap_err()
            .contains("num-rows, size"));
        assert!(parse(&sorts, "size:up")
            .unwrap_err()
            .contains("asc or desc"));
    }

    #[test]
    fn pairs_split_at_the_first_equals_sign() {
        assert_eq!(
            key_value("orders=ds >= '2024' and x=1").unwrap(),
            ("orders".into(), "ds >= '2024' and x=1".into())
        );
        assert!(key_value("novalue").is_err());
        assert_eq!(key_json("n=8").unwrap().1, serde_json::json!(8));
        assert_eq!(key_json("s=text").unwrap().1, serde_json::json!("text"));
    }
}
