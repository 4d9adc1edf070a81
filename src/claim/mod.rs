//! Relations between quantities that speak of the same thing.
//!
//! Each relation has its own module that finds it from the quantities and
//! the words around them. Finding a relation is where false alarms are
//! born, so each finder is strict: when it is not sure that two numbers
//! describe the same thing, it makes no claim.

pub mod across;
pub mod age;
pub mod announced_parts;
pub mod breakdown;
mod breakdown_gap;
pub mod change;
pub mod change_apart;
pub mod change_in_time;
pub mod change_restated;
pub mod compared_back;
pub mod context;
pub mod conversion;
pub mod described_again;
pub mod difference_named;
pub mod difference_than;
pub mod duration_again;
pub mod earlier_start;
pub mod factor_change;
pub mod headline_change;
mod headline_share;
pub mod headline_span;
pub mod last_time;
pub mod list;
pub mod list_apart;
pub mod list_over_total;
mod margin;
pub mod outcomes;
pub mod part;
mod possessed_again;
pub mod premium;
pub mod proportion;
pub mod ratio_restated;
pub mod referred_change;
mod remainder_closes;
pub mod restatement;
pub mod share_apart;
pub mod share_beside_whole;
pub mod share_of_counted;
mod share_of_named_part;
mod share_of_part;
pub mod shares;
mod sibling_shares;
mod stale_start;
mod synonyms;
pub mod table;
pub mod table_change;
pub mod table_prose;
pub mod table_rate;
mod time;
pub mod vote;
pub mod year;

use crate::Document;
use crate::quantity::{Kind, Quantity};
use crate::span::Span;
use context::{Layout, Place};

/// A relation the text asserts between quantities (indexes into the
/// document's quantities).
#[derive(Debug, Clone, PartialEq)]
pub enum Claim {
    /// `part` is a part of `whole` ("15 of the 120 migrants").
    PartOfWhole { part: usize, whole: usize },
    /// `share` states `part / whole` ("620 of the 2,480 cases, about one in
    /// six"); `part == whole` is a share written as its counts, said again
    /// ("58 out of 96, or about 60%").
    Proportion {
        part: usize,
        whole: usize,
        share: usize,
    },
    /// `share` is one of two sides, `one` or `other`, as a part of both:
    /// a vote ("by 29 votes to 22, meaning that 70% ... backed it"), or two
    /// outcomes ("won 38 and lost 26 ... a 71% win rate").
    ShareOfTwo {
        one: usize,
        other: usize,
        share: usize,
    },
    /// `parts` add up to `total` ("£58m: £27m for roads, £14m ..."); when
    /// `open` ("... and the rest on tax cuts") they only must not exceed it.
    Breakdown {
        total: usize,
        parts: Vec<usize>,
        open: bool,
    },
    /// Shares of one whole; `exhaustive` when they must total 100%, else at most 100%.
    Shares {
        shares: Vec<usize>,
        exhaustive: bool,
    },
    /// A change from `from` to `to`, stated as `stated`.
    Change {
        from: usize,
        to: usize,
        stated: Stated,
    },
    /// The same figure for the same thing, stated twice.
    Restatement { first: usize, second: usize },
    /// `to` is `from` converted to another unit; a `difference` of
    /// temperatures ("risen by 1.6C") converts without the offset.
    Conversion {
        from: usize,
        to: usize,
        difference: bool,
    },
    /// `to` is the sum `from` in another currency at the stated `rate`, an
    /// amount of one currency per one of `per` ("$1.09 to the euro").
    ConversionAtRate {
        from: usize,
        to: usize,
        rate: usize,
        per: &'static crate::quantity::units::Unit,
    },
}

/// How a change is stated.
#[derive(Debug, Clone, PartialEq)]
pub enum Stated {
    /// A percentage, fraction, percentage points or an amount ("up 12%", "a rise of 900").
    Quantity(usize),
    /// A multiple in words ("doubled", "halved", "a tripling").
    Factor {
        factor: f64,
        span: Span,
        word: String,
        /// "more than doubled", "nearly tripled": a bound, not a point.
        hedge: Option<crate::quantity::Hedge>,
    },
    /// Only a direction ("rose", "fell").
    Direction { up: bool, span: Span, word: String },
}

