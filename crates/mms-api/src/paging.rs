//! Lazy streams over list operations: [`Pages`] yields each page as it arrives, [`Items`] each
//! item. Nothing is sent until the stream is polled; every filter of the request is sent again
//! with each `pageNum`; a server that answers nonsense ends the stream with a [`PagingError`]
//! instead of looping.

use std::{
    fmt,
    pin::Pin,
    task::{Context, Poll},
};

use futures::{stream::BoxStream, Stream, StreamExt};

use crate::call::{Page, PagedCall, Request, Sender};

/// Why a list stopped before its end: the server's pages do not add up.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PagingError {
    /// The page size asked for is not a positive number.
    InvalidPageSize {
        /// The list operation.
        action: &'static str,
        /// The page size given.
        page_size: i64,
    },
    /// The server answered a page size of zero (or less), which would never reach the end.
    ZeroPageSize {
        /// The list operation.
        action: &'static str,
        /// The page that said so.
        page_num: i64,
    },
    /// The server answered another page than the one asked for.
    WrongPage {
        /// The list operation.
        action: &'static str,
        /// The page asked for.
        asked: i64,
        /// The page the answer says it is.
        answered: i64,
    },
    /// The server answered the same items as for the page before.
    RepeatedPage {
        /// The list operation.
        action: &'static str,
        /// The page whose items repeat the previous page's.
        page_num: i64,
    },
    /// The server's `total` fell below the number of items it had already served.
    TotalShrank {
        /// The list operation.
        action: &'static str,
        /// The total the server answered.
        total: i64,
        /// Items served so far, this page included.
        served: u64,
    },
}

impl PagingError {
    /// The list operation that was being read.
    pub fn action(&self) -> &'static str {
        match self {
            PagingError::InvalidPageSize { action, .. }
            | PagingError::ZeroPageSize { action, .. }
            | PagingError::WrongPage { action, .. }
            | PagingError::RepeatedPage { action, .. }
            | PagingError::TotalShrank { action, .. } => action,
        }
    }
}

impl fmt::Display for PagingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PagingError::InvalidPageSize { action, page_size } => write!(
                f,
                "{action}: page size {page_size} is not a positive number"
            ),
            PagingError::ZeroPageSize { action, page_num } => write!(
                f,
                "{action}: the server answered page {page_num} with a page size of zero or less; \
                 the list cannot be read to its end"
            ),
            PagingError::WrongPage {
                action,
                asked,
                answered,
            } => write!(
                f,
                "{action}: asked for page {asked}, the server answered page {answered}"
            ),
            PagingError::RepeatedPage { action, page_num } => write!(
                f,
                "{action}: page {page_num} repeats the items of page {}; stopped instead of \
                 looping",
                page_num - 1
            ),
            PagingError::TotalShrank {
                action,
                total,
                served,
            } => write!(
                f,
                "{action}: the server's total fell to {total} after {served} items were served; \
                 the list changed while it was read"
            ),
        }
    }
}

impl std::error::Error for PagingError {}

/// Where a walk through a list stands.
struct Walk<'a, S: ?Sized, B: PagedCall<'a>> {
    sender: &'a S,
    builder: B,
    page_size: Option<i64>,
    limit: Option<u64>,
    next: i64,
    served: u64,
    /// The first and last items of the page before, to notice a server that repeats a page.
    previous: Option<(B::Item, B::Item)>,
    done: bool,
}

impl<'a, S: Sender + ?Sized, B: PagedCall<'a>> Walk<'a, S, B> {
    fn fail(&mut self, error: PagingError) -> Option<Result<Page<B::Item>, S::Error>> {
        self.done = true;
        Some(Err(error.into()))
    }

    async fn next_page(&mut self) -> Option<Result<Page<B::Item>, S::Error>> {
        let action = B::ROUTE.action;
        if self.done || self.limit.is_some_and(|limit| self.served >= limit) {
            return None;
        }
        if let Some(page_size) = self.page_size.filter(|size| *size <= 0) {
            return self.fail(PagingError::InvalidPageSize { action, page_size });
        }
        let asked = self.next;
        let mut call = self.builder.clone().with_page_num(asked);
        if let Some(size) = self.page_size {
            call = call.with_page_size(size);
        }
        let answer = match self.sender.send_call(call).await {
            Ok(answer) => answer,
            Err(error) => {
                self.done = true;
                return Some(Err(error));
            }
        };
        let mut page = B::into_page(answer.data);
        if let Some(answered) = page.page_num.filter(|n| *n != asked) {
            return self.fail(PagingError::WrongPage {
                action,
                asked,
                answered,
            });
        }
        let size = page.page_size.or(self.page_size);
        if size.is_some_and(|s| s <= 0) {
            return self.fail(PagingError::ZeroPageSize {
                action,
                page_num: asked,
            });
        }
        if page.items.is_empty() {
            self.done = true;
            // An empty first page still says how long the list is (zero); later ones say nothing.
            return (asked == 1).then_some(Ok(page));
        }
        let ends = (page.items.first().cloned(), page.items.last().cloned());
        if let (Some((first, last)), (Some(new_first), Some(new_last))) = (&self.previous, &ends) {
            if first == new_first && last == new_last {
                return self.fail(PagingError::RepeatedPage {
                    action,
                    page_num: asked,
                });
            }
        }
        let served = self.served + page.items.len() as u64;
        if let Some(total) = page.total {
            if u64::try_from(total).map_or(true, |total| total < served) {
                return self.fail(PagingError::TotalShrank {
                    action,
                    total,
                    served,
                });
            }
        }
        if let Some(limit) = self.limit {
            if served > limit {
                let keep = page.items.len() - usize::try_from(served - limit).unwrap_or(0);
                page.items.truncate(keep);
            }
        }
        self.served = served.min(self.limit.unwrap_or(u64::MAX));
        self.previous = match ends {
            (Some(first), Some(last)) => Some((first, last)),
            _ => None,
        };
        let reached_total = match (page.total, size) {
            (Some(total), Some(size)) => asked.checked_mul(size).is_none_or(|n| n >= total),
            // Without a total, a short page is the last one.
            (None, Some(size)) => (page.items.len() as i64) < size,
            (_, None) => false,
        };
        if reached_total {
            self.done = true;
        }
        self.next = asked.saturating_add(1);
        Some(Ok(page))
    }
}

