import json, os
D = '/work/main/eval/drafts/s61'
spec = {
 't001': [('proportion-mismatch', ['12 of them, or one in three'], '12 of 48 pickers is one in four (25%), not one in three'),
          ('conversion-mismatch', ['1,500 litres (about 5,700 gallons)'], '1,500 litres is about 396 US or 330 imperial gallons, not 5,700 (gallons-to-litres factor applied the wrong way)')],
 't002': [('sum-mismatch', ['received 212 applications', '88 from art colleges'], '88 + 61 + 37 + 16 = 202, not the 212 applications')],
 't003': [],
 't004': [('sum-mismatch', ['launched 137 times', '| Pleasure boats | 49 |', '| Swimmers and paddleboarders | 38 |', '| Fishing vessels | 21 |', '| Cliff and shore searches | 17 |', '| Other | 6 |', '| Total | 137 |'], '49 + 38 + 21 + 17 + 6 = 131, not the 137 launches'),
          ('change-mismatch', ['down from 12, a cut of a third'], '12 to 9 minutes is a cut of 3 minutes, or 25%, not a third (3/9 worked on the new value)')],
 't005': [('part-exceeds-whole', ['only 171 adult volunteers', '186 hold a current first-aid'], '186 volunteers with a first-aid certificate is more than the 171 adult volunteers')],
 't006': [],
 't007': [('change-mismatch', ['up from 14,000 in 2019, an increase of a third'], '14,000 to 21,000 is a rise of 7,000, or 50%, not a third (7,000/21,000 on the new value)'),
          ('restatement-conflict', ['former chapel with 220 seats', "Of the chapel's 180 seats"], 'the chapel is given 220 seats, later 180 seats')],
 't008': [('conversion-mismatch', ['above 8C (40F)'], '8C is about 46F (8 x 1.8 + 32), not 40F'),
          ('part-exceeds-whole', ['The circle now has 240 members', 'so far 265 members have completed it'], '265 members who completed the course is more than the 240 members of the circle')],
 't009': [('conversion-mismatch', ['18 square metres (59 square feet)'], '18 square metres is about 194 square feet; 59 uses the linear factor 3.28')],
 't010': [],
 't011': [('proportion-mismatch', ['18 of them learned in the past two years, roughly two in five'], '18 of 27 ringers is two in three (67%), not two in five')],
 't012': [('proportion-mismatch', ['Circle members made 620 squares, roughly four in five'], '620 of 1,000 squares is 62%, about three in five, not four in five'),
          ('restatement-conflict', ['a banner of 1,000 hand-stitched squares', "each of the banner's 1,200 squares"], 'the banner has 1,000 squares (20 x 50), later 1,200 squares')],
 't013': [],
 't014': [('change-mismatch', ['Applications reached 190 this year', 'demand is up by more than half'], '145 to 190 is a rise of 45, or 31%, not more than half')],
 't015': [('sum-mismatch', ['Ticket income was £124,000'], '86,000 + 27,000 + 7,000 = £120,000, not £124,000'),
          ('part-exceeds-whole', ['a team of five puppeteers', "Six of the run's puppeteers are under 25"], "six puppeteers under 25 is more than the run's team of five puppeteers")],
 't016': [('change-mismatch', ['down from 7,400 the year before, a fall of 15%'], '7,400 to 6,900 is a fall of 500, or about 7%, not 15%'),
          ('conversion-mismatch', ['weighs 14kg (about 6lb)'], '14kg is about 31lb, not 6lb (divided by 2.2 instead of multiplied)')],
 't017': [],
 't018': [('restatement-conflict', ['has handed jars to 900 home bakers since it opened', 'In its first two years the library served more than 1,300 bakers'], '900 bakers served since opening, but more than 1,300 in the first two years alone')],
 't019': [('proportion-mismatch', ['Beeswax candles account for 6,000'], '6,000 of about 40,000 candles is 15%, not about a third'),
          ('part-exceeds-whole', ['It employs 26 people, 19 of them part-time', 'Twenty-one of the part-timers'], '21 student part-timers is more than the 19 part-time staff')],
 't020': [],
 't021': [('sum-mismatch', ['There were 86 teams', 'Of those teams, 44 were from England'], '44 + 18 + 11 + 7 = 80, not the 86 teams')],
 't022': [('change-mismatch', ['fell to 3,100 last year from 5,200 in 2019'], '5,200 to 3,100 is a drop of 2,100, or about 40%, not about a fifth')],
 't023': [('conversion-mismatch', ['31 grams (about 3 ounces)'], '31 grams is about 1.1 ounces, not 3')],
 't024': [('part-exceeds-whole', ['using timber from 23 trees', '26 of the trees were sycamores'], '26 sycamores is more than the 23 trees used'),
          ('proportion-mismatch', ['The club has 64 members', 'nearly half of the club'], '52 of 64 members is about 81%, not nearly half')],
 't025': [],
 't026': [('sum-mismatch', ['attended by 740 registered magicians', 'Britain sent 410'], '410 + 150 + 95 + 45 = 700, not the 740 registered magicians')],
 't027': [],
 't028': [('change-mismatch', ['The rise of 11 players, nearly 40%'], '17 to 28 players is a rise of 11, or about 65%, not nearly 40% (11/28 worked on the new value)'),
          ('restatement-conflict', ['has 28 players for the first time', "all 24 of the band's players"], 'the band has 28 players (table also sums to 28), later all 24 of its players')],
 't029': [('conversion-mismatch', ['2.5kg (about 1.1lb)'], '2.5kg is about 5.5lb, not 1.1lb (divided by 2.2 instead of multiplied)')],
 't030': [],
 't031': [('sum-mismatch', ["This year's display will cost £64,000"], '38,000 + 12,000 + 9,000 = £59,000, not £64,000'),
          ('proportion-mismatch', ['30 will be trained first-aiders, two in every five'], '30 of 120 stewards is one in four, not two in five')],
 't032': [('part-exceeds-whole', ['| Adult teams | 19 | Sandstorm |', '21 of its teams had entered before'], '21 adult teams that had entered before is more than the 19 adult teams')],
 't033': [('restatement-conflict', ['employs six guides', 'each of her eight guides'], 'the company employs six guides, later eight guides')],
 't034': [],
 't035': [('change-mismatch', ['an overrun of about 37%'], '£3,500 to £5,600 is an overrun of £2,100, or 60%, not about 37% (2,100/5,600 worked on the new value)')],
 't036': [],
 't037': [('sum-mismatch', ['a puzzle of 1,250 clues', '560 run across and 630 run down'], '560 + 630 = 1,190, not the 1,250 clues (25 setters x 50 clues)'),
          ('part-exceeds-whole', ['The guild has 140 members', '162 chose rivers'], '162 members voting for rivers is more than the 140 members of the guild')],
 't038': [('proportion-mismatch', ['510 were rib replacements, roughly one in three'], '510 of 880 repairs is 58%, more than half, not one in three')],
 't039': [],
 't040': [('restatement-conflict', ['Staff: 46, including 12', 'all 52 of the firm'], 'the firm has 46 staff, later all 52 of its staff')],
}
key = {}
for cid, finds in sorted(spec.items()):
    fn = [f for f in os.listdir(D+'/cases') if f.startswith(cid+'.')][0]
    lines = open(D+'/cases/'+fn, encoding='utf-8').read().split('\n')
    out = []
    for rule, subs, why in finds:
        ln = []
        for s in subs:
            hits = [i+1 for i, l in enumerate(lines) if s in l]
            assert len(hits) == 1, (cid, s, hits)
            ln.append(hits[0])
        out.append({'rule': rule, 'lines': sorted(set(ln)), 'why': why})
    key[cid] = out
with open(D+'/expected.json', 'w', encoding='utf-8') as f:
    f.write('{\n')
    items = list(key.items())
    for n, (k, v) in enumerate(items):
        f.write(' ' + json.dumps(k) + ': ' + json.dumps(v, ensure_ascii=False) + (',' if n < len(items)-1 else '') + '\n')
    f.write('}\n')
print('ok')
