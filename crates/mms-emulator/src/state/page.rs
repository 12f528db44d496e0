//! Lists: sorting by the keys of a `sorter`, then cutting out page `pageNum` (from 1) of
//! `pageSize` items.

use std::cmp::Ordering;

use crate::state::values::SortOrder;

/// Which page of a list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageRequest {
    /// From 1.
    pub(crate) num: i64,
    /// At least 1.
    pub(crate) size: i64,
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Page<T> {
    pub(crate) total: i64,
    pub(crate) num: i64,
    pub(crate) size: i64,
    pub(crate) items: Vec<T>,
}

/// Page `request` of `items` (already filtered and sorted). A page past the end is empty.
pub(crate) fn page<T>(items: Vec<T>, request: PageRequest) -> Page<T> {
    let total = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let skip =
        usize::try_from((request.num - 1).saturating_mul(request.size)).unwrap_or(usize::MAX);
    let take = usize::try_from(request.size).unwrap_or(usize::MAX);
    Page {
        total,
        num: request.num,
        size: request.size,
        items: items.into_iter().skip(skip).take(take).collect(),
    }
}

/// Sorts `items` by `keys` in order (the first decides, the next break ties), each ascending
/// or descending; the sort is stable, so items that tie on every key keep their order (by id).
pub(crate) fn sort_by_keys<T, K: Copy>(
    items: &mut [T],
    keys: &[(K, SortOrder)],
    compare: impl Fn(&T, &T, K) -> Ordering,
) {
    if keys.is_empty() {
        return;
    }
    items.sort_by(|a, b| {
        keys.iter()
            .map(|(key, order)| {
                let ordering = compare(a, b, *key);
                match order {
                    SortOrder::Asc => ordering,
                    SortOrder::Desc => ordering.reverse(),
                }
            })
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cut_the_list_and_report_the_total() {
        let items: Vec<i32> = (1..=25).collect();
        let p = page(items.clone(), PageRequest { num: 3, size: 10 });
        assert_eq!(
            (p.total, p.num, p.size, p.items),
            (25, 3, 10, vec![21, 22, 23, 24, 25])
        );
        let past = page(items, PageRequest { num: 9, size: 10 });
        assert!(past.items.is_empty());
        assert_eq!(past.total, 25);
    }

    #[test]
    fn keys_sort_in_order_and_ties_keep_their_order() {
        let mut items = vec![(1, "b", 5), (2, "a", 5), (3, "b", 1), (4, "a", 9)];
        sort_by_keys(
            &mut items,
            &[(1, SortOrder::Asc), (2, SortOrder::Desc)],
            |x, y, key| {
                if key == 1 {
                    x.1.cmp(y.1)
                } else {
                    x.2.cmp(&y.2)
                }
            },
        );
        let ids: Vec<i32> = items.iter().map(|i| i.0).collect();
        assert_eq!(ids, [4, 2, 1, 3]);
    }
}