/// How many quantities apart two figures may be and still be related. Prose
/// states a relation within a few sentences; the bound keeps every finder
/// linear on adversarial text (a paragraph of 100,000 numbers).
pub const REACH: usize = 48;

/// How far (in bytes) around its figures a claim's cue words are looked for.
pub const CUE_REACH: usize = 2_000;

/// What the finders share: the text, the quantities and where they stand.
pub struct Scope<'d> {
    /// The prose view: what is not prose blanked, offsets kept.
    pub text: &'d str,
    /// The file as written, where Markdown's list markers and table pipes
    /// still stand.
    pub source: &'d str,
    /// Block boundaries inside lines: table cells.
    pub breaks: &'d [usize],
    pub quantities: &'d [Quantity],
    pub places: Vec<Place<'d>>,
    pub layout: Layout,
    /// The headline's paragraph, if the text opens with one: asked of
    /// many figures, found once.
    headline: Option<usize>,
    /// Every sentence's own change pair ("from A to B", "B, up from A"):
    /// asked by several finders, read once.
    pairs: std::cell::OnceCell<Vec<(usize, usize)>>,
}

impl<'d> Scope<'d> {
    pub fn new(doc: &'d Document) -> Self {
        let (text, breaks, quantities) = (&*doc.prose, &doc.breaks[..], &doc.quantities[..]);
        let layout = Layout::new(text, breaks);
        // Quantities are in text order, so their sentences are found in one walk.
        let places = quantities
            .iter()
            .zip(layout.walk(quantities.iter().map(|q| q.span.start)))
            .map(|(q, at)| Place::new(text, &layout, q, at))
            .collect();
        Scope {
            text,
            source: doc.text,
            breaks,
            quantities,
            places,
            headline: headline(text, &layout),
            pairs: std::cell::OnceCell::new(),
            layout,
        }
    }

    /// The start and end of each change stated in one sentence, in order
    /// of their end (see [`change::pairs`]).
    pub fn sentence_pairs(&self) -> &[(usize, usize)] {
        self.pairs.get_or_init(|| change::pairs(self))
    }

