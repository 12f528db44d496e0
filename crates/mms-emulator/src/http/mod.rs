//! The HTTP side: error answers, request context and the calls handlers get.

pub(crate) mod api_error;
pub(crate) mod call;
pub(crate) mod context;
