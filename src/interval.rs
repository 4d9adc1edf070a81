//! Closed intervals of reals and the arithmetic the rules decide with.
//!
//! A stated figure is never a point: "12.5%" is [12.45, 12.55] and "about
//! 120" is [108, 132]. Rules combine such intervals and report an error only
//! when the intervals of both sides cannot meet.

use serde::{Deserialize, Serialize};

/// `[low, high]`; either end may be infinite for open bounds ("more than 15").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

#[allow(clippy::should_implement_trait)] // interval arithmetic reads best as named methods
impl Interval {
    pub fn new(low: f64, high: f64) -> Self {
        if low <= high {
            Interval { low, high }
        } else {
            Interval {
                low: high,
                high: low,
            }
        }
    }

    pub fn point(value: f64) -> Self {
        Interval::new(value, value)
    }

    /// `value ± half_width`.
    pub fn around(value: f64, half_width: f64) -> Self {
        Interval::new(value - half_width.abs(), value + half_width.abs())
    }

    pub fn mid(self) -> f64 {
        if self.low.is_finite() && self.high.is_finite() {
            (self.low + self.high) / 2.0
        } else if self.low.is_finite() {
            self.low
        } else {
            self.high
        }
    }

    pub fn is_bounded(self) -> bool {
        self.low.is_finite() && self.high.is_finite()
    }

    pub fn contains(self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }

    /// True when some value lies in both intervals. Ends that meet are
    /// compared with a relative slack of one part in a billion, so that a
    /// boundary computed in floating point (100 to 37.25 is 62.7499...%)
    /// still meets the rounding bound it equals (62.75%).
    pub fn overlaps(self, other: Interval) -> bool {
        let slack = |a: f64, b: f64| 1e-9 * a.abs().max(b.abs()).max(1.0);
        let meets = |low: f64, high: f64| low <= high || low - high <= slack(low, high);
        meets(self.low, other.high) && meets(other.low, self.high)
    }

    pub fn add(self, other: Interval) -> Interval {
        Interval::new(self.low + other.low, self.high + other.high)
    }

    pub fn sub(self, other: Interval) -> Interval {
        Interval::new(self.low - other.high, self.high - other.low)
    }

    pub fn mul(self, other: Interval) -> Interval {
        let c = [
            self.low * other.low,
            self.low * other.high,
            self.high * other.low,
            self.high * other.high,
        ];
        hull(&c)
    }

    /// `self / other`, or `None` when `other` holds zero.
    pub fn div(self, other: Interval) -> Option<Interval> {
        if other.contains(0.0) {
            return None;
        }
        let c = [
            self.low / other.low,
            self.low / other.high,
            self.high / other.low,
            self.high / other.high,
        ];
        Some(hull(&c))
    }

    pub fn scale(self, factor: f64) -> Interval {
        Interval::new(self.low * factor, self.high * factor)
    }

    pub fn shift(self, by: f64) -> Interval {
        Interval::new(self.low + by, self.high + by)
    }

    /// The absolute values of the interval's points: a change that may be a
    /// small rise or a fall ([-0.2, 0.1]) has a size anywhere in [0, 0.2].
    pub fn abs(self) -> Interval {
        if self.low >= 0.0 {
            self
        } else if self.high <= 0.0 {
            self.scale(-1.0)
        } else {
            Interval::new(0.0, self.high.max(-self.low))
        }
    }

    /// Widened on both sides by `relative` of its magnitude.
    pub fn widen(self, relative: f64) -> Interval {
        Interval::new(
            self.low - self.low.abs() * relative,
            self.high + self.high.abs() * relative,
        )
    }

    /// The distance between the two intervals, 0 when they overlap.
    pub fn gap(self, other: Interval) -> f64 {
        if self.overlaps(other) {
            0.0
        } else if self.high < other.low {
            other.low - self.high
        } else {
            self.low - other.high
        }
    }
}

fn hull(values: &[f64]) -> Interval {
    let low = values
        .iter()
        .copied()
        .filter(|v| !v.is_nan())
        .fold(f64::INFINITY, f64::min);
    let high = values
        .iter()
        .copied()
        .filter(|v| !v.is_nan())
        .fold(f64::NEG_INFINITY, f64::max);
    Interval::new(low, high)
}

/// How far the widths are stretched for the near-miss reading: by a
/// quarter, so "about 120" against 135 is a near miss (info) but "about
/// 54,000" against "about 71,000" is an error.
pub const STRETCH: f64 = 1.25;

