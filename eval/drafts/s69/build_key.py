import json, os, re
C = 'cases'
spec = [
 ("h001.txt","change-mismatch",["compared with 40 in","by 37.5%"],"40 to 64 passengers is a rise of 24, or 60%, not 37.5% (37.5% is 24 divided by the new 64)"),
 ("h001.txt","conversion-mismatch",["151 metres (165 feet)"],"151 metres is about 495 feet, not 165 feet (165 is the figure in yards)"),
 ("h002.txt","part-exceeds-whole",["has 46 member businesses","54 of the association's"],"54 member businesses reporting higher sales is more than the association's 46 members"),
 ("h004.md","sum-mismatch",["212 working machines","| 118 |","| 41 |","| 38 |"],"118 + 41 + 38 = 197 machines, not the 212 counted"),
 ("h004.md","proportion-mismatch",["212 working machines","number 74, or 43%"],"74 of 212 machines is about 35%, not 43% (digits transposed)"),
 ("h005.txt","restatement-conflict",["after carrying 418,000","the 481,000 passengers"],"last year's passengers given as 418,000 and later as 481,000"),
 ("h006.txt","conversion-mismatch",["1,000C (1,032F)"],"1,000C is 1,832F, not 1,032F (32 added without the x1.8 step)"),
 ("h008.md","sum-mismatch",["recorded 4,270 launches","Winch: 3,120","Aerotow","Self-launching"],"3,120 + 1,190 + 410 = 4,720 launches, not the 4,270 stated"),
 ("h008.md","part-exceeds-whole",["26 members aged 14 to 18, and 29"],"29 cadets going solo is more than the 26 members of the cadet section"),
 ("h009.txt","proportion-mismatch",["460 of those instruments, about one in three"],"460 of 1,840 pianos is 25%, one in four, not one in three"),
 ("h011.txt","change-mismatch",["a cut of a third"],"18,000 from 24,000 is a cut of 6,000, or 25%, not a third (a third is 6,000 divided by the new 18,000)"),
 ("h011.txt","restatement-conflict",["maximum of four trout","full bag of six trout"],"the daily bag limit is given as four trout and later as six"),
 ("h012.md","sum-mismatch",["budget of £386,000","£212,000","£74,000","£58,000","£24,000"],"212,000 + 74,000 + 58,000 + 24,000 = £368,000, not the £386,000 budget"),
 ("h013.txt","part-exceeds-whole",["has 212 member estates","221 member estates"],"221 member estates sending crews is more than the cooperative's 212 member estates"),
 ("h013.txt","proportion-mismatch",["9,800 tonnes","41,000 tonnes"],"9,800 of about 41,000 tonnes is about 24%, roughly one in four, not two in five"),
 ("h015.txt","conversion-mismatch",["142.6km/h (77mph)"],"142.6km/h is about 88.6mph, not 77mph (77 is the speed in knots)"),
 ("h016.md","change-mismatch",["| £312 | £396 | +21% |"],"£312 to £396 is a rise of £84, or about 27%, not 21% (21% is 84 divided by the new 396)"),
 ("h018.txt","sum-mismatch",["£2.4m restoration","£1.1m from the National"],"£1.1m + £0.8m + £0.3m = £2.2m, not the £2.4m cost"),
 ("h018.txt","restatement-conflict",["61,000 visits in 2019","43,000 visits of 2019"],"visits in 2019 given as 61,000 and later as 43,000"),
 ("h019.txt","proportion-mismatch",["the other 132, roughly one in five"],"132 of 412 huts is about 32%, one in three, not one in five"),
 ("h020.md","part-exceeds-whole",["already sold 1,640"],"1,640 tickets sold is more than the hall's 1,400 seats"),
 ("h020.md","conversion-mismatch",["180 square metres (590 square feet)"],"180 square metres is about 1,940 square feet, not 590 (linear factor 3.28 used for an area)"),
 ("h022.txt","change-mismatch",["a rise of £3.70"],"£8.50 to £11.20 is a rise of £2.70, not £3.70"),
 ("h023.txt","sum-mismatch",["collected 14,620","Whole-blood donations made up 11,300"],"11,300 + 1,540 + 480 = 13,320, not the 14,620 donations"),
 ("h023.txt","restatement-conflict",["brought in 2,840 new donors","the 2,480 first-time donors"],"new donors given as 2,840 and later as 2,480"),
 ("h024.md","proportion-mismatch",["58,000 of the trips, 29%"],"58,000 of 145,000 trips is 40%, not 29%"),
 ("h024.md","change-mismatch",["a drop of 60%"],"24 to 15 injuries is a fall of 9, or 37.5%, not 60% (60% is 9 divided by the new 15)"),
 ("h026.txt","part-exceeds-whole",["112-square-kilometre"],"the 112 sq km reserve cannot be included in the 86 sq km district"),
 ("h027.txt","conversion-mismatch",["14km (22 miles)"],"14km is about 8.7 miles, not 22 (multiplied by 1.61 instead of dividing)"),
 ("h027.txt","sum-mismatch",["made up 64% of sales"],"64% + 27% + 14% = 105%, shares of one whole should total about 100%"),
 ("h029.txt","restatement-conflict",["more than 2,000 young people","The 1,650 people who signed"],"petition said to have more than 2,000 signatures, later 1,650 people signed"),
 ("h030.txt","change-mismatch",["a fall of a third"],"4,200 to 3,150 hectolitres is a fall of 1,050, or 25%, not a third"),
 ("h030.txt","part-exceeds-whole",["brewed 3,150 hectolitres","at 3,400 hectolitres"],"3,400 hectolitres of cask beer is more than the 3,150 hectolitres brewed in total"),
 ("h032.md","proportion-mismatch",["42 are on council land, just over half"],"42 of 126 orchards is a third, not just over half"),
 ("h033.txt","sum-mismatch",["will cost £48,000","£21,000 for the fireworks"],"21,000 + 12,500 + 6,300 + 4,200 = £44,000, not the £48,000 budget"),
 ("h035.txt","conversion-mismatch",["4.5kg (2lb)"],"4.5kg is about 9.9lb, not 2lb (divided by 2.2 instead of multiplying)"),
 ("h035.txt","restatement-conflict",["prize fund of £18,000","£15,000 prize pot"],"prize fund given as £18,000 and later as £15,000"),
 ("h036.md","part-exceeds-whole",["admitted 684 hedgehogs","More than 700 of them"],"more than 700 autumn admissions is more than the 684 hedgehogs admitted in the whole year"),
 ("h038.txt","change-mismatch",["a fall of 57%"],"11 to seven shops is a loss of four, or about 36%, not 57% (57% is 4 divided by the new 7)"),
 ("h039.txt","proportion-mismatch",["has 340 members","52 members swim"],"52 of 340 members is about 15%, roughly one in seven, not about a quarter"),
]
files = sorted(os.listdir(C))
key = {f: [] for f in files}
for f, rule, anchors, why in spec:
    lines = open(os.path.join(C, f), encoding='utf-8').read().split('\n')
    ln = []
    for a in anchors:
        hits = [i+1 for i, l in enumerate(lines) if a in l]
        assert len(hits) == 1, (f, a, hits)
        if hits[0] not in ln: ln.append(hits[0])
    key[f].append({"rule": rule, "lines": sorted(ln), "why": why})
with open('expected.json', 'w', encoding='utf-8') as fh:
    fh.write('{\n' + ',\n'.join(' %s: %s' % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in key.items()) + '\n}\n')
