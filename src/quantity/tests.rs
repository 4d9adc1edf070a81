use super::*;

fn kinds(text: &str) -> Vec<(String, Kind)> {
    extract(text, &Tolerances::default())
        .into_iter()
        .map(|q| (text[q.span.start..q.span.end].to_string(), q.kind))
        .collect()
}

fn find<'a>(qs: &'a [Quantity], text: &str, needle: &str) -> &'a Quantity {
    let at = text.find(needle).expect("needle in text");
    qs.iter()
        .find(|q| q.span.start == at)
        .expect("a quantity at the needle")
}

#[test]
fn numbers_that_are_not_amounts_are_typed() {
    let cases: &[(&str, &str, Kind)] = &[
        ("The wall was built in 2014 by hand.", "2014", Kind::Year),
        (
            "In the first half of the year, 214 trials failed.",
            "half",
            Kind::Date,
        ),
        ("It was laid in the 1930s.", "1930s", Kind::Year),
        (
            "The bridge dates from around 1720.",
            "around 1720",
            Kind::Year,
        ),
        (
            "Visits rose to about 1500 a day.",
            "about 1500",
            Kind::Count,
        ),
        ("It drew about 1720 people.", "about 1720", Kind::Count),
        (
            "Maps at a scale of 1:25,000 sell best.",
            "1:25,000",
            Kind::Other,
        ),
        ("The ferry leaves at 10:30 daily.", "10:30", Kind::Time),
        ("A 62-year-old man was hurt.", "62-year-old", Kind::Age),
        (
            "Among 18-to-24-year-olds, 212 voted.",
            "18-to-24-year-olds",
            Kind::Age,
        ),
        (
            "Of the ten- and eleven-year-olds measured",
            "ten",
            Kind::Age,
        ),
        ("It has two- or three-bedroom homes.", "two", Kind::Other),
        ("Ms Antonsen, 59, said so.", "59", Kind::Age),
        ("His client, who is 61, wept.", "61", Kind::Age),
        ("Two sisters aged 17 and 19 won.", "19", Kind::Age),
        ("Children aged 12, 14 and 16 came.", "16", Kind::Age),
        ("Members are aged from 19 to 88.", "19", Kind::Age),
        ("Members are aged from 19 to 88.", "88", Kind::Age),
        (
            "Riders aged between 30 and 45 led.",
            "between 30 and 45",
            Kind::Age,
        ),
        ("Aged 17, she won 19 medals.", "19", Kind::Count),
        (
            "A man aged 45 and 14 passengers were hurt.",
            "14",
            Kind::Count,
        ),
        ("The fund, which is 61, grew.", "61", Kind::Count),
        // A bound after the people it sorts is their age; after a verb, a count.
        (
            "Students, those over 25 when they start, took 180 places.",
            "over 25",
            Kind::Age,
        ),
        ("It turned away over 25 when full.", "over 25", Kind::Count),
        ("City won 3-1 at home.", "3-1", Kind::Score),
        ("a 40-1 outsider", "40-1", Kind::Score),
        ("Call 01632 960123 today.", "01632 960123", Kind::Identifier),
        ("Take route 66 west.", "66", Kind::Identifier),
        ("Sales passed the 5,000 mark.", "5,000", Kind::Other),
        ("Storms hit the 20 barrier islands.", "20", Kind::Count),
        ("He lives at 12 Harbour Road now.", "12", Kind::Identifier),
        // Bare figures listed after "the" name routes; one alone is a count.
        ("Cut: the 7, the 19 and the 42.", "42", Kind::Identifier),
        ("Cut: the 7, the 19 and the 42.", "7", Kind::Identifier),
        (
            "- cut: the 7, the 19 and the 42\n- kept: 24",
            "42",
            Kind::Identifier,
        ),
        ("Of the 42, 12 were late.", "42", Kind::Count),
        ("the 42 routes and the 7 depots", "42", Kind::Count),
        (
            "The 4,900 calls were category one.",
            "one",
            Kind::Identifier,
        ),
        ("It opened on May 4 this year.", "4", Kind::Date),
        (
            "It took on 40 pickers for July, 28 of them students.",
            "28",
            Kind::Count,
        ),
        ("It falls by half a point each year.", "half", Kind::Other),
        ("at 14.32 GMT", "14.32 GMT", Kind::Time),
        ("the 22nd fence", "22nd", Kind::Ordinal),
        ("a one-off grant", "one-off", Kind::Other),
    ];
    for (text, needle, kind) in cases {
        let got = kinds(text);
        assert!(
            got.iter().any(|(t, k)| t == needle && k == kind),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_counted_noun_is_found() {
    let text = "Police detained 15 of the 120 migrants and 27 full-time contracts were signed; £27m for roads.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "15").noun.as_deref(), Some("migrant"));
    assert_eq!(find(&qs, text, "120").noun.as_deref(), Some("migrant"));
    assert_eq!(find(&qs, text, "27 full").noun.as_deref(), Some("contract"));
    assert_eq!(find(&qs, text, "£27m").noun.as_deref(), Some("road"));
    // "of the total" names a whole, not what the figure counts.
    let total = "Automatic tests made up 2,280 of the total.";
    let qs = extract(total, &Tolerances::default());
    assert_eq!(find(&qs, total, "2,280").noun, None);
}

/// The head of the noun phrase is its first plural, past adjectives,
/// nationalities, names and compounds.
#[test]
fn the_counted_noun_is_the_head_past_its_modifiers() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "About 15 of the approximately 120 Uzbek migrants were held.",
            "About 15",
            "migrant",
        ),
        (
            "About 15 of the approximately 120 Uzbek migrants were held.",
            "approximately 120",
            "migrant",
        ),
        ("Amazon sold 35m Echo devices last year.", "35m", "device"),
        (
            "It reported 2.7m combined digital and physical sales.",
            "2.7m",
            "sale",
        ),
        (
            "The garage repaired 40 Kia and Hyundai vehicles.",
            "40",
            "vehicle",
        ),
        (
            "Some 3,000 steel workers walked out.",
            "Some 3,000",
            "worker",
        ),
        ("The 12 newly elected members met.", "12", "member"),
        ("There were 9,000 homes flooded.", "9,000", "home"),
        ("A fleet of 14 buses ran.", "14", "bus"),
        (
            "Exports reached 16.1 mln bpd OPEC crude.",
            "16.1 mln",
            "bpd",
        ),
        ("They carried 28 Dutch schoolchildren.", "28", "schoolchild"),
        ("A couple of fishermen saw it.", "A couple", "fisherman"),
        ("Barely 20 MPs were in the chamber.", "Barely 20", "mp"),
        ("Operators ran 1,240 fewer services.", "1,240", "service"),
        ("Record 21,640 crowd sees Corran win", "21,640", "crowd"),
        (
            "A crowd of 21,640 watched Corran Ladies win.",
            "21,640",
            "crowd",
        ),
        ("A crowd of 21,640 fans watched.", "21,640", "fan"),
        (
            "In 2019 the force recorded 318 such offences.",
            "318",
            "offence",
        ),
        (
            "It will refurbish 67 of its A380 superjumbos.",
            "67",
            "superjumbo",
        ),
        ("Three-quarters of voters agree.", "Three-quarters", "voter"),
        ("About 45% of the members voted.", "About 45%", "member"),
        // A count that names nothing takes the noun it points back to.
        (
            "Of the 62 miners trapped, 14 of them were freed.",
            "14",
            "miner",
        ),
        // ... unless a noun closes "of them": the part's own kind.
        (
            "It employs 310 people, 140 of them bakers, and more.",
            "140",
            "baker",
        ),
        // ... past the words that name its kind.
        (
            "It keeps 14 sharks of five species, nine of them sand tiger sharks.",
            "nine",
            "shark",
        ),
        // ... not past a word that says where they are.
        (
            "It employs 400 staff, 120 of them across four sites.",
            "120",
            "staff",
        ),
        (
            "It treated 96 patients, 11 of whom were critical.",
            "11",
            "patient",
        ),
        (
            "250 runners finished; the remaining 40 were still out.",
            "40",
            "runner",
        ),
        (
            "It carried 8,214 passengers, up from 7,930 a year earlier.",
            "7,930",
            "passenger",
        ),
        ("The bill passed by 312 votes to 250.", "250", "vote"),
        // A group noun before "of" names what the count counts.
        ("A crowd of 23,410 watched.", "23,410", "crowd"),
        ("It has a workforce of 1,200.", "1,200", "workforce"),
        // So does a plural noun, unless it measures ("a total of").
        ("The season drew audiences of 40,000.", "40,000", "audience"),
    ];
    for (text, needle, noun) in cases {
        let qs = extract(text, &Tolerances::default());
        assert_eq!(
            find(&qs, text, needle).noun.as_deref(),
            Some(*noun),
            "{text}"
        );
    }
    // Measures of a figure before "of" name nothing it counts.
    for text in ["It reached a total of 500.", "Rises of 300 were seen."] {
        let qs = extract(text, &Tolerances::default());
        let figure = text
            .split_whitespace()
            .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or("");
        assert_eq!(find(&qs, text, figure).noun, None, "{text}");
    }
    // A glued "m" before a plural head is millions; before one thing, metres.
    let text = "Amazon sold 35m Echo devices; a 212m tower.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "35m").value, Some(35e6));
    assert_eq!(find(&qs, text, "212m").kind, Kind::Measure);
}