    pub fn q(&self, i: usize) -> Option<&'d Quantity> {
        self.quantities.get(i)
    }

    pub fn place(&self, i: usize) -> Option<&Place<'d>> {
        self.places.get(i)
    }

    /// The text between two quantities (empty when out of order).
    pub fn between(&self, a: usize, b: usize) -> &'d str {
        match (self.q(a), self.q(b)) {
            (Some(x), Some(y)) if x.span.end <= y.span.start => {
                self.text.get(x.span.end..y.span.start).unwrap_or("")
            }
            _ => "",
        }
    }

    /// The text of a span, lowercased, for cue-word searches.
    /// The span is widened to character boundaries.
    pub fn lowercase(&self, span: Span) -> String {
        let s = self.snap(span);
        self.text
            .get(s.start..s.end)
            .unwrap_or("")
            .to_ascii_lowercase()
    }

    /// A span inside the text, widened to character boundaries.
    pub fn snap(&self, span: Span) -> Span {
        let mut start = span.start.min(self.text.len());
        let mut end = span.end.min(self.text.len()).max(start);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Span::new(start, end)
    }

    /// The part of `within` (a sentence or paragraph) at most [`CUE_REACH`]
    /// bytes from the given quantities: where their cue words are looked
    /// for, so a huge paragraph is not read once per group of figures.
    pub fn near(&self, within: Span, quantities: &[usize]) -> Span {
        let spans = || quantities.iter().filter_map(|&i| self.q(i)).map(|q| q.span);
        let (Some(first), Some(last)) =
            (spans().map(|s| s.start).min(), spans().map(|s| s.end).max())
        else {
            return within;
        };
        Span::new(
            within.start.max(first.saturating_sub(CUE_REACH)),
            within.end.min(last + CUE_REACH).max(within.start),
        )
    }

    /// The indexes of the amounts in the same sentence as quantity `i`,
    /// at most [`REACH`] either side.
    pub fn same_sentence(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let s = self.place(i).map(|p| p.sentence);
        // Quantities are in text order, so the sentence is a contiguous run around i.
        let lo = (i.saturating_sub(REACH)..=i)
            .rev()
            .take_while(move |&j| self.place(j).map(|p| p.sentence) == s)
            .last()
            .unwrap_or(i);
        let hi = (i + REACH + 1).min(self.quantities.len());
        (lo..hi).take_while(move |&j| self.place(j).map(|p| p.sentence) == s)
    }

    /// [`Scope::same_sentence`] as the range it is (quantities are in text
    /// order), to go over more than once without collecting it.
    pub fn sentence_range(&self, i: usize) -> std::ops::Range<usize> {
        let mut run = self.same_sentence(i);
        let Some(first) = run.next() else {
            return i..i;
        };
        first..run.last().unwrap_or(first) + 1
    }

    /// The indexes of the quantities within `n` paragraphs of quantity `i`,
    /// either side, and at most [`REACH`] away: a window, so that no finder
    /// compares all pairs, even in one huge paragraph.
    pub fn nearby(&self, i: usize, n: usize) -> std::ops::Range<usize> {
        let Some(para) = self.place(i).map(|p| p.paragraph) else {
            return i..i;
        };
        let lo = self.places.partition_point(|p| p.paragraph + n < para);
        let hi = self.places.partition_point(|p| p.paragraph <= para + n);
        lo.max(i.saturating_sub(REACH))..hi.min(i + REACH + 1)
    }

    /// The quantities before `i` within `n` paragraphs, nearest first.
    pub fn earlier(&self, i: usize, n: usize) -> impl Iterator<Item = usize> + use<> {
        (self.nearby(i, n).start..i).rev()
    }

    /// The quantities of the last sentence with figures before `i`'s, in
    /// `i`'s paragraph or the one before, nearest first: what "the sentence
    /// before" means to a back-reference.
    pub fn sentence_before(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let place = self.place(i);
        let previous = self
            .earlier(i, 1)
            .filter_map(|j| self.place(j))
            .find(|p| place.is_some_and(|at| p.sentence < at.sentence))
            .map(|p| p.sentence);
        self.earlier(i, 1)
            .skip_while(move |&j| self.place(j).map(|p| p.sentence) != previous)
            .take_while(move |&j| {
                previous.is_some() && self.place(j).map(|p| p.sentence) == previous
            })
    }

    /// The quantities that start in a byte range (they are in text order).
    pub fn starting_in(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.quantities.partition_point(|q| q.span.start < start);
        let last = self.quantities.partition_point(|q| q.span.start < end);
        first..last
    }

    /// The text of quantity `i`'s sentence before it.
    pub fn sentence_lead(&self, i: usize) -> &'d str {
        let (Some(q), Some(p)) = (self.q(i), self.place(i)) else {
            return "";
        };
        let start = self.layout.sentence_span(p.sentence, self.text.len()).start;
        self.text.get(start..q.span.start).unwrap_or("")
    }

    /// The words of quantity `i`'s sentence, within [`CUE_REACH`] of it:
    /// one huge sentence is not read whole for every figure in it.
    pub fn sentence_words(&self, i: usize) -> impl Iterator<Item = &'d str> + use<'d> {
        let span = self.place(i).map_or(Span::new(0, 0), |p| {
            self.near(self.layout.sentence_span(p.sentence, self.text.len()), &[i])
        });
        context::words_in(self.text, span.start, span.end)
    }

    /// The words that lead up to quantity `i` and describe it: within
    /// `reach` bytes before it, in its sentence, after the figure before it
    /// ("5.3 billion dlrs ... and 15 billion" are not described by "billion").
    pub fn words_leading_to(
        &self,
        i: usize,
        reach: usize,
    ) -> impl Iterator<Item = &'d str> + use<'d> {
        let (from, to) = self.q(i).zip(self.place(i)).map_or((0, 0), |(q, p)| {
            let sentence = self.layout.sentence_span(p.sentence, self.text.len());
            let previous = i
                .checked_sub(1)
                .and_then(|b| self.q(b))
                .map_or(0, |b| b.span.end);
            let from = sentence
                .start
                .max(q.span.start.saturating_sub(reach))
                .max(previous.min(q.span.start));
            (from, q.span.start)
        });
        context::words_in(self.text, from, to)
    }

    /// Whether quantity `i`'s sentence holds one of `words` (any case).
    pub fn sentence_has(&self, i: usize, words: &[&str]) -> bool {
        self.sentence_words(i)
            .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }

    /// "compared with 97% last year, when the quota was also 45,000 and
    /// 43,600 workers came": a figure in a "when" clause that dates an
    /// earlier time is of that time.
    pub fn in_past_when_clause(&self, i: usize) -> bool {
        let (Some(q), Some(p)) = (self.q(i), self.place(i)) else {
            return false;
        };
        let start = self.layout.sentence_span(p.sentence, self.text.len()).start;
        let head = self.text.get(start..q.span.start).unwrap_or("");
        let Some(at) = head.rfind(", when ") else {
            return false;
        };
        let clause = head.get(at + 7..).unwrap_or("");
        let dated = head.get(..at).unwrap_or("").to_ascii_lowercase();
        let earlier = [
            "last year",
            "year earlier",
            "year ago",
            "year before",
            "previous year",
        ]
        .iter()
        .any(|t| dated.ends_with(t))
            || dated
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
        earlier && !clause.contains(", ") && !clause.contains(';')
    }

    /// Whether quantities `a` and `b` stand in one sentence.
    pub fn in_one_sentence(&self, a: usize, b: usize) -> bool {
        self.place(a).map(|p| p.sentence) == self.place(b).map(|p| p.sentence)
    }

    /// The headline's text, or "" when the text opens with no headline.
    pub fn headline_text(&self) -> &'d str {
        self.headline
            .map(|h| self.layout.paragraph_span(h, self.text.len()))
            .and_then(|s| self.text.get(s.start..s.end))
            .unwrap_or("")
    }

    /// The paragraph after the headline, or "" when there is none.
    pub fn lead_text(&self) -> &'d str {
        let Some(h) = self.headline else { return "" };
        let end = self.layout.paragraph_span(h, self.text.len()).end;
        let Some(gap) = self
            .text
            .get(end..)
            .and_then(|r| r.find(|c: char| !c.is_whitespace()))
        else {
            return "";
        };
        let lead = self
            .layout
            .paragraph_span(self.layout.paragraph_of(end + gap), self.text.len());
        self.text.get(lead.start..lead.end).unwrap_or("")
    }

    /// Whether quantity `i` stands in the headline: the first paragraph
    /// with text, when it is one short line.
    pub fn in_headline(&self, i: usize) -> bool {
        self.headline
            .is_some_and(|h| self.place(i).is_some_and(|p| p.paragraph == h))
    }

    /// Whether quantity `i` is a count, sum or measure stated as one figure
    /// (not a range): what a change starts or ends at.
    pub fn single_amount(&self, i: usize) -> bool {
        self.q(i).is_some_and(|q| {
            matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure) && q.range.is_none()
        })
    }

    /// Whether quantities `a` and `b` count the same things ("journeys" and
    /// "journeys", "pupils" and "students"), or `None` when either does not
    /// say what it counts.
    pub fn same_things(&self, a: usize, b: usize) -> Option<bool> {
        let (x, y) = (self.q(a)?.noun.as_deref()?, self.q(b)?.noun.as_deref()?);
        Some(x == y || synonyms::same_things(x, y))
    }

    /// The sum of the points of some figures ("the parts add up to").
    pub fn sum_of(&self, figures: &[usize]) -> f64 {
        figures
            .iter()
            .filter_map(|&i| self.q(i))
            .map(|q| q.point())
            .sum()
    }

    /// Same kind and unit: the two may be compared at all.
    pub fn comparable(&self, a: usize, b: usize) -> bool {
        match (self.q(a), self.q(b)) {
            (Some(x), Some(y)) => {
                // "10 cts" and "1.10 dlrs" are both dollars, but their
                // values are in different units: not compared as they stand.
                x.kind == y.kind
                    && x.unit.map(|u| (u.name, u.factor)) == y.unit.map(|u| (u.name, u.factor))
                    && x.kind.is_amount()
                    // "€18 a kilogram" and "€1,150 a month": rates of
                    // different things.
                    && match (self.rate_of(a), self.rate_of(b)) {
                        // "a kilo" and "per kilogram" are one unit.
                        (Some(r), Some(s)) => {
                            let unit = |w: &str| {
                                crate::quantity::units::unit_word(&w.to_ascii_lowercase())
                                    .map(|u| u.name)
                            };
                            r.eq_ignore_ascii_case(s) || unit(r).is_some() && unit(r) == unit(s)
                        }
                        _ => true,
                    }
            }
            _ => false,
        }
    }

    /// What amount `i` is a rate of: the word after "a", "an" or "per"
    /// right after it ("€18 a kilogram", "£9 per hour"); not a time ago
    /// ("£800,000 a year ago").
    fn rate_of(&self, i: usize) -> Option<&'d str> {
        let after = self.text.get(self.q(i)?.span.end..)?;
        let rest = after
            .strip_prefix(" a ")
            .or_else(|| after.strip_prefix(" an "))
            .or_else(|| after.strip_prefix(" per "))?;
        let mut words = rest.split(|c: char| !c.is_ascii_alphabetic());
        let word = words.next().filter(|w| !w.is_empty())?;
        let next = rest.get(word.len()..)?.trim_start();
        let ago = ["ago", "earlier", "before", "later", "on"]
            .iter()
            .any(|w| next.starts_with(w));
        // "£2m a few years ago": a quantifier, no rate.
        let quantifier = ["few", "couple", "number", "lot", "handful"].contains(&word);
        (!ago && !quantifier).then_some(word)
    }
}

