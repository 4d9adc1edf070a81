import json, os, re, collections
D = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(D, 'cases')
P, R, S, CH, T, V = 'part-exceeds-whole', 'proportion-mismatch', 'sum-mismatch', 'change-mismatch', 'restatement-conflict', 'conversion-mismatch'
E = {
 'n001': [(S, ["awarded £84,000", "£126,000", "£18,000 from the club's", "£19,000 raised"], "84,000 + 18,000 + 15,000 + 19,000 = £136,000, not the £126,000 the project is costed at")],
 'n003': [(CH, ["Adult tickets will now cost £9, up from £6", "an increase of a third"], "£6 to £9 is a rise of £3, or 50%, not a third (a third is £3 divided by the new price of £9)"),
          (V, ["50mph (45km/h)"], "50mph is about 80km/h, not 45km/h")],
 'n004': [(S, ["welcomed 48,600 visitors", "| Adult | 21,300 |", "| Child | 12,900 |", "| Concession | 8,200 |", "| Family pass holders | 4,700 |", "| Total | 48,600 |"], "21,300 + 12,900 + 8,200 + 4,700 = 47,100, not the 48,600 total"),
          (R, ["| Concession | 8,200 |", "nearly a third of the year's visitors"], "8,200 concession visitors of 48,600 is about 17%, roughly a sixth, not nearly a third")],
 'n005': [(T, ["no more than 40 street-trading permits", "the 45 permits"], "the cap is \"no more than 40\" permits in paragraph 1 but \"the 45 permits\" in paragraph 5")],
 'n007': [(P, ["has 94 members", "Some 102 of the society's members"], "102 certificate holders among the society's 94 members is more than the whole membership")],
 'n009': [(CH, ["41,000 visitors in 2019 but only 29,500 last year, a drop of 40%"], "41,000 to 29,500 is a fall of 11,500, about 28%, not 40% (40% is 11,500 divided by the new figure of 29,500)")],
 'n010': [(V, ["460 square kilometres (286 square miles)"], "460 square kilometres is about 178 square miles; 286 uses the linear km-to-miles factor on an area"),
          (T, ["Survey maps 1,400 miles", "mapped 1,400 miles", "1,100 miles of wall"], "the survey mapped 1,400 miles of wall (headline, paragraph 1) but repair costs are given for \"all of the park's 1,100 miles of wall\"")],
 'n011': [(P, ["record 38,000 tickets", "sold 38,000 tickets", "some 41,000 tickets"], "41,000 tickets bought online is more than the 38,000 tickets sold in all"),
          (R, ["212 events", "Sell-outs: 118 events, more than two-thirds"], "118 of 212 events is about 56%, not more than two-thirds")],
 'n013': [(S, ["screening of 4,600", "2,150 in the north"], "2,150 + 1,480 + 1,270 = 4,900 pupils, not the 4,600 screened"),
          (P, ["1,270 at schools", "1,390 of them"], "1,390 village pupils without a check-up is more than the 1,270 village pupils screened")],
 'n014': [(R, ["rose to 61,200", "26,300 of the journeys last year, roughly one in four"], "26,300 of 61,200 journeys is about 43%, more than two in five, not roughly one in four")],
 'n016': [(V, ["14C (46F)"], "14C is about 57F (14 x 1.8 + 32); 46F is 14 + 32 without the x1.8 step")],
 'n017': [(CH, ["rose from 32 minutes in 2021 to 48 minutes last year, an increase of a third"], "32 to 48 minutes is a rise of 16 minutes, or 50%, not a third (a third is 16 divided by the new 48)"),
          (T, ["handled 112,000 emergency calls", "the 121,000 calls"], "the division handled 112,000 calls in 2023 in paragraph 2 but \"the 121,000 calls the division received last year\" in paragraph 6")],
 'n019': [(S, ["# £24m flood", "£24m flood defence scheme for Lowbridge", "Environment Agency: £13.5m", "County council: £4m", "Lowbridge Water: £2.5m", "business contributions: £1.5m"], "13.5 + 4 + 2.5 + 1.5 = £21.5m, not the £24m cost of the scheme"),
          (V, ["2.6km (4.2 miles)"], "2.6km is about 1.6 miles; 4.2 is the figure multiplied by 1.609 instead of divided")],
 'n020': [(P, ["from 12 primary and secondary schools", "Fourteen of the schools that took part"], "14 of the schools that took part is more than the 12 schools that took part")],
 'n021': [(R, ["vaccinated 9,400 people", "Pregnant women accounted for 610, roughly one in eight"], "610 of 9,400 is about 6.5%, roughly one in 15, not one in eight"),
          (T, ["give 9,400 flu jabs", "vaccinated 9,400 people", "the 8,400 jabs"], "the pop-ups vaccinated 9,400 people (headline, paragraph 1) but \"the 8,400 jabs given at the pop-ups\" in paragraph 5")],
 'n023': [(CH, ["from £360 to £480, an increase of 25%"], "£360 to £480 is a rise of £120, or 33%, not 25% (25% is £120 divided by the new £480)")],
 'n024': [(S, ["46% of the budget", "19% on energy-saving"], "46% + 24% + 18% + 19% = 107% of the one £6.8m budget, not 100%")],
 'n026': [(P, ["Bankside Medical Practice 8,300", "More than 8,700 of its patients"], "more than 8,700 Bankside patients over 60 is more than Bankside's 8,300 registered patients"),
          (R, ["Marlow Street Surgery has 12,600", "about 20% of the combined list"], "2,520 of the combined 20,900 (12,600 + 8,300) is about 12%, not about 20% (20% is of Marlow Street's 12,600 alone)")],
 'n028': [(V, ["2.3 square kilometres (1.4 square miles)"], "2.3 square kilometres is about 0.9 square miles; 1.4 uses the linear km-to-miles factor on an area")],
 'n029': [(T, ["attracts 3,200 entries", "About 3,200 dogs", "the show's 2,300 dogs"], "about 3,200 dogs were entered (headline, paragraph 1) but judges assessed \"the show's 2,300 dogs\" in paragraph 6")],
 'n031': [(P, ["Engineering: 430", "Some 470 of the engineering apprentices"], "470 engineering apprentices joining from school is more than the 430 engineering apprentices in all"),
          (R, ["1,260 degree apprentices", "380 of the apprentices, or 41%"], "380 of 1,260 apprentices is about 30%, not 41%")],
 'n032': [(CH, ["from £145 a week to £170 from June, an increase of £35 a week"], "£145 to £170 is an increase of £25 a week, not £35")],
 'n033': [(CH, ["rose from 19 to 31 over the year, a rise of nearly 40%"], "19 to 31 towers is a rise of 12, or about 63%, not nearly 40% (about 39% is 12 divided by the new 31)")],
 'n034': [(S, ["responded to 7,940 incidents", "accounted for 2,260", "1,080 road traffic", "The remaining 4,330"], "2,260 + 1,080 + 4,330 (3,410 + 920) = 7,670 incidents, not the 7,940 total")],
 'n035': [(V, ["11km (8.8 miles)"], "11km is about 6.8 miles, not 8.8"),
          (T, ["a cost of £15.8m", "the £18.5m spent"], "the routes cost £15.8m in paragraph 1 but \"the £18.5m spent on the routes\" later")],
 'n037': [(P, ["caught 212", "238 of the controls"], "238 Norwegian and Swedish controls is more than the 212 controls caught in all")],
 'n039': [(R, ["690 MWh", "almost half of the farm's output"], "690 of 2,310 MWh is about 30%, not almost half"),
          (CH, ["from 3.5% to 4.2%, an increase of 0.9 percentage points"], "3.5% to 4.2% is a rise of 0.7 percentage points, not 0.9")],
 'n040': [(S, ["reached 2,140", "with 920 entries", "The remaining 380 entries"], "920 + 540 + 210 + 190 + 380 = 2,240 entries, not the 2,140 total")],
}
files = sorted(os.listdir(C))
ids = [f.split('.')[0] for f in files]
key = {}
for f in files:
    cid = f.split('.')[0]
    lines = open(os.path.join(C, f), encoding='utf-8').read().split('\n')
    ents = []
    for rule, anchors, why in E.get(cid, []):
        ls = set()
        for a in anchors:
            hit = [i + 1 for i, l in enumerate(lines) if a in l]
            assert len(hit) == 1, (cid, a, hit)
            ls |= set(hit)
        ents.append({"rule": rule, "lines": sorted(ls), "why": why})
    key[cid] = ents
assert set(E) <= set(ids)
out = "{\n" + ",\n".join(' %s: %s' % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in key.items()) + "\n}\n"
open(os.path.join(D, 'expected.json'), 'w', encoding='utf-8').write(out)
print("written")