#[test]
fn intervals_follow_rounding_and_hedges() {
    let text = "about 15 people, 12.5% of them, 3.4 million, more than 200, up to 600, nearly 2,000 and a third";
    let qs = extract(text, &Tolerances::default());
    let iv = |needle: &str| find(&qs, text, needle).interval;
    assert_eq!(iv("about 15"), Interval::new(13.5, 16.5));
    let p = iv("12.5%");
    assert!((p.low - 12.45).abs() < 1e-9 && (p.high - 12.55).abs() < 1e-9);
    let m = iv("3.4 million");
    assert!((m.low - 3_350_000.0).abs() < 1e-3 && (m.high - 3_450_000.0).abs() < 1e-3);
    assert_eq!(iv("more than 200"), Interval::new(200.0, f64::INFINITY));
    assert_eq!(iv("up to 600"), Interval::new(0.0, 600.0));
    assert_eq!(iv("nearly 2,000"), Interval::new(1800.0, 2000.0));
    let third = iv("a third");
    assert!(third.low < 1.0 / 3.0 && third.high > 1.0 / 3.0 && third.high < 0.36);
    // The scanner finds "in excess of" although it skips every other "in".
    let text = "bids in excess of 500 shares in 2023";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(
        find(&qs, text, "in excess of 500").interval,
        Interval::new(500.0, f64::INFINITY)
    );
}

#[test]
fn plain_integers_are_exact_and_intervals_hold_the_value() {
    let text = "There were 120 beds and 1,300 staff.";
    for q in extract(text, &Tolerances::default()) {
        let v = q.value.expect("a value");
        assert!(q.interval.contains(v));
        assert_eq!(q.interval, Interval::point(v));
    }
}

#[test]
fn figures_beyond_computation_are_out_of_range_not_infinite() {
    let text = "It weighed 1e400 grams, or 1e308 tonnes, with 5 left; 10 trillion is fine.";
    let qs = extract(text, &Tolerances::default());
    for needle in ["1e400 grams", "1e308"] {
        let q = find(&qs, text, needle);
        assert_eq!((q.kind, q.value), (Kind::Other, None), "{needle}");
        assert!(!q.interval.is_bounded(), "{needle}");
    }
    assert_eq!(find(&qs, text, "10 trillion").value, Some(1e13));
}