/// The first paragraph with text, when it is one short line: a headline.
fn headline(text: &str, layout: &Layout) -> Option<usize> {
    let start = text.find(|c: char| !c.is_whitespace())?;
    let first = layout.paragraph_of(start);
    let span = layout.paragraph_span(first, text.len());
    let line = text.get(span.start..span.end).unwrap_or("").trim();
    (!line.contains('\n') && line.len() <= 160).then_some(first)
}

/// A finder reads one shape of relation from the whole document.
type Finder = fn(&Scope, &mut Vec<Claim>);

/// Every finder, named, in the order they run: later finders see the claims
/// of earlier ones (a list read as a breakdown is not read again).
const FINDERS: &[(&str, Finder)] = &[
    ("conversion", conversion::find),
    ("change", change::find),
    ("headline_change", headline_change::find),
    ("premium", premium::find),
    ("across", across::find),
    ("earlier_start", earlier_start::find),
    ("referred_change", referred_change::find),
    ("compared_back", compared_back::find),
    ("factor_change", factor_change::find),
    ("change_apart", change_apart::find),
    ("change_in_time", change_in_time::find),
    ("difference_named", difference_named::find),
    ("difference_than", difference_than::find),
    ("margin", margin::find),
    ("proportion", proportion::find),
    ("share_apart", share_apart::find),
    ("share_of_counted", share_of_counted::find),
    ("share_beside_whole", share_beside_whole::find),
    ("sibling_shares", sibling_shares::find),
    ("part", part::find),
    ("share_of_part", share_of_part::find),
    ("ratio_restated", ratio_restated::find),
    ("headline_share", headline_share::find),
    ("breakdown", breakdown::find),
    ("announced_parts", announced_parts::find),
    ("list", list::find),
    ("list_over_total", list_over_total::find),
    ("list_apart", list_apart::find),
    ("remainder_closes", remainder_closes::find),
    ("restatement", restatement::find),
    ("described_again", described_again::find),
    ("possessed_again", possessed_again::find),
    ("duration_again", duration_again::find),
    ("age", age::find),
    ("headline_span", headline_span::find),
    ("change_restated", change_restated::find),
    ("stale_start", stale_start::find),
    ("year", year::find),
    ("vote", vote::find),
    ("outcomes", outcomes::find),
    ("shares", shares::find),
    ("share_of_named_part", share_of_named_part::find),
    ("last_time", last_time::find),
    ("table", table::find),
    ("table_prose", table_prose::find),
    ("table_change", table_change::find),
];

