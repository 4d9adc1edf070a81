import json, os, collections
BASE = "/work/main/eval/drafts/s48"
P, S, C, R, W, V = ("proportion-mismatch", "sum-mismatch", "change-mismatch",
                    "restatement-conflict", "part-exceeds-whole", "conversion-mismatch")
spec = {
 "g001": [(P, ["one flight in every 20"], "340 cancellations out of 18,400 flights is about 1.8%, roughly one in 54, not close to one in 20 (which would be 920)"),
          (C, ["9,240 mishandled bags"], "5,500 to 9,240 is a rise of 3,740, or about 68%, not about 40% (40% is the rise divided by the new figure)")],
 "g002": [(S, ["log record 4.1 million", "recorded 4.1 million visits", "Greymoor remained the busiest"], "1.6m + 1.1m + 520,000 + 390,000 + 170,000 = 3.78 million, not the 4.1 million total for the five parks")],
 "g003": [],
 "g004": [(S, ["climbs past 212,000", "reached 212,000", "| Civil disputes", "| Criminal", "| Family |", "| Administrative", "**212,000**"], "96,000 + 58,000 + 34,000 + 14,000 = 202,000 pending cases, not the 212,000 total"),
          (W, ["38,500 are before judges"], "38,500 family cases in Orsk is more than the 34,000 family cases pending nationally")],
 "g005": [(V, ["41,000 hectares"], "41,000 hectares is about 101,000 acres (x2.471), not 16,600 acres (the figure was divided instead of multiplied)"),
          (R, ["352,000 tonnes", "325,000 tonnes"], "the season's raw sugar output is given as 352,000 tonnes and later as 325,000 tonnes")],
 "g006": [(C, ["6.4 terawatt-hours", "an increase of about 36%"], "4.1 TWh to 6.4 TWh is a rise of 2.3 TWh, or about 56%, not about 36% (36% is the rise divided by the new figure)")],
 "g007": [],
 "g008": [(P, ["offer places to 164 players", "or 72% of the total"], "98 string places out of 164 is about 60%, not 72%")],
 "g009": [(R, ["at a cost of £1.8m", "£2.8m scheme"], "the camera scheme's cost is given as £1.8m and later as £2.8m"),
          (C, ["from 52mph to 44mph"], "52mph to 44mph is a fall of 8mph, or about 15%, not about 8%")],
 "g010": [(W, ["including 720 in birthing pools"], "720 births in birthing pools is more than the 610 births the birth centre handled in total")],
 "g011": [],
 "g012": [(S, ["now trades from 164"], "97 + 38 + 19 = 154 shops, not the 164 the chain trades from"),
          (C, ["| Online |", "Web sales rose by £17m"], "online sales rose from £181m to £198m, an increase of £17m or about 9.4%, not 17%")],
 "g013": [(V, ["6.4C (38.4F)"], "6.4C is about 43.5F (x1.8 + 32), not 38.4F (the x1.8 step was left out)")],
 "g014": [],
 "g015": [(P, ["118 winners from 702 rides"], "118 winners from 702 rides is a strike rate of about 17%, roughly one in six, not just over one in four")],
 "g016": [(W, ["610 had already stayed longer"], "610 families staying beyond six weeks is more than the 530 families with children in bed and breakfast or hotels"),
          (P, ["one in every 25 children"], "4,120 of about 61,800 under-18s is about 6.7%, roughly one in 15, not one in 25")],
 "g017": [(S, ["raises £4,300", "The day also raised £4,300"], "£1,150 + £1,870 + £1,080 = £4,100, not the £4,300 raised")],
 "g018": [],
 "g019": [(R, ["trial of 3,480 patients", "all 3,840 volunteers"], "the trial size is given as 3,480 patients (1,740 in each group) and later as 3,840 volunteers"),
          (P, ["1,740 in each group", "or 7.5%, were admitted"], "261 of the 1,740 patients in the VX-217 group is 15%, not 7.5% (7.5% is 261 of all 3,480 patients)")],
 "g020": [(S, ["harvested 8.6 million tonnes", "| Kesh |", "| Doral |", "| Amun Valley |", "| Southern Delta |", "**8.6**"], "3.1 + 2.4 + 1.8 + 0.9 = 8.2 million tonnes, not the 8.6 million national total"),
          (V, ["212mm (about 21 inches)"], "212mm is about 8.3 inches, not about 21 inches")],
 "g021": [],
 "g022": [(W, ["340 of them on temporary"], "340 handlers on temporary contracts is more than the 310 handlers employed in all")],
 "g023": [(R, ["previous record low of 421,000", "previous record of 431,000"], "the 2017 record low is given as 421,000 sq km and later as 431,000 sq km")],
 "g024": [],
 "g025": [(C, ["an increase of 26%"], "71,000 to 96,500 is a rise of 25,500, or about 36%, not 26% (26% is the rise divided by the new figure)"),
          (S, ["collected 96,500 plasma", "collected 21,400, 17,800 and 12,300"], "21,400 + 17,800 + 12,300 + 41,000 = 92,500 donations, not the 96,500 total")],
 "g026": [(P, ["backlog of pending appeals to 8,940", "almost two-thirds of the backlog"], "4,020 of 8,940 pending cases is about 45%, under half, not almost two-thirds")],
 "g027": [],
 "g028": [(V, ["96,000 square metres"], "96,000 square metres is about 1.03 million square feet (x10.76), not 315,000 (a linear factor was used for an area)"),
          (R, ["# Northfield approves £1.6bn", "approved a £1.6bn", "£1.9bn investment"], "the investment is given as £1.6bn and later as £1.9bn")],
 "g029": [(C, ["or about a quarter"], "455,000 to 612,000 is a rise of 157,000, or about 35%, not about a quarter (a quarter is the rise divided by the new figure)")],
 "g030": [(R, ["The unit delivered 2,240 babies", "the 2,420 births"], "last year's births at Westgate are given as 2,240 and later as 2,420"),
          (W, ["412 of those transfers"], "412 night-time transfers is more than the 380 transfers from Holme in total")],
 "g031": [],
 "g032": [(P, ["caught 62,400 drivers", "48,700 drivers, about 60%"], "48,700 of 62,400 drivers caught is about 78%, not about 60%")],
 "g033": [(S, ["puts up record €4.8m", "record prize money of €4.8m", "The first day carries €1.05m"], "€1.05m + €1.2m + €0.95m + €2.2m = €5.4m, not the €4.8m total prize money")],
 "g034": [],
 "g035": [(R, ["about 1,100 jobs", "the 1,400 staff"], "the jobs at risk are given as about 1,100 and later as 1,400")],
 "g036": [(W, ["38 patients on HB-550 left"], "45 leaving because of side effects is more than the 38 HB-550 patients who left the trial early"),
          (C, ["at start |", "after 12 weeks |", "fell from 9.8 to 5.6"], "9.8 to 5.6 migraine days is a fall of 4.2 days, or about 43%, not about three-quarters (75% is the fall divided by the new figure)")],
 "g037": [],
 "g038": [(V, ["260 metres (about 850 yards)"], "260 metres is about 284 yards (853 feet), not about 850 yards")],
 "g039": [(V, ["75C (135F)"], "75C is 167F (x1.8 + 32), not 135F (the +32 step was left out)")],
 "g040": [],
}
key = {}
for cid in sorted(spec):
    fn = [f for f in os.listdir(f"{BASE}/cases") if f.startswith(cid + ".")]
    assert len(fn) == 1, cid
    lines = open(f"{BASE}/cases/{fn[0]}", encoding="utf-8").read().split("\n")
    out = []
    for rule, anchors, why in spec[cid]:
        ls = []
        for a in anchors:
            hits = [i + 1 for i, l in enumerate(lines) if a in l]
            assert len(hits) == 1, (cid, a, hits)
            ls.append(hits[0])
        out.append({"rule": rule, "lines": sorted(set(ls)), "why": why})
    rules = [f["rule"] for f in out]
    assert len(rules) == len(set(rules)), cid
    key[cid] = out
with open(f"{BASE}/expected.json", "w", encoding="utf-8") as fh:
    fh.write("{\n" + ",\n".join(f' "{k}": ' + json.dumps(v, ensure_ascii=False) for k, v in key.items()) + "\n}\n")
cnt = collections.Counter(f["rule"] for v in key.values() for f in v)
print("errors", sum(cnt.values()), "with", sum(1 for v in key.values() if v), "clean", sum(1 for v in key.values() if not v))
print(cnt)
print("doubles", sum(1 for v in key.values() if len(v) == 2))
