//! Extraction: every number in a text as a typed [`Quantity`] with its interval.
//!
//! The scanner ([`scan`]) finds the few places where a number can start and
//! runs the nom grammar ([`phrase`], built on [`number`]) there; [`classify`]
//! then types the numbers that are not quantities (years, dates, ages,
//! scores, identifiers) from the words around them, and [`noun`] finds what
//! each one counts. Parsers use nom's `complete` input throughout.

pub mod classify;
pub mod column;
pub mod compound;
pub mod elided;
pub mod lexicon;
pub mod noun;
pub mod number;
pub mod phrase;
pub mod scan;
pub mod units;

use serde::Serialize;

use crate::interval::{Interval, Tolerances};
use crate::span::Span;
use number::{Form, Numeral};
use phrase::{Body, Figure, Phrase, Suffix};
use units::{Dimension, Unit};

/// What kind of figure a number is. Rules relate only the kinds for which
/// [`Kind::is_amount`] holds; the others are typed so that they are skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Count,
    Percent,
    PercentagePoints,
    Fraction,
    Ratio,
    Money,
    Measure,
    Year,
    Date,
    Time,
    Age,
    Duration,
    Ordinal,
    Score,
    Identifier,
    Other,
}

impl Kind {
    /// Amounts take part in arithmetic; years, dates, scores and the like do not.
    pub fn is_amount(self) -> bool {
        matches!(
            self,
            Kind::Count
                | Kind::Percent
                | Kind::PercentagePoints
                | Kind::Fraction
                | Kind::Ratio
                | Kind::Money
                | Kind::Measure
                | Kind::Duration
        )
    }

    /// A share of a whole: "12%", "a third", "one in five".
    pub fn is_share(self) -> bool {
        matches!(self, Kind::Percent | Kind::Fraction | Kind::Ratio)
    }
}

/// An approximation or bound word before a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    /// "about", "around", "roughly", "some", "approximately", "an estimated", "~"
    About,
    /// "nearly", "almost", "just under": a little below
    Nearly,
    /// "just over", "a little over", "slightly more than": a little above
    JustOver,
    /// "more than", "over", "above", "upwards of"
    MoreThan,
    /// "at least", "no fewer than"
    AtLeast,
    /// "fewer than", "less than", "under", "below"
    LessThan,
    /// "up to", "at most", "no more than", "as many as"
    AtMost,
}

/// One number in the text, typed, with the interval of values it allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub kind: Kind,
    /// The figure as stated after scale words; `None` for a range.
    pub value: Option<f64>,
    /// A range as written (`10-15` -> (10, 15)).
    pub range: Option<(f64, f64)>,
    pub hedge: Option<Hedge>,
    /// The values the text allows after rounding and hedges.
    pub interval: Interval,
    /// The same with every tolerance stretched by a quarter: a contradiction that holds
    /// for `interval` but not for `loose` is only a near miss.
    pub loose: Interval,
    pub unit: Option<&'static Unit>,
    /// The head noun it counts, lowercased and singular ("migrant").
    pub noun: Option<String>,
    /// The unit of the last written digit (1 for "120", 0.1 for "3.4").
    pub step: f64,
    /// Written in words ("fifteen", "a third").
    pub words: bool,
    /// "dozens of", "hundreds of".
    pub vague: bool,
}

impl Quantity {
    /// The single value the figure states: its value, or a range's middle.
    pub fn point(&self) -> f64 {
        self.value.unwrap_or_else(|| self.interval.mid())
    }

    pub fn dimension(&self) -> Option<Dimension> {
        self.unit.map(|u| u.dimension)
    }

    /// The interval as a share of one (12% -> [0.115, 0.125]).
    pub fn share(&self) -> Option<Interval> {
        self.as_share(self.interval)
    }

    /// The loose interval as a share of one.
    pub fn loose_share(&self) -> Option<Interval> {
        self.as_share(self.loose)
    }

    fn as_share(&self, i: Interval) -> Option<Interval> {
        match self.kind {
            Kind::Percent => Some(i.scale(0.01)),
            Kind::Fraction | Kind::Ratio => Some(i),
            _ => None,
        }
    }
}

/// Extracts every number of `text`, a text of one block.
pub fn extract(text: &str, tolerances: &Tolerances) -> Vec<Quantity> {
    extract_blocks(text, &[], tolerances)
}