/// Finds every claim in a document.
pub fn relate(doc: &Document) -> Vec<Claim> {
    relate_traced(doc)
        .into_iter()
        .map(|(_, claim)| claim)
        .collect()
}

/// Finds every claim in a document, each with the name of the finder that
/// read it: what a developer asks when a finding surprises.
pub fn relate_traced(doc: &Document) -> Vec<(&'static str, Claim)> {
    // Every claim relates quantities: a text without any (as many small
    // files are) has none, and no finder need look.
    if doc.quantities.is_empty() {
        return Vec::new();
    }
    let scope = Scope::new(doc);
    let mut claims = Vec::new();
    let mut names = Vec::new();
    for (name, find) in FINDERS {
        find(&scope, &mut claims);
        names.resize(claims.len(), *name);
    }
    breakdown_gap::complete(&scope, &mut claims);
    let kept = drop_partial_breakdowns(&claims);
    let changes: Vec<(usize, usize)> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Change { from, to, .. } => Some((*from, *to)),
            _ => None,
        })
        .collect();
    names
        .into_iter()
        .zip(claims)
        .zip(kept)
        .filter_map(|(pair, keep)| keep.then_some(pair))
        .filter(|(_, claim)| !told_apart(&scope, claim))
        .filter(|(_, claim)| !adds_up_to_the_other_end(&scope, claim, &changes))
        .collect()
}

