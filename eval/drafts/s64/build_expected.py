import json, os
C = 'cases'
# id -> list of (rule, [substrings locating lines], why)
E = {
 'p001': [('conversion-mismatch', ['strings up to 5 metres (11 feet)'], '5 metres is about 16 feet, not 11 (the kilogram-to-pound factor of 2.2 was used instead of 3.28)')],
 'p002': [('proportion-mismatch', ['315 have put in more than 100 hours'], '315 of the 1,260 volunteers is 25%, one in four, not roughly one in three'),
          ('sum-mismatch', ['The project has cost £6.2m so far'], '£2.9m + £1.6m + £0.8m + £0.6m = £5.9m, not the £6.2m total')],
 'p004': [('part-exceeds-whole', ["The club's 14 coaches", '17 of the coaches'], '17 coaches with the level-two certificate is more than the 14 coaches the club has')],
 'p005': [('change-mismatch', ['a drop of a quarter'], '£9.00 to £7.20 is a fall of £1.80, or 20%, not a quarter (a quarter is £1.80 divided by the new price)'),
          ('restatement-conflict', ['It sells to 140 restaurants', 'more than 200 restaurants'], 'the farm sells to 140 restaurants, but Thorne later says it supplies more than 200 restaurants')],
 'p006': [('proportion-mismatch', ['has a waiting list of 460 clocks', '115 are antique pieces'], '115 of the 460 clocks waiting is 25%, a quarter, not nearly half')],
 'p008': [('sum-mismatch', ['squeezed 31,400 litres', '- 12,600 litres', '- 9,800 litres', '- 5,200 litres', '- 2,100 litres'], '12,600 + 9,800 + 5,200 + 2,100 = 29,700 litres, not the 31,400 litres pressed')],
 'p009': [('part-exceeds-whole', ['found that 81 of those keepers'], '81 keepers who raised children is more than the 74 keepers traced in total'),
          ('conversion-mismatch', ['48 square metres (157 square feet)'], '48 square metres is about 517 square feet; 157 comes from the linear factor 3.28 instead of 10.76')],
 'p011': [('change-mismatch', ['will pay £95 a night', 'an increase of 20%'], '£76 to £95 is a rise of £19, or 25%, not 20% (20% is £19 divided by the new fee)')],
 'p012': [('sum-mismatch', ['costing £420,000', '| Heritage lottery grant', '| City council', '| Friends of Fellgate', '| **Total**'], '£250,000 + £85,000 + £60,000 = £395,000, not the £420,000 total'),
          ('restatement-conflict', ['three-year conservation project', 'the two-year project'], 'the conservation project is called a three-year project and later a two-year project')],
 'p014': [('part-exceeds-whole', ['with 47 layouts', '52 of the layouts'], '52 layouts from outside the county is more than the 47 layouts at the show')],
 'p015': [('proportion-mismatch', ['189 are under 25'], '189 of 540 learners is 35%, about one in three, not one in five'),
          ('change-mismatch', ['149 towers can now ring', 'up from 124 in 2021'], '124 to 149 towers is a rise of 25, or about 20%, not about a third')],
 'p016': [('conversion-mismatch', ['as high as 14C (25F)'], '14C is about 57F, not 25F (the +32 step was left out)')],
 'p018': [('sum-mismatch', ['where 14,250 wheels', 'The caves hold three cheeses'], '8,450 + 1,400 + 1,700 = 11,550 wheels, not the 14,250 in the caves')],
 'p019': [('part-exceeds-whole', ['as many as 180 athletes', '210 of the competing skaters'], '210 competing skaters staying in hotels is more than the at most 180 athletes competing'),
          ('restatement-conflict', ['arena capacity of 2,200', 'The 2,600-seat Pennant Arena'], 'the arena capacity is given as 2,200 and later as 2,600 seats')],
 'p021': [('proportion-mismatch', ['78 were booked by schools'], '78 of 312 school shows is 25%, not almost 40%')],
 'p022': [('change-mismatch', ['from £185 to £240'], '£185 to £240 is a rise of £55, or about 30%, not more than 40%'),
          ('conversion-mismatch', ['up to 120kg (55lb)'], '120kg is about 265lb, not 55lb (divided by 2.2 instead of multiplied)')],
 'p024': [('change-mismatch', ['has tripled since the project began'], '18 to 36 volunteers is a doubling, not a tripling (tripled would be 54)')],
 'p025': [('sum-mismatch', ['attracted 620 players', '94 in the Open, 168 in the Major'], '94 + 168 + 205 + 123 = 590 players, not 620'),
          ('part-exceeds-whole', ['123 in the Minor', 'included 140 juniors'], '140 juniors in the Minor is more than the 123 players in that section')],
 'p027': [('restatement-conflict', ['fixed 1,080 items last year', "last year's total of 1,350 successful repairs"], 'last year\'s repairs are given as 1,080 items fixed and later as a total of 1,350 successful repairs')],
 'p028': [('proportion-mismatch', ['62 had been driven to the rally'], '62 of 186 vehicles is a third, not around one in five')],
 'p029': [('change-mismatch', ['up from 7,000 in 2023, a rise of 15%'], '7,000 to 8,750 tickets is a rise of 1,750, or 25%, not 15%'),
          ('sum-mismatch', ['Its £231,000 budget'], '£118,000 + £52,000 + £31,000 + £6,000 = £207,000, not the £231,000 budget')],
 'p031': [('part-exceeds-whole', ['in the 60 kennel runs', '72 of the centre\'s runs'], '72 runs occupied is more than the 60 kennel runs the centre has')],
 'p032': [('proportion-mismatch', ['98 are retired, about half'], '98 of 140 volunteers is 70%, not about half'),
          ('conversion-mismatch', ['3.5 miles (2.2km)'], '3.5 miles is about 5.6km, not 2.2km (divided by 1.6 instead of multiplied)')],
 'p034': [('restatement-conflict', ['half of the 4,200 square metres', "the roof's 3,600 square metres"], 'the roof area to be relaid is 4,200 square metres at the start and 3,600 square metres later')],
 'p035': [('change-mismatch', ['up from 141,000 in 2021', 'a rise of more than half'], '141,000 to 196,000 is a rise of 55,000, or about 39%, not more than half'),
          ('sum-mismatch', ['The £2.8m repair'], '£1.3m + £900,000 + £350,000 = £2.55m, not the £2.8m cost')],
 'p037': [('proportion-mismatch', ['when 412 people plunged', '103 were taking their first'], '103 of the 412 swimmers is 25%, not roughly 40%')],
 'p038': [('part-exceeds-whole', ['sold 8.5 tonnes of snails', 'UK restaurants bought 9.2 tonnes'], '9.2 tonnes bought by UK restaurants is more than the 8.5 tonnes sold in total'),
          ('conversion-mismatch', ['each 30 metres (9 feet) long'], '30 metres is about 98 feet, not 9 (divided by 3.28 instead of multiplied)')],
 'p040': [('restatement-conflict', ['after a £2.6m restoration', '- Restoration funding', 'the £3.1m restoration'], 'the restoration cost is £2.6m at the start (and in the funding list) but £3.1m later')],
}
files = sorted(os.listdir(C))
ids = [f.split('.')[0] for f in files]
out = {}
for f in files:
    i = f.split('.')[0]
    lines = open(os.path.join(C, f), encoding='utf-8').read().split('\n')
    ents = []
    for rule, subs, why in E.get(i, []):
        ln = []
        for s in subs:
            hits = [k + 1 for k, l in enumerate(lines) if s in l]
            assert len(hits) == 1, (i, s, hits)
            ln.append(hits[0])
        ents.append({'rule': rule, 'lines': sorted(set(ln)), 'why': why})
    out[i] = ents
with open('expected.json', 'w', encoding='utf-8') as fh:
    fh.write('{\n' + ',\n'.join(' %s: %s' % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in out.items()) + '\n}\n')
print('ok')
