//! Throughput of each stage on generated news-like Markdown (deterministic,
//! so the figures are comparable anywhere): `cargo bench`.
//!
//! Stages: `segment` (Markdown to the prose view), `extract` (quantities),
//! `relate` (claims), `rules` (findings from claims), `render_human` and
//! `render_json`, and `pipeline` (all of it, as `numcheck check` runs a file).

use divan::counter::BytesCount;
use numcheck::cli::render::{self, Format};
use numcheck::config::Settings;
use numcheck::interval::Tolerances;
use numcheck::segment::{self, Syntax};
use numcheck::{Document, FileReport, claim, quantity, rules};

fn main() {
    divan::main();
}

/// A deterministic xorshift generator: the same text on every machine.
struct Rng(u64);

impl Rng {
    fn below(&mut self, m: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % m
    }
}

const SENTENCES: &[&str] = &[
    "The council will spend £{a}m on roads next year, up from £{b}m, a rise of about {p}%.",
    "Of the {w} residents surveyed, {a} said they backed the plan, or roughly {p}%.",
    "The bridge is {a} metres ({b} feet) long and carries nearly {w} vehicles a day.",
    "Police said {a} people were arrested in 2023, fewer than the {b} held a year earlier.",
    "Prices rose by {p} per cent to ${a}.{b}bn, according to figures published on May {d}.",
    "The money is divided three ways: £{a}m for schools, £{b}m for parks and the remaining £{d}m for staff.",
];

/// About `n` sections of Markdown: front matter, headings, paragraphs of
/// figures, a table, a list and a code block, as an editorial repo holds.
fn generate(n: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let fill = |t: &str, rng: &mut Rng| {
        t.replace("{a}", &rng.below(900).to_string())
            .replace("{b}", &rng.below(900).to_string())
            .replace("{w}", &(1000 + rng.below(90_000)).to_string())
            .replace("{p}", &rng.below(99).to_string())
            .replace("{d}", &(1 + rng.below(28)).to_string())
    };
    let mut out = String::from("---\ntitle: Generated news 2024\nwords: 1200\n---\n\n");
    for section in 0..n {
        out.push_str(&format!("## Section {section}\n\n"));
        for _ in 0..3 {
            for _ in 0..4 {
                let t = SENTENCES[rng.below(SENTENCES.len() as u64) as usize];
                out.push_str(&fill(t, &mut rng));
                out.push(' ');
            }
            out.push_str("\n\n");
        }
        out.push_str("| Party | Votes | Share |\n| --- | --- | --- |\n");
        for party in ["Labour", "Green", "Others"] {
            let row = format!("| {party} | {{w}} | {{p}}% |\n");
            out.push_str(&fill(&row, &mut rng));
        }
        out.push_str("\n- ");
        out.push_str(&fill(SENTENCES[1], &mut rng));
        out.push_str("\n- ");
        out.push_str(&fill(SENTENCES[2], &mut rng));
        out.push_str("\n\n```text\nlet total = 40 + 12; // 52 items, not prose\n```\n\n");
    }
    out
}

const SECTIONS: usize = 500;

fn text() -> String {
    generate(SECTIONS)
}

#[divan::bench]
fn segment(bencher: divan::Bencher) {
    let text = text();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        segment::segment(divan::black_box(&text), Syntax::Markdown)
            .prose
            .len()
    });
}

#[divan::bench]
fn extract(bencher: divan::Bencher) {
    let text = text();
    let prose = segment::segment(&text, Syntax::Markdown).prose;
    let tolerances = Tolerances::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| quantity::extract(divan::black_box(&prose), &tolerances).len());
}

#[divan::bench]
fn relate(bencher: divan::Bencher) {
    let text = text();
    let doc = Document::new(&text, Syntax::Markdown, &Tolerances::default());
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| claim::relate(divan::black_box(&doc)).len());
}

#[divan::bench]
fn rules(bencher: divan::Bencher) {
    let text = text();
    let doc = Document::new(&text, Syntax::Markdown, &Tolerances::default());
    let claims = claim::relate(&doc);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        rules::check(
            &doc.prose,
            &doc.quantities,
            divan::black_box(&claims),
            |_| true,
        )
        .len()
    });
}

fn bench_render(bencher: divan::Bencher, format: Format) {
    let text = text();
    let settings = Settings::default();
    let report = FileReport::checked(
        "generated.md",
        Document::new(&text, Syntax::Markdown, &settings.tolerances),
        &settings,
    );
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let mut out = Vec::new();
        render::to_writer(format, std::slice::from_ref(&report), &mut out).map(|()| out.len())
    });
}

#[divan::bench]
fn render_human(bencher: divan::Bencher) {
    bench_render(
        bencher,
        Format::Human {
            color: false,
            summary: true,
        },
    );
}

#[divan::bench]
fn render_json(bencher: divan::Bencher) {
    bench_render(bencher, Format::Json);
}

#[divan::bench]
fn pipeline(bencher: divan::Bencher) {
    let text = text();
    let settings = Settings::default();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let doc = Document::new(
            divan::black_box(&text),
            Syntax::Markdown,
            &settings.tolerances,
        );
        FileReport::checked("generated.md", doc, &settings)
            .findings
            .len()
    });
}

/// Adversarial shapes at two sizes, 10x apart: the cost must grow 10x.
/// `long_line`: one paragraph with no line break; `figure_paragraph`: a
/// paragraph of figures with no full stop; `restatements`: one noun stated
/// again and again.
fn adversarial(shape: &str, kb: usize) -> String {
    let unit = match shape {
        "long_line" => {
            "The county will spend $14m on libraries. The money is divided three ways: $6m for buildings, $5m for books and the remaining $3m for staff. "
        }
        "figure_paragraph" => "7 apples, 19 pears, 23 plums, about 40 figs, ",
        _ => "About 1,300 dockers went on strike. ",
    };
    unit.repeat(kb * 1024 / unit.len() + 1)
}

#[divan::bench(args = [("long_line", 100), ("long_line", 1000), ("figure_paragraph", 100), ("figure_paragraph", 1000), ("restatements", 100), ("restatements", 1000)])]
fn growth(bencher: divan::Bencher, (shape, kb): (&str, usize)) {
    let text = adversarial(shape, kb);
    let settings = Settings::default();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let doc = Document::new(divan::black_box(&text), Syntax::Plain, &settings.tolerances);
        FileReport::checked("adversarial.txt", doc, &settings)
            .findings
            .len()
    });
}