/// "will shrink from 164 pitches to 124 ... Food traders hold 71 of its
/// pitches, clothing sellers 38 and the others the remaining 55": a list
/// under one end of a change that adds up to the other end describes the
/// other end, and is no wrong sum.
fn adds_up_to_the_other_end(scope: &Scope, claim: &Claim, changes: &[(usize, usize)]) -> bool {
    let Claim::Breakdown { total, parts, .. } = claim else {
        return false;
    };
    let sum = scope.sum_of(parts);
    let stated = changes.iter().filter_map(|&(from, to)| {
        if from == *total {
            Some(to)
        } else if to == *total {
            Some(from)
        } else {
            None
        }
    });
    // A change without a stated size: "from 164 pitches to 124".
    let ends = |i: usize, word: &str| scope.place(i).is_some_and(|p| p.prev_is(&[word]));
    let unstated = scope.same_sentence(*total).filter(|&j| {
        j != *total
            && (ends(*total, "to") && ends(j, "from") || ends(*total, "from") && ends(j, "to"))
    });
    // "beating its £2m target by £340,000": the end nearer the sum, when
    // a round figure's wide reading holds it too.
    let off = |i: usize| {
        scope
            .q(i)
            .map_or(f64::INFINITY, |q| (q.point() - sum).abs())
    };
    stated.chain(unstated).any(|other| {
        scope.comparable(other, *total)
            && scope.q(other).is_some_and(|q| q.interval.contains(sum))
            && off(other) <= off(*total)
    })
}

/// "The fleet of 36 hydrogen buses ..." and later "The 36 buses make up one
/// in six of the company's fleet of 214": a figure whose own sentence also
/// gives the earlier one is set beside it, not said again in its place.
fn told_apart(scope: &Scope, claim: &Claim) -> bool {
    let Claim::Restatement { first, second } = *claim else {
        return false;
    };
    let Some(value) = scope.q(first).and_then(|q| q.value) else {
        return false;
    };
    scope.same_sentence(second).any(|j| {
        j != second
            && j != first
            && scope.comparable(j, first)
            && scope.q(j).is_some_and(|q| q.value == Some(value))
    })
}

/// Two finders may read one breakdown, one of them only in part ("Dunlin
/// ... 7,300, followed by knot at 4,100 and redshank at 2,600. The
/// remaining 4,400 birds ..."): the reading that holds more of the parts
/// speaks for the list, and a shorter one of the same total is dropped:
/// whether each claim is kept.
fn drop_partial_breakdowns(claims: &[Claim]) -> Vec<bool> {
    // The readings of each total, so a reading is set only beside its own.
    let mut by_total: std::collections::HashMap<usize, Vec<&[usize]>> = Default::default();
    for c in claims {
        if let Claim::Breakdown { total, parts, .. } = c {
            by_total.entry(*total).or_default().push(parts);
        }
    }
    claims
        .iter()
        .map(|c| match c {
            Claim::Breakdown { total, parts, .. } => !by_total.get(total).is_some_and(|readings| {
                readings
                    .iter()
                    .any(|more| more.len() > parts.len() && parts.iter().all(|p| more.contains(p)))
            }),
            _ => true,
        })
        .collect()
}