#[test]
fn a_bare_second_figure_takes_the_unit_it_is_compared_with() {
    let text = "Trains carried 31.2 million tonnes, the most since 2003 and up from 27.5 million in 2022. Sales of £46m, up from 40m.";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "27.5 million");
    assert_eq!(
        (q.kind, q.unit.map(|u| u.name)),
        (Kind::Measure, Some("tonne"))
    );
    let text = "Those on placebo went from 8.0 days to 6.4, a fall of 20%.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "6.4").unit.map(|u| u.name), Some("day"));
    // An amount added to it is of its kind, and so is their total.
    let text = "It has invested 14 billion kronor since 2020 and plans another 6 billion by 2027, bringing the total to 20 billion.";
    let qs = extract(text, &Tolerances::default());
    for added in ["6 billion", "20 billion"] {
        assert_eq!(find(&qs, text, added).kind, Kind::Money, "{added}");
    }
    // Different sentences or magnitudes lend nothing.
    let text = "It has invested 14 billion kronor. It plans another 6 billion people.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "6 billion").kind, Kind::Count);
    let text = "It weighs 31.2 tonnes. Up from 27.5 million.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "27.5 million").kind, Kind::Count);
}

#[test]
fn a_bare_item_of_a_list_takes_the_unit_of_the_item_before() {
    let text = "It handed out 52,000 litres: 26,000 litres at the centre, 19,000 around the academy and 7,000 near the station.";
    let qs = extract(text, &Tolerances::default());
    for item in ["19,000", "7,000"] {
        let q = find(&qs, text, item);
        assert_eq!(q.unit.map(|u| u.name), Some("litre"), "{item}");
    }
    // A figure with a noun of its own, or not set in a list, keeps its kind.
    let text = "It used 26,000 litres at the centre, 19,000 people at the academy. It used 26,000 litres in 2,000 homes.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "19,000").kind, Kind::Count);
    assert_eq!(find(&qs, text, "2,000").kind, Kind::Count);
}

#[test]
fn a_bare_item_named_by_a_label_takes_the_unit_of_the_item_before() {
    let text = "Clear glass made up 9,600 tonnes, green 7,900 and brown 4,100, with about 1,400 tonnes of fragments.";
    let qs = extract(text, &Tolerances::default());
    for item in ["7,900", "4,100"] {
        let q = find(&qs, text, item);
        assert_eq!(q.unit.map(|u| u.name), Some("tonne"), "{item}");
    }
    // A verb before the figure makes it a count of its own, and a bound
    // is no item.
    let text = "It shipped 9,600 tonnes, employing 2,100, and hired 1,400 more.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "2,100").kind, Kind::Count);
    let text = "Tickets cost £15, children 5 and under go free.";
    let qs = extract(text, &Tolerances::default());
    assert!(qs.iter().all(|q| q.value != Some(5.0) || q.unit.is_none()));
}

#[test]
fn a_bare_figure_ending_the_next_list_item_takes_the_unit_before() {
    let text = "Of that:\n\n- homes used 388 million litres a day;\n- firms used 141 million;\n- 136 million litres leaked.\n";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(
        find(&qs, text, "141 million").unit.map(|u| u.name),
        Some("litre")
    );
    // A figure that goes on to name what it counts keeps its own.
    let text = "- homes used 388 million litres a day;\n- 141 million people live here.\n";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "141 million").kind, Kind::Count);
}

#[test]
fn a_bare_first_figure_takes_the_scale_it_runs_to() {
    let text = "Profits rose from 1.318 to 1.911 bln. Sales rose from 12\nto 15 mln dlrs. Fares rose from 7 to 8 dlrs.";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "1.318");
    assert_eq!(q.value, Some(1.318e9));
    assert_eq!(q.interval, Interval::around(1.318e9, 500_000.0));
    let q = find(&qs, text, "12");
    assert_eq!((q.value, q.unit.map(|u| u.name)), (Some(12e6), Some("USD")));
    let q = find(&qs, text, "7");
    assert_eq!((q.value, q.unit.map(|u| u.name)), (Some(7.0), Some("USD")));
    // Unscaled, a written figure takes the unit, but not one of time.
    let text = "Quotas fall from 52,000 to 41,600 tonnes. Terms go from 12 to 14 years, sailings from nine to seven days.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(
        find(&qs, text, "52,000").unit.map(|u| u.name),
        Some("tonne")
    );
    assert_eq!(find(&qs, text, "12").unit, None);
    assert_eq!(find(&qs, text, "nine").unit, None);
}

#[test]
fn pieces_of_other_notations_are_not_figures() {
    // Each figure found, by its first word.
    let cases: &[(&str, &[&str])] = &[
        ("We meet on 5/17/2018 at noon.", &[]),
        ("It gets 20 J/m^2 per year.", &["20"]),
        ("It fell at 9.83e-3 +/- 1e-5 km/s.", &["9.83e-3"]),
        (
            "behind MACS J1149.5+6663 and Voyager 2 in 1979",
            &["2", "1979"],
        ),
        ("open 24/7", &["24"]),
    ];
    for (text, want) in cases {
        let found: Vec<&str> = extract(text, &Tolerances::default())
            .into_iter()
            .filter(|q| q.kind != Kind::Other)
            .filter_map(|q| text[q.span.start..q.span.end].split_whitespace().next())
            .collect();
        assert_eq!(&found, want, "{text}");
    }
}

#[test]
fn a_part_of_a_named_group_counts_that_group() {
    let text = "Maths accounted for 290 of the vacancies, and 15 of the 120 migrants left.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "290").noun.as_deref(), Some("vacancy"));
    assert_eq!(find(&qs, text, "15").noun.as_deref(), Some("migrant"));
}

#[test]
fn the_counted_noun_stops_at_its_verb() {
    let text =
        "About 9,000 homes lost power and 300 homes flooded, while 40 registered voters stayed.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "About 9,000").noun.as_deref(), Some("home"));
    assert_eq!(find(&qs, text, "300").noun.as_deref(), Some("home"));
    assert_eq!(find(&qs, text, "40").noun.as_deref(), Some("voter"));
}

