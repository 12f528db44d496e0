//! The differences from the official Python SDK kept on purpose, each with its reason. Every
//! instance listed must show under both algorithms: one that no longer shows fails the test, so
//! the list says exactly what differs today.

use crate::compare::{Difference, Field};

/// Stands for every operation in [`Instance::operation`].
pub const ANY: &str = "*";

/// One place a kept difference shows, and exactly what each side sends there.
pub struct Instance {
    /// The action, or [`ANY`].
    pub operation: &'static str,
    /// The query name, header name or JSON pointer.
    pub at: &'static str,
    /// What the Python SDK sends (`None`: nothing).
    pub python: Option<&'static str>,
    /// What this client sends (`None`: nothing).
    pub ours: Option<&'static str>,
}

/// A difference kept on purpose.
pub struct Kept {
    /// Short name, for the table.
    pub label: &'static str,
    /// The part of the request it is in.
    pub field: Field,
    /// Everywhere it shows.
    pub instances: &'static [Instance],
    /// Why we keep it.
    pub reason: &'static str,
}

impl Kept {
    /// The index of the instance that explains `difference` in `action`, if any.
    pub fn explains(&self, action: &str, difference: &Difference) -> Option<usize> {
        if self.field != difference.field {
            return None;
        }
        self.instances.iter().position(|i| {
            (i.operation == ANY || i.operation == action)
                && i.at == difference.at
                && i.python == difference.python.as_deref()
                && i.ours == difference.ours.as_deref()
        })
    }
}

/// Every difference kept on purpose.
pub const KEPT: &[Kept] = &[
    Kept {
        label: "booleans",
        field: Field::Query,
        instances: &[
            Instance {
                operation: "GetMmsDataSource",
                at: "withConfig",
                python: Some("withConfig=True"),
                ours: Some("withConfig=true"),
            },
            Instance {
                operation: "ListMmsTables",
                at: "hasPartitions",
                python: Some("hasPartitions=True"),
                ours: Some("hasPartitions=true"),
            },
            Instance {
                operation: "ListMmsTables",
                at: "onlyName",
                python: Some("onlyName=False"),
                ours: Some("onlyName=false"),
            },
            Instance {
                operation: "ListMmsPartitions",
                at: "updated",
                python: Some("updated=True"),
                ours: Some("updated=true"),
            },
            Instance {
                operation: "ListMmsTimers",
                at: "stopped",
                python: Some("stopped=False"),
                ours: Some("stopped=false"),
            },
        ],
        reason: "a boolean query value is written `true`/`false`, as the API reference documents \
                 it and as the other official SDKs and the console send it; the Python SDK \
                 writes Python's `str(True)`, `True`",
    },
    Kept {
        label: "credentials-provider header",
        field: Field::SignedHeaders,
        instances: &[Instance {
            operation: ANY,
            at: "x-acs-credentials-provider",
            python: Some("x-acs-credentials-provider"),
            ours: None,
        }],
        reason:
            "`x-acs-credentials-provider: static_ak` is the Python SDK's report of which of its \
                 credential providers it used, not part of either signature protocol; ROA signs \
                 every `x-acs-*` header and the Python SDK signs every header it sets under \
                 ACS3, so it shows in its signed set. We send no such header",
    },
    Kept {
        label: "empty collections left out",
        field: Field::Body,
        instances: &[
            Instance {
                operation: "CreateMmsTimer",
                at: "/partitionFilters",
                python: Some("{}"),
                ours: None,
            },
            Instance {
                operation: "CreateMmsTimer",
                at: "/tableBlackList",
                python: Some("[]"),
                ours: None,
            },
        ],
        reason: "our create bodies leave out an empty map or list (the generated types skip \
                 them), where the Python SDK sends what it is given; in a create, no partition \
                 filters and `{}`, no black list and `[]` mean the same. The one update whose \
                 lists must be clearable, UpdateMmsTimer, takes `Option<Vec<_>>` and sends `[]`",
    },
];