/// Extracts every number of `text`, the prose view of a file (see
/// `segment`) with its sorted block `breaks`: offsets are those of the file.
pub fn extract_blocks(text: &str, breaks: &[usize], tolerances: &Tolerances) -> Vec<Quantity> {
    let mut out = Vec::new();
    let stretched = tolerances.stretched();
    scan::each_phrase(text, breaks, |span, phrase| {
        out.push(build(span, &phrase, tolerances, &stretched))
    });
    for i in 0..out.len() {
        classify::refine(text, &mut out, i);
    }
    classify::years_named_again(text, &mut out);
    compound::join_two_units(text, &mut out);
    classify::pounds_of_weight(text, &mut out);
    column::scale_by_header(text, &mut out);
    noun::attach(text, &mut out);
    elided::inherit_scale(text, &mut out);
    elided::inherit(text, &mut out);
    elided::inherit_in_list(text, &mut out);
    elided::inherit_by_scale_word(text, &mut out);
    elided::inherit_named_unit(text, &mut out);
    out
}

fn kind_of(figure: &Figure) -> Kind {
    if figure.currency.is_some() {
        return Kind::Money;
    }
    match figure.suffix {
        Suffix::Percent => Kind::Percent,
        Suffix::PercentagePoints => Kind::PercentagePoints,
        Suffix::Unit(u) if u.dimension == Dimension::Time => Kind::Duration,
        Suffix::Unit(u) if u.dimension == Dimension::Currency => Kind::Money,
        Suffix::Unit(_) => Kind::Measure,
        Suffix::Age => Kind::Age,
        Suffix::Decade => Kind::Year,
        Suffix::Ordinal => Kind::Ordinal,
        Suffix::Clock => Kind::Time,
        Suffix::Scale => Kind::Other,
        Suffix::None => match figure.numeral.form {
            Form::FractionWords | Form::FractionDigits => Kind::Fraction,
            Form::Dotted => Kind::Identifier,
            _ => Kind::Count,
        },
    }
}

fn unit_of(figure: &Figure) -> Option<&'static Unit> {
    match figure.suffix {
        Suffix::Unit(u) => Some(u),
        _ => figure.currency,
    }
}

/// The interval a figure allows from its written precision alone.
pub fn rounding(numeral: &Numeral, value: f64, kind: Kind, tol: &Tolerances) -> Interval {
    match numeral.form {
        Form::FractionWords => Interval::around(value, value.abs() * tol.fraction_word),
        Form::Vague { high } => Interval::new(value, high as f64),
        _ => {
            let rounded = numeral.step < 1.0
                || numeral.scale > 1.0
                || matches!(kind, Kind::Percent | Kind::PercentagePoints);
            let half = if rounded { numeral.step / 2.0 } else { 0.0 };
            Interval::around(value, half)
        }
    }
}

/// Applies a hedge to the rounding interval of a figure stating `value`.
pub fn hedged(
    base: Interval,
    value: f64,
    hedge: Option<Hedge>,
    kind: Kind,
    tol: &Tolerances,
) -> Interval {
    let floor = if matches!(kind, Kind::Measure | Kind::Money) && value < 0.0 {
        f64::NEG_INFINITY
    } else {
        0.0
    };
    match hedge {
        None => base,
        Some(Hedge::About) => {
            let min = if kind == Kind::Count {
                tol.approximate_min
            } else {
                0.0
            };
            let w = (value.abs() * tol.approximate).max(min);
            Interval::new(base.low - w, base.high + w)
        }
        Some(Hedge::Nearly) => Interval::new(base.low - value.abs() * tol.nearly, base.high),
        Some(Hedge::JustOver) => Interval::new(base.low, base.high + value.abs() * tol.nearly),
        Some(Hedge::MoreThan | Hedge::AtLeast) => Interval::new(base.low, f64::INFINITY),
        Some(Hedge::LessThan | Hedge::AtMost) => Interval::new(floor.min(base.low), base.high),
    }
}

