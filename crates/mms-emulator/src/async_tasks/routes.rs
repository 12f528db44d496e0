//! GetMmsAsyncTask.

use mms_api::types;

use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply};
use crate::state::store::Store;
use crate::state::values::WorkStatus;

pub(crate) fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("asyncTaskId"));
    let data = store.read(|world, _, now| {
        let task = world.source(source_id)?.async_task(id)?;
        Ok::<_, crate::state::problem::Problem>(types::AsyncTask {
            id: Some(task.id),
            source_id: Some(source_id),
            type_: Some(mms_api::AsyncTaskType::from(task.kind.as_str())),
            object_id: task.object_id,
            status: Some(mms_api::AsyncTaskStatus::from(task.status.as_str())),
            running: Some(task.status == WorkStatus::Doing),
            progress: Some(task.progress(now)),
            result: Some(task.result.clone()),
            error_msg: Some(task.error_msg.clone()),
            create_time: Some(task.create_time.text()),
            start_time: Some(task.create_time.text()),
            end_time: task.end_time.map(|t| t.text()),
        })
    })?;
    Reply::json(&types::GetMmsAsyncTaskResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}