#[test]
fn a_verb_after_a_figure_is_no_noun_it_counts() {
    let text = "Of the skaters, 71 compete in the women's division, 25 regularly compete abroad. The 12 volunteers arrive early.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "71").noun, None);
    assert_eq!(find(&qs, text, "25").noun, None);
    assert_eq!(find(&qs, text, "12").noun.as_deref(), Some("volunteer"));
    // Irregular past forms, from WordNet's exception list.
    let past = "Of the finishers, 74 swam in wetsuits and 12 wrote to the club. The 40 flew.";
    let qs = extract(past, &Tolerances::default());
    assert_eq!(find(&qs, past, "74").noun, None);
    assert_eq!(find(&qs, past, "12").noun, None);
    assert_eq!(find(&qs, past, "40").noun, None);
    // A participle before a noun modifies it.
    let before = "Police recovered 12 stolen bikes and 30 rebuilt homes.";
    let qs = extract(before, &Tolerances::default());
    assert_eq!(find(&qs, before, "12").noun.as_deref(), Some("bike"));
    assert_eq!(find(&qs, before, "30").noun.as_deref(), Some("home"));
}

#[test]
fn an_irregular_participle_after_a_figure_is_no_noun() {
    let text = "Electrical goods were the largest group, with 2,240 brought in. Police found 300 livestock stolen.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "2,240").noun, None);
    assert_eq!(find(&qs, text, "300").noun.as_deref(), Some("livestock"));
}

#[test]
fn a_bare_figure_refers_to_the_nearest_amount_not_a_count_past_it() {
    let text = "Its seven councils get 2.74 billion lira, down from 2.86 billion. Its 40 staff, up from 31.";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "2.86 billion");
    assert_eq!((q.kind, q.noun.as_deref()), (Kind::Money, None));
    assert_eq!(find(&qs, text, "31").noun.as_deref(), Some("staff"));
}

#[test]
fn a_figure_of_a_relative_clause_counts_what_the_clause_is_said_of() {
    let text = "They took out 402,000 e-books, overtaking printed loans, which fell to 389,000. It sold 40 cars, which rose to 52.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "389,000").noun.as_deref(), Some("loan"));
    // A figure standing between takes the clause's noun.
    assert_eq!(find(&qs, text, "52").noun.as_deref(), Some("car"));
}

#[test]
fn a_count_after_a_verb_of_counting_counts_the_subject() {
    let text = "Visitors from outside the county numbered 52,000. In 2024 the total numbered 40.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "52,000").noun.as_deref(), Some("visitor"));
    // A subject without a plural head, or a figure before, leaves no noun.
    assert_eq!(find(&qs, text, "40").noun, None);
    // The level a subject changed to counts it; a share of it is no count.
    let text = "Diesel cars, which made up almost half of sales a decade ago, fell to 16,300. Prices rose 4% to 310.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "16,300").noun.as_deref(), Some("car"));
    assert_eq!(find(&qs, text, "310").noun, None);
}

#[test]
fn a_count_of_the_number_of_things_counts_them() {
    let text = "The number of patients waiting more than a year was cut from 2,950 to 1,180. A number of wards shut 14 beds. The number of staff rose to 310, while 42 wards closed.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "2,950").noun.as_deref(), Some("patient"));
    assert_eq!(find(&qs, text, "1,180").noun.as_deref(), Some("patient"));
    // "A number of" is vague, and a count with its own noun keeps it.
    assert_eq!(find(&qs, text, "14").noun.as_deref(), Some("bed"));
    assert_eq!(find(&qs, text, "42").noun.as_deref(), Some("ward"));
}

#[test]
fn a_count_after_a_line_s_label_counts_its_head() {
    let text = "  Households putting their caddy out: 18,400\n  In favour of action: 491\n  Votes cast: 868";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "18,400").noun.as_deref(), Some("household"));
    assert_eq!(find(&qs, text, "868").noun.as_deref(), Some("vote"));
    assert_eq!(find(&qs, text, "491").noun.as_deref(), None);
}

#[test]
fn a_scale_after_a_lead_in_is_a_figure() {
    // "a" leads in only when a number word or a scale follows.
    let qs = extract(
        "They saw a hundred people. It cost a million pounds. A thousand jobs went.",
        &Tolerances::default(),
    );
    let values: Vec<Option<f64>> = qs.iter().map(|q| q.value).collect();
    assert_eq!(values, [Some(100.0), Some(1e6), Some(1000.0)]);
}

#[test]
fn a_currency_sign_before_the_next_figure_is_that_figure_s() {
    // A Markdown table row reads "688   £0.94m" once its pipes are blanked.
    let text = "Doorstep 688   £0.94m and a fee of 15€ paid.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "688").kind, Kind::Count);
    assert_eq!(find(&qs, text, "£0.94m").kind, Kind::Money);
    assert_eq!(find(&qs, text, "15€").kind, Kind::Money);
}

#[test]
fn a_glued_m_before_a_currency_word_is_millions() {
    let text = "a yacht worth 138m kronor and a 212m tower";
    let qs = extract(text, &Tolerances::default());
    let yacht = find(&qs, text, "138m");
    assert_eq!((yacht.kind, yacht.value), (Kind::Money, Some(138e6)));
    assert_eq!(find(&qs, text, "212m").kind, Kind::Measure);
}

#[test]
fn a_unit_symbol_in_a_compound_modifier_is_a_measure() {
    let text = "a 340-km line and a 12-mm bolt";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "340-km").kind, Kind::Measure);
    assert_eq!(find(&qs, text, "12-mm").kind, Kind::Measure);
}

#[test]
fn a_hyphenated_mixed_number_is_one_figure() {
    let text = "the two-and-a-half-year closure";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "two-and-a-half-year");
    assert_eq!((q.kind, q.value), (Kind::Duration, Some(2.5)));
    assert_eq!(qs.len(), 1, "{qs:?}");
}

#[test]
fn a_fraction_then_to_and_a_whole_number_is_no_range() {
    let text = "fell from 86 in the first half to 41 in the second";
    let kinds = kinds(text);
    assert!(
        kinds.iter().any(|(t, k)| t == "41" && *k == Kind::Count),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().any(|(t, k)| t == "half" && *k == Kind::Date),
        "{kinds:?}"
    );
}

#[test]
fn the_end_of_a_change_is_of_its_start_not_of_a_period_between() {
    let change = kinds("fell from 86 in the first six months to 41 in the second");
    assert!(
        change.iter().any(|(t, k)| t == "41" && *k == Kind::Count),
        "{change:?}"
    );
    let time = kinds("cut from 25 minutes to 15");
    assert!(
        time.iter().any(|(t, k)| t == "15" && *k == Kind::Duration),
        "{time:?}"
    );
}

