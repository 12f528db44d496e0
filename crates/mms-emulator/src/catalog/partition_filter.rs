//! The partition filters of a job (`partitionFilters`: table → expression), e.g.
//! `ds >= '2024-01-03' and region = 'eu'`: comparisons of partition keys joined by `and`.

use std::cmp::Ordering;

/// One comparison of a filter.
#[derive(Debug, Clone, PartialEq)]
struct Condition {
    key: String,
    op: Op,
    value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A parsed filter: every condition must hold.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PartitionFilter {
    conditions: Vec<Condition>,
}

impl PartitionFilter {
    /// Parses `key op value [and key op value]…`; values may be quoted with `'` or `"`.
    pub(crate) fn parse(text: &str) -> Result<Self, String> {
        let mut conditions = Vec::new();
        for part in split_and(text) {
            let part = part.trim();
            if part.is_empty() {
                return Err(format!("{text:?} has an empty condition"));
            }
            conditions.push(condition(part)?);
        }
        Ok(Self { conditions })
    }

    /// Whether the partition `spec` (`k1=v1/k2=v2`) passes. A key the spec lacks fails.
    pub(crate) fn matches(&self, spec: &str) -> bool {
        self.conditions.iter().all(|c| {
            let value = spec
                .split('/')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == c.key)
                .map(|(_, v)| v);
            value.is_some_and(|v| {
                let order = compare(v, &c.value);
                match c.op {
                    Op::Eq => order == Ordering::Equal,
                    Op::Ne => order != Ordering::Equal,
                    Op::Lt => order == Ordering::Less,
                    Op::Le => order != Ordering::Greater,
                    Op::Gt => order == Ordering::Greater,
                    Op::Ge => order != Ordering::Less,
                }
            })
        })
    }
}

/// Splits on the word `and` (any case) outside quotes.
fn split_and(text: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quote: Option<char> = None;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {
                let word: String = chars[i..chars.len().min(i + 3)].iter().collect();
                let before = i == 0 || chars[i - 1].is_whitespace();
                let after = chars.get(i + 3).is_none_or(|c| c.is_whitespace());
                if before && after && word.eq_ignore_ascii_case("and") {
                    parts.push(String::new());
                    i += 3;
                    continue;
                }
            }
        }
        if let Some(last) = parts.last_mut() {
            last.push(c);
        }
        i += 1;
    }
    parts
}

fn condition(text: &str) -> Result<Condition, String> {
    const OPS: &[(&str, Op)] = &[
        (">=", Op::Ge),
        ("<=", Op::Le),
        ("!=", Op::Ne),
        ("<>", Op::Ne),
        ("==", Op::Eq),
        ("=", Op::Eq),
        (">", Op::Gt),
        ("<", Op::Lt),
    ];
    let found = OPS
        .iter()
        .filter_map(|(symbol, op)| text.find(symbol).map(|at| (at, *symbol, *op)))
        .min_by_key(|(at, symbol, _)| (*at, std::cmp::Reverse(symbol.len())));
    let Some((at, symbol, op)) = found else {
        return Err(format!(
            "{text:?} is not a comparison (key op value, op one of = != <> < <= > >=)"
        ));
    };
    let key = text[..at].trim();
    let raw = text[at + symbol.len()..].trim();
    if key.is_empty() || key.contains(char::is_whitespace) {
        return Err(format!("{text:?} does not start with a partition key"));
    }
    let value = unquote(raw).ok_or_else(|| format!("{text:?} has no usable value"))?;
    Ok(Condition {
        key: key.to_owned(),
        op,
        value,
    })
}

fn unquote(raw: &str) -> Option<String> {
    for q in ['\'', '"'] {
        if let Some(inner) = raw.strip_prefix(q) {
            return inner.strip_suffix(q).map(str::to_owned);
        }
    }
    (!raw.is_empty() && !raw.contains(char::is_whitespace)).then(|| raw.to_owned())
}

/// Numbers compare as numbers, anything else as text.
fn compare(a: &str, b: &str) -> Ordering {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        _ => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_joined_by_and() {
        let f = PartitionFilter::parse("ds >= '2024-01-03' AND region = \"eu and us\"").unwrap();
        assert!(f.matches("ds=2024-01-03/region=eu and us"));
        assert!(!f.matches("ds=2024-01-02/region=eu and us"));
        assert!(!f.matches("ds=2024-01-05"), "a missing key fails");

        let n = PartitionFilter::parse("hour < 10 and hour != 3").unwrap();
        assert!(n.matches("hour=9"), "numbers compare as numbers");
        assert!(!n.matches("hour=10"));
        assert!(!n.matches("hour=3"));
    }

    #[test]
    fn bad_filters_say_why() {
        for (text, expected) in [
            ("ds", "not a comparison"),
            ("= 3", "partition key"),
            ("ds = ", "no usable value"),
            ("ds = 'open", "no usable value"),
            ("ds = 1 and", "empty condition"),
        ] {
            let err = PartitionFilter::parse(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
    }
}
