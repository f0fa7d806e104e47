//! Proleptic Gregorian calendar arithmetic: days since 1970-01-01, weekdays, ISO weeks.
//!
//! Relative dates ("Sunday", "a year ago", "last week") are resolved by counting days from the
//! article's reference date, across month and year ends. A day number makes that plain integer
//! arithmetic. The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
//! algorithms; pulling in `chrono` for four functions was rejected (size in the WASM bundle).

use crate::words::{abbreviated_month, MONTHS, WEEKDAYS};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct CivilDate {
    pub year: i32,
    /// 1..=12.
    pub month: u32,
    /// 1..=31.
    pub day: u32,
}

impl CivilDate {
    /// The date if `year`, `month` and `day` name a real day.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(CivilDate { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.days() + n)
    }

    /// The weekday, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u32
    }

    /// The first day of the month `n` months later (earlier when negative).
    pub fn add_months(self, n: i64) -> CivilDate {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        CivilDate {
            year: index.div_euclid(12) as i32,
            month: index.rem_euclid(12) as u32 + 1,
            day: 1,
        }
    }

    /// `YYYY-MM-DD`.
    pub fn iso_day(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYY-MM`.
    pub fn iso_month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// The ISO 8601 week, `YYYY-Www`: weeks start on Monday and belong to the year of their
    /// Thursday, so 2019-12-31 is in `2020-W01`.
    pub fn iso_week(self) -> String {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = CivilDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        format!("{:04}-W{:02}", thursday.year, week)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let mut parts = s.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if !(digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2)) {
            return None;
        }
        CivilDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

/// Whether `year` has a 29 February.
fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// How many days `month` of `year` has.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month (1..=12) named by `word`: the full name, or its first three letters (four for
/// "Sept"), in any case, with or without a trailing period.
pub(crate) fn month_named(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w))
        .map(|i| i as u32 + 1)
        .or_else(|| abbreviated_month(w))
}

/// The weekday (0 = Monday) named by `word` in full.
pub(crate) fn weekday_named(word: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> CivilDate {
        CivilDate::new(y, m, d).unwrap()
    }

    #[test]
    fn day_numbers_round_trip_and_start_at_the_epoch() {
        assert_eq!(date(1970, 1, 1).days(), 0);
        assert_eq!(date(2000, 3, 1).days(), 11_017);
        for n in [-800_000, -1, 0, 18_262, 700_000] {
            assert_eq!(CivilDate::from_days(n).days(), n);
        }
    }

    #[test]
    fn adding_days_crosses_month_and_year_ends() {
        assert_eq!(date(2019, 12, 31).add_days(1), date(2020, 1, 1));
        assert_eq!(date(2020, 3, 1).add_days(-1), date(2020, 2, 29));
        assert_eq!(date(2019, 3, 1).add_days(-1), date(2019, 2, 28));
    }

    #[test]
    fn weekdays_count_from_monday() {
        assert_eq!(date(2020, 1, 1).weekday(), 2); // a Wednesday
        assert_eq!(date(2019, 6, 27).weekday(), 3); // a Thursday
        assert_eq!(date(1969, 12, 28).weekday(), 6); // a Sunday, before the epoch
    }

    #[test]
    fn iso_weeks_belong_to_the_year_of_their_thursday() {
        assert_eq!(date(2019, 12, 31).iso_week(), "2020-W01");
        assert_eq!(date(2021, 1, 3).iso_week(), "2020-W53");
        assert_eq!(date(2019, 12, 25).iso_week(), "2019-W52");
    }

    #[test]
    fn months_step_across_years() {
        assert_eq!(date(2020, 1, 15).add_months(-1), date(2019, 12, 1));
        assert_eq!(date(2019, 12, 15).add_months(1), date(2020, 1, 1));
    }

    #[test]
    fn invalid_days_are_refused() {
        assert_eq!(CivilDate::new(2019, 2, 29), None);
        assert_eq!(CivilDate::new(2019, 13, 1), None);
        assert_eq!(CivilDate::parse_iso("2019-02-30"), None);
        assert_eq!(CivilDate::parse_iso("2019-12-31"), Some(date(2019, 12, 31)));
        assert_eq!(CivilDate::parse_iso("19-12-31"), None);
    }

    #[test]
    fn month_names_accept_abbreviations() {
        assert_eq!(month_named("Dec."), Some(12));
        assert_eq!(month_named("Sept"), Some(9));
        assert_eq!(month_named("june"), Some(6));
        assert_eq!(month_named("Ju"), None);
        assert_eq!(month_named("Decade"), None);
    }
}