#[test]
fn a_year_then_to_and_a_figure_is_no_range() {
    let text = "from 212,000 in 2019 to 371,000, from £41.6m in 2023 to £37.9m, from 3,400 in 2020 to 2,100, in 2019 to 2021, 1,500 to 2,000 seats and 10 to 15 people";
    let kinds = kinds(text);
    assert!(kinds.iter().any(|(t, _)| t == "371,000"), "{kinds:?}");
    assert!(kinds.iter().any(|(t, _)| t == "2,100"), "{kinds:?}");
    assert!(kinds.iter().any(|(t, _)| t == "2019 to 2021"), "{kinds:?}");
    assert!(
        kinds.iter().any(|(t, _)| t.starts_with("1,500 to 2,000")),
        "{kinds:?}"
    );
    assert!(kinds.iter().any(|(t, _)| t == "£37.9m"), "{kinds:?}");
    assert!(
        kinds
            .iter()
            .any(|(t, _)| t == "10 to 15 people" || t == "10 to 15"),
        "{kinds:?}"
    );
}

/// The bounds of the quantity starting at `needle`.
fn bounds(text: &str, needle: &str) -> (f64, f64) {
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, needle);
    (q.interval.low, q.interval.high)
}

/// "one in three" allows N from 2.5 to 3.5; a bound on it is the writer's
/// own edge, with half that slack.
#[test]
fn a_bound_on_one_in_n_keeps_near_its_edge() {
    let text = "one in three were late, fewer than one in three were early.";
    let (low, high) = bounds(text, "one in three were late");
    assert!((low - 1.0 / 3.5).abs() < 1e-9 && (high - 1.0 / 2.5).abs() < 1e-9);
    let (low, high) = bounds(text, "fewer than");
    assert!(
        low == 0.0 && (high - 1.0 / 2.75).abs() < 1e-9,
        "{low} {high}"
    );
}

/// Vague amounts run from two of their unit to just below the next word's.
#[test]
fn vague_amounts_have_natural_bounds() {
    let text = "Dozens of cars, scores of vans, a handful of buses, several cars, \
                several hundred bikes, a couple of boats, hundreds of thousands of \
                fans, tens of thousands of bikes and millions of users.";
    let cases: &[(&str, f64, f64)] = &[
        ("Dozens", 24.0, 99.0),
        ("scores", 40.0, 199.0),
        ("a handful", 3.0, 6.0),
        ("several cars", 3.0, 9.0),
        ("several hundred", 300.0, 900.0),
        ("a couple", 2.0, 3.0),
        ("hundreds of thousands", 2e5, 999_999.0),
        ("tens of", 2e4, 99_999.0),
        ("millions", 2e6, 9_999_999.0),
    ];
    for (needle, low, high) in cases {
        assert_eq!(bounds(text, needle), (*low, *high), "{needle}");
    }
    let qs = extract(text, &Tolerances::default());
    assert!(qs.iter().all(|q| q.vague && q.value.is_none()));
    // "several" with no plural after it is a pronoun.
    assert!(extract("Several said no.", &Tolerances::default()).is_empty());
}

/// A scale written once on the high end of a range applies to both ends.
#[test]
fn a_range_shares_its_scale() {
    let cases: &[(&str, f64, f64)] = &[
        ("four to five thousand people", 4000.0, 5000.0),
        ("between 3 and 4 million trees", 2.5e6, 4.5e6),
        ("£10-12m", 9.5e6, 12.5e6),
        ("10 to 20 thousand", 9500.0, 20500.0),
    ];
    for (text, low, high) in cases {
        assert_eq!(bounds(text, text), (*low, *high), "{text}");
    }
    let text = "from 50 to 2 million";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "50").value, Some(50.0));
    let text = "It would cost 6 hundred million dollars.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "6 hundred").value, Some(6e8));
}

/// Currencies as world news writes them: signs, letters and codes, before
/// or after the figure.
#[test]
fn world_currencies_are_read() {
    let text = "US$4.5m, $US4.5m, A$3m, $A3m, S$2m, HK$5bn, NZ$1m, C$40, R$12, RM 2.05, \
                Rs 40 crore, Rs. 3 lakh, ¥590bn, ₹1,200, €5m, CHF 12m, SEK 400, 50 kr, \
                30 zł, about zł 6.50, S $1mil, R254bn, Dh1.2bn, $3.1 mln.";
    let cases: &[(&str, f64, &str)] = &[
        ("US$4.5m", 4.5e6, "USD"),
        ("$US4.5m", 4.5e6, "USD"),
        ("A$3m", 3e6, "AUD"),
        ("$A3m", 3e6, "AUD"),
        ("S$2m", 2e6, "SGD"),
        ("HK$5bn", 5e9, "HKD"),
        ("NZ$1m", 1e6, "NZD"),
        ("C$40", 40.0, "CAD"),
        ("R$12", 12.0, "BRL"),
        ("RM 2.05", 2.05, "MYR"),
        ("Rs 40 crore", 4e8, "INR"),
        ("Rs. 3 lakh", 3e5, "INR"),
        ("¥590bn", 5.9e11, "JPY"),
        ("₹1,200", 1200.0, "INR"),
        ("€5m", 5e6, "EUR"),
        ("CHF 12m", 12e6, "CHF"),
        ("SEK 400", 400.0, "SEK"),
        ("50 kr", 50.0, "crown"),
        ("30 zł", 30.0, "PLN"),
        ("about zł 6.50", 6.5, "PLN"),
        ("S $1mil", 1e6, "SGD"),
        ("R254bn", 2.54e11, "ZAR"),
        ("Dh1.2bn", 1.2e9, "AED"),
        ("$3.1 mln", 3.1e6, "USD"),
    ];
    let qs = extract(text, &Tolerances::default());
    for (needle, value, code) in cases {
        let q = find(&qs, text, needle);
        assert_eq!(
            (q.kind, q.value, q.unit.map(|u| u.name)),
            (Kind::Money, Some(*value), Some(*code)),
            "{needle}"
        );
    }
    // A lone "R" is no rand: "the R 2 road", "Grade R learners".
    let text = "Take the R 2 road.";
    let qs = extract(text, &Tolerances::default());
    assert!(qs.iter().all(|q| q.kind != Kind::Money), "{qs:?}");
}

