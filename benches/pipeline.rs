//! Throughput of each stage on generated news-like text (deterministic, so
//! the figures are comparable anywhere): `cargo bench`.

use divan::counter::BytesCount;
use numcheck::Document;
use numcheck::config::Settings;
use numcheck::interval::Tolerances;
use numcheck::segment::Syntax;

fn main() {
    divan::main();
}

/// About `n` paragraphs of sentences with many numbers, hedges and units.
fn generate(n: usize) -> String {
    let templates = [
        "The council will spend £{a}m on roads next year, up from £{b}m, a rise of about {p}%.",
        "Of the {w} residents surveyed, {a} said they backed the plan, or roughly {p}%.",
        "The bridge is {a} metres ({b} feet) long and carries nearly {w} vehicles a day.",
        "Police said {a} people were arrested in 2023, fewer than the {b} held a year earlier.",
        "Prices rose by {p} per cent to ${a}.{b}bn, according to figures published on May {d}.",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |m: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % m
    };
    let mut out = String::new();
    for _ in 0..n {
        for _ in 0..4 {
            let t = templates[next(templates.len() as u64) as usize];
            let s = t
                .replace("{a}", &next(900).to_string())
                .replace("{b}", &next(900).to_string())
                .replace("{w}", &(1000 + next(90_000)).to_string())
                .replace("{p}", &next(99).to_string())
                .replace("{d}", &(1 + next(28)).to_string());
            out.push_str(&s);
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    out
}

/// Times `stage` over 2,000 generated paragraphs, counting the bytes read.
fn bench_stage(bencher: divan::Bencher, stage: fn(&Document) -> usize) {
    let text = generate(2000);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        stage(&Document::new(
            divan::black_box(&text),
            Syntax::Plain,
            &Tolerances::default(),
        ))
    });
}

#[divan::bench]
fn extract(bencher: divan::Bencher) {
    bench_stage(bencher, |doc| doc.quantities.len());
}

#[divan::bench]
fn extract_and_check(bencher: divan::Bencher) {
    bench_stage(bencher, |doc| doc.check(&Settings::default()).1.len());
}
