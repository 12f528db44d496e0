//! A program outside the workspace that depends on the packaged `maxcompute-mms` and
//! `mms-emulator` as a user would, written by `cargo xtask package-check` (not compiled as part of
//! xtask): one signed GetMmsJob call against the emulator.

use maxcompute_mms::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = mms_emulator::start(mms_emulator::EmulatorConfig::default()).await?;
    let client = Client::builder()
        .endpoint(emulator.base_url())
        .credentials(maxcompute_mms::Credentials::new(
            mms_emulator::DEMO_ACCESS_KEY_ID,
            mms_emulator::DEMO_ACCESS_KEY_SECRET,
        ))
        .build()?;
    let job = client
        .get_mms_job()
        .source_id(mms_emulator::EXAMPLE_SOURCE_ID)
        .job_id(mms_emulator::EXAMPLE_JOB_ID)
        .send()
        .await?;
    if job.id != mms_emulator::EXAMPLE_JOB_ID {
        return Err(format!("asked for job {}, got job {}", mms_emulator::EXAMPLE_JOB_ID, job.id).into());
    }
    println!("packaged client read job {} ({:?}) from the packaged emulator", job.id, job.status);
    emulator.stop().await?;
    Ok(())
}
