//! The scan operations: CreateMmsFetchMetadataJob, GetMmsFetchMetadataJob.

use mms_api::types;

use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply};
use crate::state::store::Store;
use crate::state::values::WorkStatus;

pub(crate) fn create(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let body: types::CreateMmsFetchMetadataJobRequest = call.body()?;
    let (id, snapshot) = store.change(|world, rules, now| {
        let (source, mut env) = world.source_mut(source_id, rules, now)?;
        source.create_scan(body.db_name, body.table_names, &mut env)
    });
    Reply::json(&types::CreateMmsFetchMetadataJobResponse {
        request_id: call.request_id(),
        data: Some(types::CreatedScan { scan_id: Some(id?) }),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("scanId"));
    let data = store.read(|world, _, now| {
        let scan = world.source(source_id)?.scan(id)?;
        let failed = scan.status == WorkStatus::Failed;
        Ok::<_, crate::state::problem::Problem>(types::FetchMetadataJob {
            id: Some(scan.id),
            source_id: Some(source_id),
            status: Some(mms_api::ScanStatus::from(scan.status.as_str())),
            progress: Some(scan.progress(now)),
            result: Some(if failed {
                String::new()
            } else {
                scan.result.clone()
            }),
            error_msg: Some(if failed {
                scan.result.clone()
            } else {
                String::new()
            }),
            start_time: Some(scan.start_time.text()),
            end_time: scan.end_time.map(|t| t.text()),
        })
    })?;
    Reply::json(&types::GetMmsFetchMetadataJobResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}