/// The pages as the walk yields them.
type PageResults<'a, S, B> =
    BoxStream<'a, Result<Page<<B as PagedCall<'a>>::Item>, <S as Sender>::Error>>;

/// The pages of a list, read lazily: a `futures::Stream` of `Result<Page<Item>, Error>`.
///
/// Set the page size and an item limit before reading; the stream ends after the last page
/// (an empty page, or `pageNum × pageSize ≥ total`), after the limit, or after an error.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<'a, S: Sender + ?Sized, B: PagedCall<'a>> {
    start: Option<Box<Walk<'a, S, B>>>,
    stream: Option<PageResults<'a, S, B>>,
}

impl<'a, S: Sender + ?Sized, B: PagedCall<'a>> Pages<'a, S, B> {
    pub(crate) fn new(sender: &'a S, builder: B) -> Self {
        Pages {
            start: Some(Box::new(Walk {
                sender,
                builder,
                page_size: None,
                limit: None,
                next: 1,
                served: 0,
                previous: None,
                done: false,
            })),
            stream: None,
        }
    }

    /// Asks for `page_size` items a page (the server's default otherwise). Takes effect only
    /// before the first poll.
    pub fn page_size(mut self, page_size: i64) -> Self {
        if let Some(walk) = self.start.as_mut() {
            walk.page_size = Some(page_size);
        }
        self
    }

    /// Stops after `limit` items, the last page cut to fit. Takes effect only before the first
    /// poll.
    pub fn limit(mut self, limit: u64) -> Self {
        if let Some(walk) = self.start.as_mut() {
            walk.limit = Some(limit);
        }
        self
    }

    /// The items of the pages, one by one.
    pub fn items(self) -> Items<'a, S, B> {
        Items {
            pages: self,
            buffer: Vec::new().into_iter(),
        }
    }
}

impl<'a, S: Sender + ?Sized, B: PagedCall<'a>> fmt::Debug for Pages<'a, S, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("action", &B::ROUTE.action)
            .field("started", &self.start.is_none())
            .finish()
    }
}

impl<'a, S, B> Stream for Pages<'a, S, B>
where
    S: Sender + ?Sized,
    B: PagedCall<'a>,
{
    type Item = Result<Page<B::Item>, S::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.stream.is_none() {
            let Some(walk) = this.start.take() else {
                return Poll::Ready(None);
            };
            this.stream = Some(
                futures::stream::unfold(walk, |mut walk| async move {
                    walk.next_page().await.map(|page| (page, walk))
                })
                .boxed(),
            );
        }
        match this.stream.as_mut() {
            Some(stream) => stream.poll_next_unpin(cx),
            None => Poll::Ready(None),
        }
    }
}

/// The items of a list, read lazily page by page: a `futures::Stream` of `Result<Item, Error>`.
#[must_use = "streams do nothing unless polled"]
pub struct Items<'a, S: Sender + ?Sized, B: PagedCall<'a>> {
    pages: Pages<'a, S, B>,
    buffer: std::vec::IntoIter<B::Item>,
}

impl<'a, S: Sender + ?Sized, B: PagedCall<'a>> Items<'a, S, B> {
    /// Asks for `page_size` items a page. Takes effect only before the first poll.
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.pages = self.pages.page_size(page_size);
        self
    }

    /// Stops after `limit` items. Takes effect only before the first poll.
    pub fn limit(mut self, limit: u64) -> Self {
        self.pages = self.pages.limit(limit);
        self
    }
}

impl<'a, S: Sender + ?Sized, B: PagedCall<'a>> fmt::Debug for Items<'a, S, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

impl<'a, S, B> Stream for Items<'a, S, B>
where
    S: Sender + ?Sized,
    B: PagedCall<'a>,
{
    type Item = Result<B::Item, S::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match this.pages.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(page))) => this.buffer = page.items.into_iter(),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<'a, S: Sender + ?Sized, B: PagedCall<'a>> Request<'a, S, B> {
    /// The pages of the list, read lazily as the stream is polled.
    pub fn pages(self) -> Pages<'a, S, B> {
        let (sender, builder) = self.into_parts();
        Pages::new(sender, builder)
    }

    /// The items of the list, read lazily page by page as the stream is polled.
    pub fn items(self) -> Items<'a, S, B> {
        self.pages().items()
    }
}
