//! `mms api METHOD PATH`: a signed request of any path, for what has no command yet.

use std::path::PathBuf;

use clap::Args;
use maxcompute_mms::RawRequest;

use crate::{
    api::Api,
    body,
    exit::{Exit, Failure, Outcome},
    flags, stdout,
};

/// Examples of `mms api`.
pub const EXAMPLES: &str = "Examples:\n  \
mms api GET /api/v1/mms/datasources/2/jobs --query status=FAILED --query pageSize=50\n  \
mms api POST /api/v1/mms/datasources/2/jobs/12/start\n  \
mms api PUT /api/v1/mms/datasources/2/tables --body tables.json\n  \
mms api GET /api/v1/mms/datasources/2/newThing --action GetMmsNewThing\n\n\
The action (x-acs-action) comes from the operation the method and path match; a path that \
matches none is refused unless --action names it. Prints the answer's body.";

/// `mms api`.
#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT or DELETE.
    method: String,
    /// Path, such as /api/v1/mms/datasources/2/jobs (a query may follow `?`).
    path: String,
    /// Query parameter NAME=VALUE (repeatable).
    #[arg(long, short, value_parser = flags::key_value, value_name = "NAME=VALUE")]
    query: Vec<(String, String)>,
    /// JSON (or YAML) body from FILE; `-` reads standard input.
    #[arg(long, value_name = "FILE")]
    body: Option<PathBuf>,
    /// The action to send, for a path no operation matches.
    #[arg(long, value_name = "NAME")]
    action: Option<String>,
}

impl ApiArgs {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        let mut request = RawRequest::new(&self.method, &self.path);
        for (name, value) in self.query {
            request = request.query(name, value);
        }
        if let Some(path) = &self.body {
            request = request.body(body::read_json(path, "--body")?.1);
        }
        match self.action {
            Some(action) => request = request.action(action),
            None if request.route().is_none() => {
                return Err(Failure::Usage(format!(
                    "{} {} matches no operation of the API; name its action with --action NAME to send it anyway",
                    request.method(),
                    request.path()
                )))
            }
            None => {}
        }
        let answer = api.raw(request).await?;
        let text = match answer.json() {
            Ok(json) => serde_json::to_string_pretty(&json).unwrap_or_default(),
            Err(_) => String::from_utf8_lossy(&answer.body).into_owned(),
        };
        stdout::emit_line(&text);
        Ok(Exit::Success)
    }
}
