// generated, do not edit: `cargo xtask regen` writes this file from openapi/maxcompute-mms.yaml
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The body of an error answer as the MMS service writes it (camelCase). The API gateway in front of it answers some errors (signature, throttling) with the PascalCase fields of `GatewayErrorBody` instead; clients read either.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ErrorBody {
        ///Which policy denied the request, when RAM refused it.
        #[serde(
            rename = "accessDeniedDetail",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub access_denied_detail: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Machine-readable error code, such as `InvalidAccessKeyId.NotFound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The HTTP status the service meant to send.
        #[serde(
            rename = "httpCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub http_code: ::std::option::Option<i32>,
        ///What went wrong, for a person.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///A link to the diagnosis page of this request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///Identifier the service gave this request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///The body of an error answer as the API gateway writes it (PascalCase).
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GatewayErrorBody {
        ///Which policy denied the request, when RAM refused it.
        #[serde(
            rename = "AccessDeniedDetail",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub access_denied_detail: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Machine-readable error code, such as `SignatureDoesNotMatch`.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The endpoint host that answered.
        #[serde(
            rename = "HostId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_id: ::std::option::Option<::std::string::String>,
        ///What went wrong, for a person. For `SignatureDoesNotMatch` it holds the string-to-sign the server computed.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///A link to the diagnosis page of this request.
        #[serde(
            rename = "Recommend",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///Identifier the gateway gave this request.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GatewayErrorBody {
        pub fn builder() -> builder::GatewayErrorBody {
            Default::default()
        }
    }
    ///The envelope of every MMS answer; `data` holds the job.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsJobResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Job>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsJobResponse {
        pub fn builder() -> builder::GetMmsJobResponse {
            Default::default()
        }
    }
    ///A migration job: a set of tables or partitions of one source database copied into a MaxCompute project. Only `id` is always present; every other field may be missing in an answer and is then `None`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq
    )]
    pub struct Job {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub config: ::std::option::Option<JobConfig>,
        ///When the job was created, as `YYYY-MM-DD HH:MM:SS` in the service's local time (no zone, not RFC 3339).
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the source database within the data source.
        #[serde(rename = "dbId", skip_serializing_if = "::std::option::Option::is_none")]
        pub db_id: ::std::option::Option<i64>,
        ///MaxCompute project the data is migrated into.
        #[serde(
            rename = "dstDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_db_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema the data is migrated into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        ///Expected time of completion as the service reports it; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub eta: ::std::option::Option<::std::string::String>,
        ///Identifier of the job.
        pub id: i64,
        ///Name the job was given when it was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Identifier of the data source the job reads from.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        ///Name of the database migrated from.
        #[serde(
            rename = "srcDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_db_name: ::std::option::Option<::std::string::String>,
        ///Schema migrated from, for sources with a three-level namespace (project.schema.table).
        #[serde(
            rename = "srcSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_schema_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::JobStatus>,
        ///Whether somebody stopped the job before it ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stopped: ::std::option::Option<bool>,
        ///How many of those tasks have finished.
        #[serde(
            rename = "taskDone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_done: ::std::option::Option<i64>,
        ///How many migration tasks the job was split into.
        #[serde(
            rename = "taskNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_num: ::std::option::Option<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::JobType>,
    }
    impl Job {
        pub fn builder() -> builder::Job {
            Default::default()
        }
    }
    ///What the job migrates and how.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct JobConfig {
        ///Source column name to destination column name, where they differ.
        #[serde(
            rename = "columnMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub column_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Compare source and destination after copying.
        #[serde(
            rename = "enableVerification",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_verification: ::std::option::Option<bool>,
        ///Migrate only what changed since the last run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub increment: ::std::option::Option<bool>,
        ///Further settings of the migration engine, as free-form JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub others: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Per table, a filter expression choosing the partitions to migrate.
        #[serde(
            rename = "partitionFilters",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub partition_filters: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Identifiers of the partitions to migrate, for a job of type Partitions.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<i64>,
        ///Migrate table definitions only, without data (deprecated by the service).
        #[serde(
            rename = "schemaOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schema_only: ::std::option::Option<bool>,
        ///Tables left out of the migration.
        #[serde(
            rename = "tableBlackList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_black_list: ::std::vec::Vec<::std::string::String>,
        ///Source table name to destination table name, where they differ.
        #[serde(
            rename = "tableMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub table_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The only tables taken into the migration, when not empty.
        #[serde(
            rename = "tableWhiteList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_white_list: ::std::vec::Vec<::std::string::String>,
        ///Names of the tables to migrate, for a job of type Tables.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tables: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "taskType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_type: ::std::option::Option<crate::open_enum::TaskType>,
        ///Tunnel quota used for the copy (deprecated by the service).
        #[serde(
            rename = "tunnelQuota",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tunnel_quota: ::std::option::Option<::std::string::String>,
    }
    impl JobConfig {
        pub fn builder() -> builder::JobConfig {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            access_denied_detail: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            http_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    access_denied_detail: Ok(Default::default()),
                    code: Ok(Default::default()),
                    http_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ErrorBody {
            pub fn access_denied_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_denied_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_denied_detail: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn http_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.http_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for http_code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_denied_detail: value.access_denied_detail?,
                    code: value.code?,
                    http_code: value.http_code?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    access_denied_detail: Ok(value.access_denied_detail),
                    code: Ok(value.code),
                    http_code: Ok(value.http_code),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GatewayErrorBody {
            access_denied_detail: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GatewayErrorBody {
            fn default() -> Self {
                Self {
                    access_denied_detail: Ok(Default::default()),
                    code: Ok(Default::default()),
                    host_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GatewayErrorBody {
            pub fn access_denied_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_denied_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_denied_detail: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn host_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GatewayErrorBody> for super::GatewayErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GatewayErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_denied_detail: value.access_denied_detail?,
                    code: value.code?,
                    host_id: value.host_id?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GatewayErrorBody> for GatewayErrorBody {
            fn from(value: super::GatewayErrorBody) -> Self {
                Self {
                    access_denied_detail: Ok(value.access_denied_detail),
                    code: Ok(value.code),
                    host_id: Ok(value.host_id),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Job>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Job>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsJobResponse> for super::GetMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsJobResponse> for GetMmsJobResponse {
            fn from(value: super::GetMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Job {
            config: ::std::result::Result<
                ::std::option::Option<super::JobConfig>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            db_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dst_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            eta: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::JobStatus>,
                ::std::string::String,
            >,
            stopped: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            task_done: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            task_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::JobType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Job {
            fn default() -> Self {
                Self {
                    config: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    db_id: Ok(Default::default()),
                    dst_db_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    eta: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    src_db_name: Ok(Default::default()),
                    src_schema_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    stopped: Ok(Default::default()),
                    task_done: Ok(Default::default()),
                    task_num: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Job {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JobConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn db_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_id: {e}")
                    });
                self
            }
            pub fn dst_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_db_name: {e}")
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn eta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.eta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for eta: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn src_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_db_name: {e}")
                    });
                self
            }
            pub fn src_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for src_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::JobStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stopped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stopped = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stopped: {e}")
                    });
                self
            }
            pub fn task_done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_done = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_done: {e}")
                    });
                self
            }
            pub fn task_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_num: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::JobType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Job> for super::Job {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Job,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    create_time: value.create_time?,
                    db_id: value.db_id?,
                    dst_db_name: value.dst_db_name?,
                    dst_schema_name: value.dst_schema_name?,
                    eta: value.eta?,
                    id: value.id?,
                    name: value.name?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    src_db_name: value.src_db_name?,
                    src_schema_name: value.src_schema_name?,
                    status: value.status?,
                    stopped: value.stopped?,
                    task_done: value.task_done?,
                    task_num: value.task_num?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Job> for Job {
            fn from(value: super::Job) -> Self {
                Self {
                    config: Ok(value.config),
                    create_time: Ok(value.create_time),
                    db_id: Ok(value.db_id),
                    dst_db_name: Ok(value.dst_db_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    eta: Ok(value.eta),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    src_db_name: Ok(value.src_db_name),
                    src_schema_name: Ok(value.src_schema_name),
                    status: Ok(value.status),
                    stopped: Ok(value.stopped),
                    task_done: Ok(value.task_done),
                    task_num: Ok(value.task_num),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobConfig {
            column_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            enable_verification: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            increment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            others: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partition_filters: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            schema_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            table_black_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            table_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            table_white_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            task_type: ::std::result::Result<
                ::std::option::Option<crate::open_enum::TaskType>,
                ::std::string::String,
            >,
            tunnel_quota: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobConfig {
            fn default() -> Self {
                Self {
                    column_mapping: Ok(Default::default()),
                    enable_verification: Ok(Default::default()),
                    increment: Ok(Default::default()),
                    others: Ok(Default::default()),
                    partition_filters: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    schema_only: Ok(Default::default()),
                    table_black_list: Ok(Default::default()),
                    table_mapping: Ok(Default::default()),
                    table_white_list: Ok(Default::default()),
                    tables: Ok(Default::default()),
                    task_type: Ok(Default::default()),
                    tunnel_quota: Ok(Default::default()),
                }
            }
        }
        impl JobConfig {
            pub fn column_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.column_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for column_mapping: {e}"
                        )
                    });
                self
            }
            pub fn enable_verification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_verification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_verification: {e}"
                        )
                    });
                self
            }
            pub fn increment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.increment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for increment: {e}")
                    });
                self
            }
            pub fn others<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.others = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for others: {e}")
                    });
                self
            }
            pub fn partition_filters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_filters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_filters: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn schema_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema_only: {e}")
                    });
                self
            }
            pub fn table_black_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_black_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_black_list: {e}"
                        )
                    });
                self
            }
            pub fn table_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_mapping: {e}")
                    });
                self
            }
            pub fn table_white_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_white_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_white_list: {e}"
                        )
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
            pub fn task_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::TaskType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.task_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_type: {e}")
                    });
                self
            }
            pub fn tunnel_quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tunnel_quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tunnel_quota: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobConfig> for super::JobConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    column_mapping: value.column_mapping?,
                    enable_verification: value.enable_verification?,
                    increment: value.increment?,
                    others: value.others?,
                    partition_filters: value.partition_filters?,
                    partitions: value.partitions?,
                    schema_only: value.schema_only?,
                    table_black_list: value.table_black_list?,
                    table_mapping: value.table_mapping?,
                    table_white_list: value.table_white_list?,
                    tables: value.tables?,
                    task_type: value.task_type?,
                    tunnel_quota: value.tunnel_quota?,
                })
            }
        }
        impl ::std::convert::From<super::JobConfig> for JobConfig {
            fn from(value: super::JobConfig) -> Self {
                Self {
                    column_mapping: Ok(value.column_mapping),
                    enable_verification: Ok(value.enable_verification),
                    increment: Ok(value.increment),
                    others: Ok(value.others),
                    partition_filters: Ok(value.partition_filters),
                    partitions: Ok(value.partitions),
                    schema_only: Ok(value.schema_only),
                    table_black_list: Ok(value.table_black_list),
                    table_mapping: Ok(value.table_mapping),
                    table_white_list: Ok(value.table_white_list),
                    tables: Ok(value.tables),
                    task_type: Ok(value.task_type),
                    tunnel_quota: Ok(value.tunnel_quota),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for MaxCompute Migration Assist (MMS)

The migration-job endpoints of the MaxCompute Migration Assist service (MMA, "MMS" in the API), API version 2022-01-04. Every request is ROA style: a REST path, the action and version in `x-acs-action` / `x-acs-version` headers, and an Alibaba Cloud signature (ACS3-HMAC-SHA256 or ROA HMAC-SHA1) in `Authorization`.

This document is the single source of truth of the project: the Rust types and client are generated from it at build time, and `cargo xtask validate` checks it against the documented examples in `openapi/examples/`.

Version: 2022-01-04*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::Hooks> for Client {
    fn api_version() -> &'static str {
        "2022-01-04"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::Hooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::Hooks>,
    {}
};
impl Client {
    /**Read one migration job

Returns a migration job of a data source: what it migrates, where to, its status and how many of its tasks are done. RAM action `odps:GetMmsJob`, access level get.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`

Arguments:
- `source_id`: Identifier of the data source the job belongs to.
- `job_id`: Identifier of the migration job.
```ignore
let response = client.get_mms_job()
    .source_id(source_id)
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn get_mms_job(&self) -> builder::GetMmsJob<'_> {
        builder::GetMmsJob::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_mms_job`]

