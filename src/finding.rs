//! Findings: what a rule reports, with the places it rests on and the
//! arithmetic that proves it.

use serde::{Deserialize, Serialize};

use crate::quantity::units::{Dimension, Unit};
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A place in the text a finding points at, with what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// The figure that is wrong, or the one the others are checked against.
    pub primary: Span,
    /// The other figures the finding rests on.
    pub related: Vec<Label>,
    /// In plain words.
    pub message: String,
    /// The arithmetic.
    pub explanation: String,
}

impl Finding {
    /// The finding with every span moved by `offset` (from a window of a
    /// file to the file).
    pub fn shifted(mut self, offset: usize) -> Self {
        let shift = |s: Span| Span::new(s.start + offset, s.end + offset);
        self.primary = shift(self.primary);
        for l in &mut self.related {
            l.span = shift(l.span);
        }
        self
    }
}

/// Formats a figure for a message: thousands separators, at most three
/// decimals, no float noise.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return if x > 0.0 { "∞".into() } else { "-∞".into() };
    }
    // Beyond a quadrillion the digits would be float noise.
    if x.abs() >= 1e15 {
        return format!("{x:e}");
    }
    let decimals = if x.abs() >= 100.0 {
        0
    } else if x.abs() >= 10.0 {
        1
    } else {
        2
    };
    with_decimals(x, decimals)
}

/// `x` with at most `decimals` decimals, thousands grouped.
pub fn with_decimals(x: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (n, c) in int.chars().enumerate() {
        if n > 0 && (int.len() - n) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let frac = frac.trim_end_matches('0');
    let sign = if x < 0.0 && s.chars().any(|c| c != '0' && c != '.') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A figure in its unit for a message: money with its sign and scale
/// ("£44m", "$2.1bn", "€310"), other figures as [`number`] gives them.
pub fn amount(x: f64, unit: Option<&Unit>) -> String {
    // "250 minutes": a duration worked in one unit from two ("4 hours 10
    // minutes") reads best in that unit.
    if let Some(u) = unit.filter(|u| u.dimension == Dimension::Time) {
        let name = if x == 1.0 {
            u.name.to_string()
        } else {
            crate::quantity::units::plural(u.name)
        };
        return format!("{} {name}", number(x));
    }
    let Some(u) = unit.filter(|u| u.dimension == Dimension::Currency) else {
        return number(x);
    };
    // Pence and cents are written as such: "10p", not "£10".
    if u.factor != 1.0 {
        let sign = if x < 0.0 { "-" } else { "" };
        let sub = if u.name == "GBP" { "p" } else { " cents" };
        return format!("{sign}{}{sub}", number(x.abs()));
    }
    let symbol = match u.name {
        "GBP" => "£",
        "USD" => "$",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        _ => "",
    };
    let (scaled, suffix) = if x.abs() >= 1e9 {
        (x / 1e9, "bn")
    } else if x.abs() >= 1e6 {
        (x / 1e6, "m")
    } else {
        (x, "")
    };
    let sign = if scaled < 0.0 { "-" } else { "" };
    if symbol.is_empty() {
        // Codes ("CHF") as they are, words ("crown") in the plural.
        let name = if u.name.bytes().all(|b| b.is_ascii_uppercase()) {
            u.name.to_string()
        } else {
            crate::quantity::units::plural(u.name)
        };
        format!("{sign}{}{suffix} {name}", number(scaled.abs()))
    } else {
        format!("{sign}{symbol}{}{suffix}", number(scaled.abs()))
    }
}

/// "13.8%–20%": an interval for a message.
pub fn range(low: f64, high: f64, suffix: &str) -> String {
    if (high - low).abs() < 1e-9 * high.abs().max(1.0) {
        format!("{}{suffix}", number(low))
    } else if high.is_infinite() {
        format!("at least {}{suffix}", number(low))
    } else if low.is_infinite() || low <= 0.0 && suffix.is_empty() {
        format!("at most {}{suffix}", number(high))
    } else {
        // "38.45%–38.55%", not "38.5%–38.5%" or "38.4%–38.6%": one more
        // decimal when it makes an end exact, as many as tell the ends apart.
        let (mut a, mut b) = (number(low), number(high));
        let shown = |t: &str| t.split_once('.').map_or(0, |(_, f)| f.len());
        let mut decimals = shown(&a).max(shown(&b)) + 1;
        let exact = |x: f64, d: usize| (x * 10f64.powi(d as i32)).fract().abs() < 1e-6;
        if !exact(low, decimals - 1) && exact(low, decimals)
            || !exact(high, decimals - 1) && exact(high, decimals)
        {
            (a, b) = (with_decimals(low, decimals), with_decimals(high, decimals));
        }
        while a == b && decimals <= 6 {
            (a, b) = (with_decimals(low, decimals), with_decimals(high, decimals));
            decimals += 1;
        }
        format!("{a}{suffix}–{b}{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_prose() {
        assert_eq!(number(1860.0), "1,860");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(-16.6), "-16.6");
        assert_eq!(number(1_570_000.0), "1,570,000");
        assert_eq!(range(13.8, 20.0, "%"), "13.8%–20%");
        assert_eq!(range(38.45, 38.55, "%"), "38.45%–38.55%");
        assert_eq!(amount(47.0, Some(&crate::quantity::units::PENNY)), "47p");
        assert_eq!(
            amount(12.0, Some(&crate::quantity::units::CENT)),
            "12 cents"
        );
        assert_eq!(range(26.45, 26.55, "%"), "26.45%–26.55%");
        assert_eq!(range(15.384_615, 18.181_818, "%"), "15.4%–18.2%");
        assert_eq!(range(3_250.0, 3_250.4, ""), "3,250–3,250.4");
        assert_eq!(range(15.0, f64::INFINITY, ""), "at least 15");
        assert_eq!(number(1e36), "1e36");
        use crate::quantity::units::{GBP, METRE, USD};
        assert_eq!(amount(44e6, Some(&GBP)), "£44m");
        assert_eq!(amount(2.1e9, Some(&USD)), "$2.1bn");
        assert_eq!(amount(-310.0, Some(&GBP)), "-£310");
        assert_eq!(amount(1500.0, Some(&METRE)), "1,500");
    }
}
