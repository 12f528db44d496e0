//! Runs progenitor over the MMS OpenAPI spec with the project's generator settings.
//!
//! Both the build script of `mms-api` and `cargo xtask` call [`generate`], so the code compiled into
//! the client and the reviewed snapshot in `crates/mms-api/generated/` come from one place and
//! cannot disagree.
//!
//! ```no_run
//! let spec = std::fs::read_to_string("openapi/maxcompute-mms.yaml").unwrap();
//! let code = mms_codegen::generate(&spec).unwrap();
//! assert!(code.source.contains("pub struct Client"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod round_trip;

use std::fmt;

use openapiv3::OpenAPI;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use quote::quote;

mod operations;

pub use operations::{ParameterSpec, RouteSpec, JSON_TEXT_EXTENSION};

/// First line of every file written from the spec.
pub const GENERATED_HEADER: &str =
    "// generated, do not edit: `cargo xtask regen` writes this file from openapi/maxcompute-mms.yaml";

/// Extension of an operation that names the `x-acs-action` header value; defaults to the
/// operation id.
pub const ACTION_EXTENSION: &str = "x-acs-action";

/// Schemas whose string enums are replaced by hand-written open enums in `mms-api`: the service
/// adds values over time, and progenitor's enums would reject every answer carrying one.
pub const OPEN_ENUMS: &[&str] = &[
    "JobStatus",
    "JobType",
    "TaskType",
    "TaskStatus",
    "MigrationStatus",
    "DataSourceType",
    "DataSourceStatus",
    "ScanStatus",
    "AsyncTaskType",
    "AsyncTaskStatus",
    "ScheduleType",
    "ConfigItemType",
];

/// What a spec generates.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The formatted Rust source of the client, its types and the typed layer over them, headed
    /// by [`GENERATED_HEADER`].
    pub source: String,
    /// Every operation, in the order of the spec.
    pub routes: Vec<RouteSpec>,
}

/// Why a spec could not be generated.
#[derive(Debug)]
pub enum CodegenError {
    /// The text is not an OpenAPI 3.0 document.
    Parse(String),
    /// The document is valid but progenitor refused it.
    Generate(String),
    /// The generated tokens are not valid Rust (a progenitor bug).
    Format(String),
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::Parse(m) => write!(f, "not an OpenAPI 3.0 document: {m}"),
            CodegenError::Generate(m) => write!(f, "progenitor refused the spec: {m}"),
            CodegenError::Format(m) => write!(f, "generated code does not parse: {m}"),
        }
    }
}

impl std::error::Error for CodegenError {}

/// Parses the spec text (YAML or JSON).
pub fn parse_spec(text: &str) -> Result<OpenAPI, CodegenError> {
    serde_norway::from_str(text).map_err(|e| CodegenError::Parse(e.to_string()))
}

/// The generator settings of the project.
pub fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote!(crate::Hooks))
        .with_hooks(HooksMode::Expected)
        .with_map_type("::std::collections::BTreeMap")
        .with_derive("::schemars::JsonSchema")
        .with_derive("PartialEq");
    for name in OPEN_ENUMS {
        settings.with_replacement(
            name,
            format!("crate::open_enum::{name}"),
            [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
        );
    }
    settings
}

/// Generates the client and types from the spec text. Progenitor reports some spec problems by
/// panicking; those panics come back as [`CodegenError::Generate`].
pub fn generate(text: &str) -> Result<Generated, CodegenError> {
    let spec = parse_spec(text)?;
    let routes = operations::routes(&spec);
    let tokens = std::panic::catch_unwind(|| {
        let mut generator = Generator::new(&settings());
        generator.generate_tokens(&spec)
    })
    .map_err(|panic| CodegenError::Generate(panic_message(panic.as_ref())))?
    .map_err(|e| CodegenError::Generate(e.to_string()))?;

    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| CodegenError::Format(e.to_string()))?;
    let layer = operations::typed_layer(&spec.info.version, &routes, &file)?;
    let layer: syn::File = syn::parse2(layer).map_err(|e| CodegenError::Format(e.to_string()))?;
    file.items.extend(layer.items);
    let body = prettyplease::unparse(&file);

    let mut source = String::with_capacity(body.len() + 128);
    source.push_str(GENERATED_HEADER);
    source.push('\n');
    source.push_str(&body);
    source.push_str(&round_trip::check_helpers(&spec));
    Ok(Generated { source, routes })
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "the generator panicked".to_string()
    }
}