/// What the finders' unit tests ask of a text.
#[cfg(test)]
pub(crate) mod testing {
    use crate::interval::Tolerances;
    use crate::{Document, segment::Syntax};

    /// The claims a plain-text draft states.
    pub fn claims(text: &str, syntax: Syntax) -> Vec<super::Claim> {
        let doc = Document::new(text, syntax, &Tolerances::default());
        super::relate(&doc)
    }

    /// How many restatements a plain-text draft states.
    pub fn restatements(text: &str) -> usize {
        claims(text, Syntax::Plain)
            .iter()
            .filter(|c| matches!(c, super::Claim::Restatement { .. }))
            .count()
    }

    /// The rules that fire at warning or above on a Markdown draft.
    pub fn markdown_rules(text: &str) -> Vec<&'static str> {
        let doc = Document::new(text, Syntax::Markdown, &Tolerances::default());
        let (_, findings) = doc.check(&Default::default());
        findings
            .iter()
            .filter(|f| f.severity >= crate::finding::Severity::Warning)
            .map(|f| f.rule)
            .collect()
    }

    /// The rules that fire on a plain-text draft, with the defaults.
    pub fn rules(text: &str) -> Vec<&'static str> {
        let doc = Document::new(text, Syntax::Plain, &Tolerances::default());
        let (_, findings) = doc.check(&Default::default());
        findings.iter().map(|f| f.rule).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::rules;

    /// Whether the figure written `figure` in `text` is said of an earlier
    /// time or holder.
    fn past(text: &str, figure: &str) -> bool {
        let doc = crate::Document::new(
            text,
            crate::segment::Syntax::Plain,
            &crate::interval::Tolerances::default(),
        );
        let scope = super::Scope::new(&doc);
        let at = doc
            .quantities
            .iter()
            .position(|q| doc.prose.get(q.span.start..q.span.end) == Some(figure));
        at.and_then(|i| scope.place(i))
            .is_some_and(|p| p.past_frame())
    }

    #[test]
    fn former_between_a_plural_noun_and_its_preposition_names_a_source() {
        assert!(!past(
            "Donations from former students totalling £0.9m came in.",
            "£0.9m"
        ));
        assert!(past(
            "The shares fell, down from previous highs of 310p.",
            "310p"
        ));
        assert!(past("The club's previous record was £12.5m.", "£12.5m"));
    }

    #[test]
    fn a_figure_set_beside_the_earlier_one_does_not_restate_it() {
        let text = "Buses\n\nThe fleet of 36 hydrogen buses run by Corley Transport has covered 1 million miles since the first of them entered service.\n\nThe @ make up about one in six of the company's fleet of 214, and run mainly on routes 47 and 12.\n";
        assert!(rules(&text.replace('@', "36 buses")).is_empty());
        // Without the earlier figure beside it, the fleet is said twice.
        assert_eq!(rules(&text.replace('@', "buses")), ["restatement-conflict"]);
    }

    #[test]
    fn a_list_that_adds_up_to_the_other_end_of_a_change_describes_it() {
        let text = "Market\n\nThe market will shrink from 164 pitches to 124 next spring. Food traders hold 71 of its pitches, clothing sellers 38, and craft stalls the remaining @.\n";
        let fired = |t: &str| super::testing::rules(t);
        assert!(fired(&text.replace('@', "55")).is_empty());
        assert_eq!(fired(&text.replace('@', "35")), ["sum-mismatch"]);
    }

    #[test]
    fn rates_of_different_things_are_no_pair() {
        let text = "Pay\n\nPay rose 10%, from €1,040 a month to END.\n";
        assert_eq!(
            rules(&text.replace("END", "€1,248 a month")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace("END", "€12.48 an hour")).is_empty());
    }
}