/// Scales of scales, Indian grouping, lists without spaces, names.
#[test]
fn number_shapes_of_world_news() {
    let cases: &[(&str, &str, Option<f64>, Kind)] = &[
        (
            "three lakh crore",
            "three lakh crore",
            Some(3e12),
            Kind::Count,
        ),
        (
            "Rs 3 lakh crore",
            "Rs 3 lakh crore",
            Some(3e12),
            Kind::Money,
        ),
        (
            "2 thousand million",
            "2 thousand million",
            Some(2e9),
            Kind::Count,
        ),
        (
            "12,34,567.89 rupees",
            "12,34,567.89",
            Some(1_234_567.89),
            Kind::Money,
        ),
        ("exercises 22,24,26", "26", Some(26.0), Kind::Count),
        ("a 4G signal", "4", None, Kind::Other),
        ("5G phones", "5", None, Kind::Other),
        ("a 10G link", "10G", Some(1e10), Kind::Count),
        ("the FTSE 250 index", "250", None, Kind::Other),
        ("on iOS 17", "17", None, Kind::Other),
        ("the Big Ten", "Ten", None, Kind::Other),
        ("the S&P 500 fell", "500", None, Kind::Other),
        ("a 3D printer", "3", None, Kind::Other),
        ("since Line 2 opened", "2", None, Kind::Other),
        ("flights from Terminal 5", "5", None, Kind::Other),
        ("or the NHS 111 service", "111", None, Kind::Other),
        ("the EU 27 nations agreed", "27", Some(27.0), Kind::Count),
        (
            "U.S. RIG COUNT FALLS TO 748",
            "748",
            Some(748.0),
            Kind::Count,
        ),
        ("the line 2 miles long", "2", Some(2.0), Kind::Measure),
        (
            "pupils in reception and year 2 eat free",
            "2",
            None,
            Kind::Other,
        ),
        ("Year 11 pupils sat exams", "11", None, Kind::Other),
        ("£3m a year 10 years on", "10", Some(10.0), Kind::Duration),
    ];
    for (text, needle, value, kind) in cases {
        let qs = extract(text, &Tolerances::default());
        let q = find(&qs, text, needle);
        assert_eq!(
            (q.kind, q.value.filter(|_| q.kind.is_amount())),
            (*kind, *value),
            "{text}"
        );
    }
    // A decimal comma is not a list.
    let qs = extract("write 5,00 or 1,5", &Tolerances::default());
    assert_eq!(qs.len(), 2, "{qs:?}");
}

/// Signs and units around a figure: "minus-5 yards", "minus 40 degrees",
/// a two-letter symbol before a word ("44 mg and 50 mg").
#[test]
fn signs_and_spaced_units() {
    let cases: &[(&str, &str, f64, &str)] = &[
        ("a minus-5 yards loss", "minus-5 yards", -5.0, "yard"),
        (
            "it was minus 40 degrees",
            "minus 40 degrees",
            -40.0,
            "degree",
        ),
        (
            "sub-10 nanometre chips",
            "sub-10 nanometre",
            10.0,
            "nanometre",
        ),
    ];
    for (text, needle, value, unit) in cases {
        let qs = extract(text, &Tolerances::default());
        let q = find(&qs, text, needle);
        assert_eq!(
            (q.value, q.unit.map(|u| u.name)),
            (Some(*value), Some(*unit)),
            "{text}"
        );
    }
    let text = "They were given between 44 mg and 50 mg ethanol.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "between").range, Some((44.0, 50.0)));
    // "2 in my car": a lone word-like symbol before a word is no unit.
    let text = "I have 2 in my car.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "2").unit, None);
}

/// "billion marks" is money; "8 marks out of ten" is not.
#[test]
fn marks_after_a_scale_are_money() {
    let text = "Turnover fell to 40.75 billion marks from 45.93 billion. She got 8 marks.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "40.75").kind, Kind::Money);
    assert_eq!(find(&qs, text, "45.93").kind, Kind::Money);
    assert_eq!(find(&qs, text, "8").kind, Kind::Count);
}

/// Fractions with the Unicode slash and of a unit; "a third time" is a turn.
#[test]
fn fractions_of_news() {
    let text = "Machined to 1⁄32 of an inch, for a third time, a third of voters. A third said no. The fall of a quarter reflects costs; a third bus runs into a third crisis.";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "1⁄32");
    assert_eq!(
        (q.value, q.unit.map(|u| u.name)),
        (Some(0.03125), Some("inch"))
    );
    assert!(
        qs.iter()
            .all(|q| !text[q.span.start..].starts_with("a third time"))
    );
    assert_eq!(find(&qs, text, "a third of").kind, Kind::Fraction);
    assert_eq!(find(&qs, text, "A third said").kind, Kind::Fraction);
    assert_eq!(find(&qs, text, "a quarter reflects").kind, Kind::Fraction);
    assert!(
        qs.iter()
            .all(|q| !text[q.span.start..].starts_with("a third bus")
                && !text[q.span.start..].starts_with("a third crisis"))
    );
    // A decade of life is an age.
    let text = "A woman in her 70s was hurt in the 1970s.";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "70s");
    assert_eq!((q.kind, q.range), (Kind::Age, Some((70.0, 79.0))));
    assert_eq!(find(&qs, text, "1970s").kind, Kind::Year);
}

/// "a majority" is more than half, exactly.
#[test]
fn a_majority_is_more_than_half() {
    let text = "Among the 214 students, a majority, 97, passed.";
    let qs = extract(text, &Tolerances::default());
    let q = find(&qs, text, "a majority");
    assert_eq!((q.kind, q.hedge), (Kind::Fraction, Some(Hedge::MoreThan)));
    assert_eq!(bounds(text, "a majority"), (0.5, f64::INFINITY));
    // A majority not held, or aimed at, is no share.
    for text in [
        "It won 41 of the 90 seats, five short of a majority.",
        "It governs without a majority.",
        "It needs 46 seats for a majority.",
    ] {
        let qs = extract(text, &Tolerances::default());
        assert!(qs.iter().all(|q| q.kind != Kind::Fraction), "{text}");
    }
}

