//! The OpenAPI spec this crate was generated from, and the documented example answers it refers
//! to, for tools that check requests and answers against its schemas or serve its examples.

/// The OpenAPI spec this crate was generated from (YAML), for tools that check requests against
/// its schemas or list its operations.
pub const SPEC: &str = include_str!(concat!(env!("OUT_DIR"), "/spec.yaml"));

/// The documented examples, by file name, as the build script found them beside the spec.
const EXAMPLES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// The documented example the spec names `examples/{file_name}` (an `externalValue`), verbatim;
/// `None` for a name the spec's examples do not have.
///
/// A `const fn`, so that a constant can hold an example and a misspelt name fails the build:
///
/// ```
/// const GET_MMS_JOB: &str = match mms_api::example("GetMmsJob.200.json") {
///     Some(text) => text,
///     None => panic!("GetMmsJob.200.json is not documented"),
/// };
/// let answer: mms_api::types::GetMmsJobResponse = serde_json::from_str(GET_MMS_JOB).unwrap();
/// assert_eq!(answer.data.unwrap().id, 10);
/// assert!(mms_api::example("NoSuchAnswer.json").is_none());
/// ```
pub const fn example(file_name: &str) -> Option<&'static str> {
    let mut i = 0;
    while i < EXAMPLES.len() {
        let (name, text) = EXAMPLES[i];
        if same(name.as_bytes(), file_name.as_bytes()) {
            return Some(text);
        }
        i += 1;
    }
    None
}

/// Byte-wise equality that a `const fn` can use.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The file names of every documented example, sorted.
pub fn example_names() -> impl Iterator<Item = &'static str> {
    EXAMPLES.iter().map(|(name, _)| *name)
}
