//! Building the client from the global options, or starting the embedded emulator.

use std::{sync::Arc, time::Duration};

use maxcompute_mms::{
    credentials::{CredentialsChain, Environment, ProvideCredentials},
    Client, Credentials, SignatureAlgorithm,
};
use mms_emulator::{EmulatorConfig, JobProgress, RunningEmulator};

use crate::{
    args::{GlobalOptions, Signature},
    stdout::say,
};

/// How long the demo job of `--emulator` takes to finish.
pub const DEMO_JOB_DURATION: Duration = Duration::from_secs(20);

/// A client, and the emulator it talks to when `--emulator` was given.
pub struct Connection {
    pub client: Client,
    pub emulator: Option<RunningEmulator>,
}

pub async fn connect(options: &GlobalOptions) -> Result<Connection, String> {
    let algorithm = match options.signature {
        Signature::Acs3 => SignatureAlgorithm::Acs3HmacSha256,
        Signature::Roa => SignatureAlgorithm::RoaHmacSha1,
    };
    let builder = Client::builder()
        .signature_algorithm(algorithm)
        .timeout(options.request_timeout)
        .user_agent(format!("mms-cli/{}", env!("CARGO_PKG_VERSION")));

    if options.emulator {
        if options.endpoint.is_some() || options.region.is_some() {
            return Err("--emulator cannot be combined with --endpoint or --region".into());
        }
        let emulator = start_demo_emulator().await?;
        say!(
            "mms: serving from the embedded emulator at {}: local demo data, not your account",
            emulator.base_url()
        );
        let client = builder
            .endpoint(emulator.base_url())
            .credentials(Credentials::new(
                mms_emulator::DEMO_ACCESS_KEY_ID,
                mms_emulator::DEMO_ACCESS_KEY_SECRET,
            ))
            .build()
            .map_err(|e| e.to_string())?;
        return Ok(Connection {
            client,
            emulator: Some(emulator),
        });
    }

    let mut builder = match (&options.endpoint, &options.region) {
        (Some(endpoint), _) => builder.endpoint(endpoint),
        (None, Some(region)) => builder.region(region).vpc(options.vpc),
        (None, None) => {
            return Err(
                "no endpoint: give --region (or ALIBABA_CLOUD_REGION_ID), --endpoint, or --emulator to try the local demo"
                    .into(),
            )
        }
    };
    let env = Environment::process();
    let chain = match &options.profile {
        Some(profile) => CredentialsChain::with_profile(env, profile),
        None => CredentialsChain::default_chain(env),
    };
    let chain = Arc::new(chain);
    builder = builder.credentials_provider(chain.clone());
    let client = builder.build().map_err(|e| e.to_string())?;
    // Read the credentials now, so a missing or broken source is reported before any request.
    chain.provide().await.map_err(|e| e.to_string())?;
    tracing::info!("credentials from {}", chain.name());
    Ok(Connection {
        client,
        emulator: None,
    })
}

/// The documented job (source 2, job 10), made to go from no task done to DONE.
async fn start_demo_emulator() -> Result<RunningEmulator, String> {
    let mut job = mms_emulator::documented_example_job();
    job.stopped = Some(false);
    job.task_done = Some(0);
    let config = EmulatorConfig::default()
        .job(mms_emulator::EXAMPLE_SOURCE_ID, job)
        .progress(
            mms_emulator::EXAMPLE_SOURCE_ID,
            mms_emulator::EXAMPLE_JOB_ID,
            JobProgress::done_after(DEMO_JOB_DURATION),
        );
    mms_emulator::start(config)
        .await
        .map_err(|e| format!("cannot start the embedded emulator: {e}"))
}
