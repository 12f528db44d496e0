//! When a timer fires: `Daily` at `HH:MM`, `Hourly` at minute `MM`, in UTC of virtual time.

use crate::clock::Millis;
use crate::state::values::ScheduleType;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// A checked schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Schedule {
    Daily { hour: i64, minute: i64 },
    Hourly { minute: i64 },
}

fn number(text: &str, max: i64) -> Option<i64> {
    if text.is_empty() || text.len() > 2 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|n| *n <= max)
}

impl Schedule {
    /// Checks `value` for `kind`; the error says the expected form.
    pub(crate) fn parse(kind: ScheduleType, value: &str) -> Result<Self, String> {
        match kind {
            ScheduleType::Daily => {
                let parsed = value
                    .split_once(':')
                    .and_then(|(h, m)| Some((number(h, 23)?, number(m, 59)?)));
                parsed
                    .map(|(hour, minute)| Self::Daily { hour, minute })
                    .ok_or_else(|| {
                        format!("A Daily timer's value is HH:MM (00:00 to 23:59), not {value:?}.")
                    })
            }
            ScheduleType::Hourly => number(value, 59)
                .map(|minute| Self::Hourly { minute })
                .ok_or_else(|| {
                    format!("An Hourly timer's value is the minute MM (00 to 59), not {value:?}.")
                }),
        }
    }

    /// The first firing strictly after `after`.
    pub(crate) fn next_after(self, after: Millis) -> Millis {
        let t = after.0;
        match self {
            Self::Daily { hour, minute } => {
                let day = t.div_euclid(DAY) * DAY;
                let at = day + hour * HOUR + minute * MINUTE;
                Millis(if at > t { at } else { at + DAY })
            }
            Self::Hourly { minute } => {
                let hour = t.div_euclid(HOUR) * HOUR;
                let at = hour + minute * MINUTE;
                Millis(if at > t { at } else { at + HOUR })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked() {
        assert_eq!(
            Schedule::parse(ScheduleType::Daily, "02:30"),
            Ok(Schedule::Daily {
                hour: 2,
                minute: 30
            })
        );
        assert_eq!(
            Schedule::parse(ScheduleType::Hourly, "5"),
            Ok(Schedule::Hourly { minute: 5 })
        );
        for (kind, bad) in [
            (ScheduleType::Daily, "24:00"),
            (ScheduleType::Daily, "2"),
            (ScheduleType::Daily, "aa:bb"),
            (ScheduleType::Hourly, "60"),
            (ScheduleType::Hourly, "-1"),
            (ScheduleType::Hourly, ""),
        ] {
            assert!(Schedule::parse(kind, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn next_firing_is_strictly_later() {
        let t = Millis::parse("2024-12-17 15:44:17").unwrap_or_default();
        let daily = Schedule::Daily {
            hour: 2,
            minute: 30,
        };
        assert_eq!(daily.next_after(t).text(), "2024-12-18 02:30:00");
        let at = daily.next_after(t);
        assert_eq!(daily.next_after(at).text(), "2024-12-19 02:30:00");
        let hourly = Schedule::Hourly { minute: 50 };
        assert_eq!(hourly.next_after(t).text(), "2024-12-17 15:50:00");
        assert_eq!(
            Schedule::Hourly { minute: 0 }.next_after(t).text(),
            "2024-12-17 16:00:00"
        );
    }
}