/// A stat line is counts of their own nouns, not percentage points.
#[test]
fn a_stat_line_counts_points_rebounds_and_assists() {
    let text = "He averaged 7.3 points 3.7 rebounds and 2 assists per game.";
    let qs = extract(text, &Tolerances::default());
    let nouns: Vec<(Option<f64>, Kind, Option<&str>)> = qs
        .iter()
        .map(|q| (q.value, q.kind, q.noun.as_deref()))
        .collect();
    assert_eq!(
        nouns,
        [
            (Some(7.3), Kind::Count, Some("point")),
            (Some(3.7), Kind::Count, Some("rebound")),
            (Some(2.0), Kind::Count, Some("assist")),
        ]
    );
}

/// An identifier word counts only right before its figure: "route 66", not
/// "the squad: five of the eight".
#[test]
fn an_identifier_word_must_stand_right_before() {
    let text = "He wants a younger squad: five of the eight newcomers are new.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "five").kind, Kind::Count);
    let text = "Registered players number 486 this season; he wore number 9.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "486").kind, Kind::Count);
    assert_eq!(find(&qs, text, "9").kind, Kind::Identifier);
    let text = "He wore squad 23 in the final.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "23").kind, Kind::Identifier);
    // A sentence's last word is no label of the next one's first figure;
    // an abbreviation's dot is.
    let text = "The fund lent more this week.\n\nTwo makers were lent $18m. He wore No. 7.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "Two").kind, Kind::Count);
    assert_eq!(find(&qs, text, "7").kind, Kind::Identifier);
    let text = "It shut for a week. Two stayed open.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "Two").kind, Kind::Count);
}

#[test]
fn a_change_verb_before_a_figure_makes_no_range_and_a_close_is_no_hedge() {
    let text = "The margin rose 2.3% to 13.8%. Shares slid from 412p at the close to 265p.";
    let qs = extract(text, &Tolerances::default());
    assert!(find(&qs, text, "2.3%").range.is_none());
    assert_eq!(find(&qs, text, "13.8%").value, Some(13.8));
    assert!(find(&qs, text, "265p").hedge.is_none());
    let owned = "Shares slid from 412p at Wednesday's close to 265p.";
    let qs = extract(owned, &Tolerances::default());
    assert!(find(&qs, owned, "265p").hedge.is_none());
}

#[test]
fn a_year_span_may_end_in_one_digit() {
    let text = "during the 2015-6 academic year";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "2015-6").kind, Kind::Year);
}

/// "handed over 870": the particle of a verb, no bound; "over 870" is one.
#[test]
fn over_after_a_particle_verb_is_no_hedge() {
    let text = "Owners handed over 870 of the dogs.";
    let qs = extract(text, &Tolerances::default());
    assert!(find(&qs, text, "870").hedge.is_none());
    let text = "Owners gave up over 870 of the dogs.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "over 870").hedge, Some(Hedge::MoreThan));
    // "over" meaning "about" after a word of dispute or punishment.
    let text = "Mayor jailed over £2.4m fraud; a row over 300 job cuts.";
    let qs = extract(text, &Tolerances::default());
    assert!(find(&qs, text, "£2.4m").hedge.is_none());
    assert!(find(&qs, text, "300").hedge.is_none());
}

#[test]
fn a_power_unit_and_hours_in_words_is_energy() {
    let text = "Output reached 58.0 terawatt-hours, and each home used 3,100 kilowatt hours; the farm is rated at 40 megawatts.";
    let qs = extract(text, &Tolerances::default());
    let unit = |needle: &str| find(&qs, text, needle).unit.map(|u| u.name);
    assert_eq!(unit("58.0"), Some("terawatt hour"));
    assert_eq!(unit("3,100"), Some("kilowatt hour"));
    assert_eq!(unit("40"), Some("megawatt"));
}

/// "£920 two years ago": the noun after a number word is that figure's.
#[test]
fn a_number_word_ends_the_noun_phrase_of_the_figure_before() {
    let text = "Rent rose from £920 two years ago; 450 three weeks later; 30 two-bedroom flats.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "£920").noun, None);
    assert_eq!(find(&qs, text, "450").noun, None);
    assert_eq!(find(&qs, text, "30").noun.as_deref(), Some("flat"));
}

#[test]
fn nautical_miles_and_a_hyphenated_area_are_units() {
    let text = "It lies 180 nautical miles off the coast in a 640-square-mile park, 28 nautical-mile journeys apart.";
    let qs = extract(text, &Tolerances::default());
    let unit = |needle: &str| find(&qs, text, needle).unit.map(|u| u.name);
    assert_eq!(unit("180"), Some("nautical mile"));
    assert_eq!(unit("640"), Some("square mile"));
    assert_eq!(unit("28"), Some("nautical mile"));
}

#[test]
fn a_bare_figure_with_a_scale_word_takes_the_unit_stated_before() {
    let text = "The province collected 8.6 billion marks in taxes.\n\nSales tax brought in 3.9 billion, income tax 3.1 billion. The reservoirs hold 214 million cubic metres when full; they hold about 81 million now. It employs 1.2 million people and 3.4 million robots.";
    let qs = extract(text, &Tolerances::default());
    for figure in ["3.9 billion", "3.1 billion"] {
        assert_eq!(find(&qs, text, figure).kind, Kind::Money, "{figure}");
    }
    assert_eq!(find(&qs, text, "about 81 million").kind, Kind::Measure);
    // A count of things lends no unit.
    assert_eq!(find(&qs, text, "3.4 million").kind, Kind::Count);
    // Past an abbreviation's full stop, within a sentence, a figure of
    // another clause is not of the unit said before.
    let text = "Its surplus rose to 13.6 billion U.S. Dlrs in 1986, and the yen rose by 2.1 billion within it.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "2.1 billion").kind, Kind::Count);
}

