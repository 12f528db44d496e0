//! What every list command shares: how much of the list to read and how to print it.

use clap::Args;
use maxcompute_mms::Items;
use mms_api::PagedCall;
use serde::Serialize;

use crate::{
    api::Api,
    exit::Outcome,
    output::{print_list, table::TableSpec, ListOutput, Paging},
};

/// The flags of a list command.
#[derive(Debug, Args)]
pub struct Listing {
    #[command(flatten)]
    paging: Paging,
    #[command(flatten)]
    output: ListOutput,
}

impl Listing {
    /// Prints `items` as `spec` says, reading only the pages these flags ask for.
    pub async fn print<'a, A: Api, B: PagedCall<'a>>(
        &self,
        items: Items<'a, A, B>,
        spec: &'static TableSpec,
    ) -> Outcome
    where
        B::Item: Serialize,
    {
        print_list(self.paged(items), &self.output, spec).await
    }

    /// `items` with the page size and item limit asked for.
    fn paged<'a, A: Api, B: PagedCall<'a>>(&self, items: Items<'a, A, B>) -> Items<'a, A, B> {
        let items = match self.paging.page_size {
            Some(size) => items.page_size(size),
            None => items,
        };
        match self.paging.limit {
            Some(limit) => items.limit(limit),
            None => items,
        }
    }
}