[`Client::get_mms_job`]: super::Client::get_mms_job*/
    #[derive(Debug, Clone)]
    pub struct GetMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        job_id: Result<i64, String>,
    }
    impl<'a> GetMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetMmsJobResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, job_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The API version every operation is signed with (`x-acs-version`).
pub const API_VERSION: &str = "2022-01-04";
/// Every operation of the spec: its method name, action, HTTP method and path.
pub const ROUTES: &[crate::Route; 1usize] = &[
    crate::Route {
        method_name: "get_mms_job",
        action: "GetMmsJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    },
];
impl<'a> crate::Call<'a> for builder::GetMmsJob<'a> {
    type Response = types::GetMmsJobResponse;
    type Data = types::Job;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_job",
        action: "GetMmsJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsJob::send(self))
    }
}
impl crate::Envelope for types::GetMmsJobResponse {
    type Data = types::Job;
    fn into_parts(self) -> (Option<String>, Option<types::Job>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source the job belongs to.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`jobId`: Identifier of the migration job.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
}
/// Every operation of the API, as a method of anything that can send requests
/// (`maxcompute_mms::Client`). Each returns a request to fill in and send.
pub trait Operations: crate::Sender {
    /**Read one migration job.

Action `GetMmsJob`: `GET /api/v1/mms/datasources/{sourceId}/jobs/{jobId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_job(&self) -> crate::Request<'_, Self, builder::GetMmsJob<'_>> {
        crate::Request::new(self, builder::GetMmsJob::new(crate::Sender::api(self)))
    }
}
impl<S: crate::Sender + ?Sized> Operations for S {}