#[test]
fn a_bare_count_opening_the_next_list_item_counts_what_the_item_before_counted() {
    let text = "# Poll\n\n- 1,512 respondents (63%) backed it.\n- Only 216, about one in five, wanted a cut.\n\nOnly 90 said nothing.\n";
    let doc = crate::Document::new(
        text,
        crate::segment::Syntax::Markdown,
        &Tolerances::default(),
    );
    let noun_of = |needle: &str| {
        doc.quantities
            .iter()
            .find(|q| &text[q.span.start..q.span.end] == needle)
            .and_then(|q| q.noun.clone())
    };
    assert_eq!(noun_of("216").as_deref(), Some("respondent"));
    // A paragraph after a blank line is no next item.
    assert_eq!(noun_of("90"), None);
}

#[test]
fn a_count_named_as_a_year_the_text_used_is_a_year() {
    let text = "Those who graduated in 2022 owe more. Of the 2022 graduates, few earn less.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(qs.iter().filter(|q| q.kind == Kind::Year).count(), 2);
    // With no such year, "the 2022 graduates" may count them.
    let alone = "Of the 2022 graduates, few earn less.";
    assert_eq!(kinds(alone), [("2022".to_string(), Kind::Count)]);
}

#[test]
fn a_bare_pair_takes_the_unit_its_subject_names() {
    let text = "Total weekly opening hours will fall from 1,560 to 1,320.";
    let qs = extract(text, &Tolerances::default());
    assert!(qs.iter().all(|q| q.kind == Kind::Duration));
    // A unit of the time the change is set in is not the pair's.
    let framed = "In recent years sales fell from 1,560 to 1,320.";
    let qs = extract(framed, &Tolerances::default());
    assert!(qs.iter().all(|q| q.kind == Kind::Count));
}

#[test]
fn pounds_after_a_weight_weigh() {
    let text = "about 840 tonnes of salt a day (about 380,000 pounds), and a prize of 500 pounds";
    let qs = extract(text, &Tolerances::default());
    let weight = find(&qs, text, "about 380,000 pounds");
    assert_eq!(weight.kind, Kind::Measure);
    assert_eq!(weight.unit.map(|u| u.name), Some("pound"));
    assert_eq!(find(&qs, text, "500 pounds").kind, Kind::Money);
    let cost = "840 tonnes of salt (costing 380,000 pounds)";
    let qs = extract(cost, &Tolerances::default());
    assert_eq!(find(&qs, cost, "380,000 pounds").kind, Kind::Money);
}

#[test]
fn a_start_after_a_scaled_difference_takes_its_currency() {
    let text = "collected 612 million krona last year, down 53 million krona from 655 million the year before";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "655 million").kind, Kind::Money);
}

#[test]
fn a_part_after_of_which_takes_the_unit_of_its_whole() {
    let text = "The service manages 94,000 hectares, of which 61,000 are conifer plantation.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "61,000").kind, Kind::Measure);
}

#[test]
fn one_after_an_article_and_an_adjective_is_a_pronoun() {
    let text =
        "The ward has 32 beds, eight more than the old one, including six for intensive care.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "one,").kind, Kind::Other);
    let counted = "The team won one, drew two and lost one.";
    let qs = extract(counted, &Tolerances::default());
    assert_eq!(find(&qs, counted, "one,").kind, Kind::Count);
}

#[test]
fn times_after_a_regular_past_verb_count_its_events() {
    let text =
        "Crews were launched 214 times and were called out 58 times; the boat stopped 12 times.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "214").noun.as_deref(), Some("launch"));
    assert_eq!(find(&qs, text, "58").noun.as_deref(), Some("call"));
    assert_eq!(find(&qs, text, "12").noun.as_deref(), Some("stop"));
}

#[test]
fn the_end_of_a_change_counts_the_verb_s_plural_subject() {
    let text = "The chain will open 12 new sites, taking its estate to 60, after admissions rose 18% last year to 14.2 million.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(
        find(&qs, text, "14.2 million").noun.as_deref(),
        Some("admission")
    );
    assert_eq!(find(&qs, text, "60").noun.as_deref(), Some("site"));
}

#[test]
fn a_multiple_in_times_counts_no_events() {
    let text = "Levels reached 3 times the legal limit after the plant expanded 4 times faster.";
    let qs = extract(text, &Tolerances::default());
    assert_ne!(find(&qs, text, "3 times").noun.as_deref(), Some("reach"));
}

#[test]
fn a_letter_joined_to_a_word_is_no_scale() {
    let text = "The donors were 310 O-negative and 240 B-positive, and the deal was worth $5 B.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "240").value, Some(240.0));
    assert_eq!(find(&qs, text, "$5 B").value, Some(5e9));
}

#[test]
fn a_bare_item_of_a_list_of_measures_takes_their_unit() {
    let text = "The site will be divided three ways: 52 hectares will hold panels, 14 will be sown as meadow and 4 will be taken up by tracks.";
    let qs = extract(text, &Tolerances::default());
    for needle in ["14 will", "4 will be taken"] {
        let q = find(&qs, text, needle);
        assert_eq!(q.kind, Kind::Measure);
        assert_eq!(
            q.unit.map(|u| u.name),
            find(&qs, text, "52").unit.map(|u| u.name)
        );
    }
    // A bare figure after a time is no item of it.
    let text = "It ran for 12 years, 3 of them at a loss.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "3 of").kind, Kind::Count);
}

#[test]
fn the_first_item_after_a_total_s_colon_takes_its_unit() {
    let text = "The work covers 2,900 hectares in total: 1,250 on Carn Moss, 980 on Lochar Flats and 470 on the Dubh Flow.";
    let qs = extract(text, &Tolerances::default());
    for needle in ["1,250", "980", "470"] {
        assert_eq!(find(&qs, text, needle).kind, Kind::Measure, "{needle}");
    }
    // A colon after other words than the total's leads no list of it.
    let text = "It covers 2,900 hectares, the trust said: 1,250 on Carn Moss.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "1,250").kind, Kind::Count);
}

#[test]
fn micrograms_are_a_mass() {
    let text = "Levels fell to 31 micrograms per cubic metre.";
    let qs = extract(text, &Tolerances::default());
    assert_eq!(find(&qs, text, "31").kind, Kind::Measure);
}