/// How much slack the words and the written precision of a figure give it.
/// The defaults are documented in the README ("Tolerances") and can be set
/// in `numcheck.toml` under `[tolerance]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Tolerances {
    /// "about", "around", "roughly", "some", "an estimated", "~": ± this share.
    pub approximate: f64,
    /// ... but never less than this many units for small counts ("about 5" is 4-6).
    pub approximate_min: f64,
    /// "nearly", "almost", "just under": up to this share below the figure.
    pub nearly: f64,
    /// Word fractions ("a third", "half", "two-thirds") are this share either side.
    pub fraction_word: f64,
    /// Slack on a "one in N" ratio's N, in units of N.
    pub one_in_n: f64,
}

impl Tolerances {
    /// Every width must be a finite share or count that leaves a figure
    /// positive: a negative or huge width would make every text consistent.
    pub fn validate(&self) -> Result<(), String> {
        let shares = [
            ("approximate", self.approximate),
            ("nearly", self.nearly),
            ("fraction-word", self.fraction_word),
        ];
        for (key, v) in shares {
            if !(0.0..1.0).contains(&v) {
                return Err(format!(
                    "[tolerance] {key} = {v}: expected a share from 0 up to 1 (0.1 is 10%)"
                ));
            }
        }
        for (key, v) in [
            ("approximate-min", self.approximate_min),
            ("one-in-n", self.one_in_n),
        ] {
            if !(0.0..=1000.0).contains(&v) {
                return Err(format!(
                    "[tolerance] {key} = {v}: expected a count from 0 to 1000"
                ));
            }
        }
        Ok(())
    }

    /// Every width stretched by [`STRETCH`]: the generous reading under
    /// which a near miss ("about 120" against 135) is only `info`.
    pub fn stretched(&self) -> Tolerances {
        Tolerances {
            approximate: self.approximate * STRETCH,
            approximate_min: self.approximate_min * STRETCH,
            nearly: self.nearly * STRETCH,
            fraction_word: self.fraction_word * STRETCH,
            one_in_n: self.one_in_n * STRETCH,
        }
    }
}

impl Default for Tolerances {
    fn default() -> Self {
        Tolerances {
            approximate: 0.10,
            approximate_min: 1.0,
            nearly: 0.10,
            fraction_word: 0.05,
            one_in_n: 0.5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_closed_at_the_ends() {
        assert!(Interval::new(1.0, 2.0).overlaps(Interval::new(2.0, 3.0)));
        assert!(!Interval::new(1.0, 2.0).overlaps(Interval::new(2.000001, 3.0)));
    }

    #[test]
    fn ends_equal_up_to_floating_point_meet() {
        // (100 - 37.25) / 100 is 62.75% exactly, 62.7499...% in f64.
        let change = Interval::point((100.0 - 37.25) / 100.0 * 100.0);
        assert!(change.overlaps(Interval::new(62.75, 62.85)));
        assert!(!change.overlaps(Interval::new(62.76, 62.85)));
    }

    #[test]
    fn arithmetic_takes_the_extremes() {
        let a = Interval::new(1.0, 2.0);
        let b = Interval::new(10.0, 20.0);
        assert_eq!(a.add(b), Interval::new(11.0, 22.0));
        assert_eq!(b.sub(a), Interval::new(8.0, 19.0));
        assert_eq!(a.mul(b), Interval::new(10.0, 40.0));
        assert_eq!(b.div(a), Some(Interval::new(5.0, 20.0)));
        assert_eq!(b.div(Interval::new(-1.0, 1.0)), None);
    }

    #[test]
    fn abs_spans_zero_when_the_sign_is_open() {
        assert_eq!(Interval::new(2.0, 3.0).abs(), Interval::new(2.0, 3.0));
        assert_eq!(Interval::new(-3.0, -2.0).abs(), Interval::new(2.0, 3.0));
        assert_eq!(Interval::new(-0.2, 0.1).abs(), Interval::new(0.0, 0.2));
        assert_eq!(Interval::new(-0.1, 0.0).abs(), Interval::new(0.0, 0.1));
    }

    #[test]
    fn gap_is_zero_when_overlapping() {
        assert_eq!(Interval::new(1.0, 2.0).gap(Interval::new(1.5, 3.0)), 0.0);
        assert_eq!(Interval::new(1.0, 2.0).gap(Interval::new(3.0, 4.0)), 1.0);
        assert_eq!(Interval::new(3.0, 4.0).gap(Interval::new(1.0, 2.0)), 1.0);
    }

    #[test]
    fn open_bounds_are_infinite() {
        let more_than = Interval::new(15.0, f64::INFINITY);
        assert!(more_than.contains(1e12));
        assert!(!more_than.is_bounded());
        assert_eq!(more_than.mid(), 15.0);
    }
}