/// The interval a phrase allows under the tolerances `tol`.
fn interval_of(body: &Body, hedge: Option<Hedge>, kind: Kind, tol: &Tolerances) -> Interval {
    match *body {
        Body::Single(f) => {
            let v = f.value();
            hedged(rounding(&f.numeral, v, kind, tol), v, hedge, kind, tol)
        }
        Body::Range(lo, hi) => {
            let (a, b) = (lo.value(), hi.value());
            let low = rounding(&lo.numeral, a, kind, tol);
            let high = rounding(&hi.numeral, b, kind, tol);
            hedged(
                Interval::new(low.low, high.high),
                (a + b) / 2.0,
                hedge,
                kind,
                tol,
            )
        }
        Body::Ratio(n, d) => {
            // "one in five" is loose by nature. "Roughly three out of four" is
            // loose by its hedge too: the wider of the two on each side, not
            // the one stretched by the other.
            // A bound ("fewer than one in three") is the writer's own edge:
            // only half the slack of a rounded N.
            let bound = matches!(
                hedge,
                Some(Hedge::MoreThan | Hedge::AtLeast | Hedge::LessThan | Hedge::AtMost)
            );
            let slack = match (d.value >= 2.0, bound) {
                (false, _) => 0.0,
                (true, true) => tol.one_in_n / 2.0,
                (true, false) => tol.one_in_n,
            };
            let value = n.value / d.value;
            let base = Interval::new(n.value / (d.value + slack), n.value / (d.value - slack));
            if hedge == Some(Hedge::About) {
                let about = hedged(Interval::point(value), value, hedge, kind, tol);
                return Interval::new(base.low.min(about.low), base.high.max(about.high));
            }
            hedged(base, value, hedge, kind, tol)
        }
        Body::Score(a, b) | Body::Years(a, b) => Interval::new(a, b),
        Body::Phone => Interval::point(0.0),
        Body::Elapsed(s) => hedged(Interval::point(s), s, hedge, kind, tol),
    }
}

/// A quantity from a parsed phrase; `stretched` are the tolerances of its
/// loose interval.
/// The largest magnitude numcheck computes with. Beyond it ("10^400",
/// "999999999999999999999999 trillion") a figure is kept as `other` with no
/// value and an unbounded interval, so no rule can produce `inf` or `NaN`
/// from it: sums and products of in-range figures stay finite.
pub const MAX_MAGNITUDE: f64 = 1e100;

fn in_range(v: f64) -> bool {
    v.is_finite() && v.abs() <= MAX_MAGNITUDE
}

fn out_of_range(mut q: Quantity) -> Quantity {
    q.kind = Kind::Other;
    q.interval = Interval::new(f64::NEG_INFINITY, f64::INFINITY);
    q.loose = q.interval;
    q
}

fn build(span: Span, phrase: &Phrase, tol: &Tolerances, stretched: &Tolerances) -> Quantity {
    let mut q = Quantity {
        span,
        kind: Kind::Count,
        value: None,
        range: None,
        hedge: phrase.hedge,
        interval: Interval::point(0.0),
        loose: Interval::point(0.0),
        unit: None,
        noun: None,
        step: 1.0,
        words: false,
        vague: false,
    };
    match phrase.body {
        Body::Single(f) => {
            let v = f.value();
            if !in_range(v) {
                return out_of_range(q);
            }
            q.kind = kind_of(&f);
            q.unit = unit_of(&f);
            q.vague = matches!(f.numeral.form, Form::Vague { .. });
            // A vague amount states no one value, only its bounds.
            q.value = Some(v).filter(|_| !q.vague);
            q.step = f.numeral.step;
            q.words = matches!(f.numeral.form, Form::Words | Form::FractionWords);
            q.noun = f.compound.map(noun::normalise);
        }
        Body::Range(lo, hi) => {
            let (a, b) = (lo.value(), hi.value());
            if !in_range(a) || !in_range(b) {
                return out_of_range(q);
            }
            q.kind = kind_of(&hi);
            q.unit = unit_of(&hi);
            q.range = Some((a, b));
            q.step = hi.numeral.step;
            q.noun = hi.compound.map(noun::normalise);
        }
        Body::Ratio(n, d) => {
            if !in_range(n.value / d.value) {
                return out_of_range(q);
            }
            q.kind = Kind::Ratio;
            q.words = n.form == Form::Words;
            q.value = Some(n.value / d.value);
            q.step = 0.0;
        }
        Body::Score(a, b) => {
            q.kind = Kind::Score;
            q.range = Some((a, b));
        }
        Body::Years(a, b) => {
            q.kind = Kind::Year;
            q.range = Some((a, b));
        }
        Body::Phone => q.kind = Kind::Identifier,
        Body::Elapsed(s) => {
            q.kind = Kind::Duration;
            q.unit = Some(&units::SECOND);
            q.value = Some(s);
        }
    }
    q.interval = interval_of(&phrase.body, q.hedge, q.kind, tol);
    q.loose = interval_of(&phrase.body, q.hedge, q.kind, stretched);
    q
}

#[cfg(test)]
mod tests;
