import json,os
S="sum-mismatch";R="proportion-mismatch";C="change-mismatch";V="conversion-mismatch";T="restatement-conflict";P="part-exceeds-whole"
spec={
"m001":[(S,["412 crews","178 junior crews"],"178 + 131 + 64 + 49 = 422 crews, not the 412 entered")],
"m003":[(S,["takes in 640 animals","took in 640 dogs","Surrendered by owners: 289","Strays collected by the council: 203","Transfers from other shelters: 96","Seized in welfare cases: 34"],"289 + 203 + 96 + 34 = 622 dogs, not the 640 taken in"),
        (R,["rehoming rate of 82%"],"412 of the 640 dogs is about 64%, not 82%")],
"m004":[(C,["an increase of 23%"],"29,600 to 38,400 is a rise of 8,800, or about 30%, not 23% (23% is 8,800 divided by the new figure)")],
"m005":[(C,["£96,000 needed","a rise of a third"],"£64,000 to £96,000 is a rise of £32,000, or 50%, not a third (a third is £32,000 divided by the new target)"),
        (V,["34-metre (72ft)"],"34 metres is about 112 feet, not 72")],
"m007":[(V,["minus 12C (20F)"],"minus 12C is about 10F, not 20F (the multiplication by 1.8 was skipped)")],
"m008":[(P,["Black pepper accounted for 1,120 tonnes","sent 1,340 tonnes"],"1,340 tonnes of pepper from Vietnam is more than the 1,120 tonnes of black pepper shipped in all"),
        (T,["employs 86 people","all 68 staff"],"the firm employs 86 people in the first paragraph but has 68 staff in the last")],
"m010":[(R,["roughly 40%"],"370 of the 1,480 items is 25%, one in four, not roughly 40%")],
"m011":[(V,["12-mile (29km)"],"12 miles is about 19km, not 29km"),
        (C,["a cut of nearly half"],"£140 to £95 is a cut of £45, or about 32%, roughly a third, not nearly half")],
"m012":[(T,["carry 1.2 million tonnes","carried 1.2 million tonnes","2.1 million tonnes we moved"],"last year's freight is 1.2 million tonnes in the headline, opening and breakdown (640,000 + 310,000 + 250,000) but 2.1 million tonnes in the chief executive's quote")],
"m014":[(R,["1,450 swimmers","580 were children, about a quarter"],"580 of the 1,450 first-day swimmers is 40%, not about a quarter"),
        (P,["sold 2,200 season tickets","bought 2,650"],"2,650 season tickets bought by residents is more than the 2,200 sold in total")],
"m015":[(P,["| Open | 64 |","Seventy-one of its entrants"],"71 rated entrants is more than the 64 players in the Open section")],
"m016":[(S,["answered 184,300","14,900 in category one"],"14,900 + 92,400 + 51,600 + 19,400 = 178,300 calls, not the 184,300 answered")],
"m018":[(S,["tops £30m","sold £31.4m","Hake brought in £9.8m"],"9.8 + 7.2 + 6.1 + 6.3 = £29.4m, not the £31.4m total"),
        (T,["A total of 14,600 tonnes","landing 16,400 tonnes"],"the year's landings are 14,600 tonnes in one paragraph and 16,400 tonnes in another")],
"m019":[(C,["from 16% to 24%, a rise of a third"],"16% to 24% is a rise of eight points, or 50% in relative terms, not a third (a third is 8 divided by the new 24)")],
"m021":[(R,["about 3% of the 19,500"],"1,150 of 19,500 daily trips is about 6%, not about 3%"),
        (C,["a rise of 23%"],"2,000 to 2,600 is a rise of 600, or 30%, not 23% (23% is 600 divided by 2,600)")],
"m023":[(R,["roughly six in ten"],"1,140 of 1,490 staff is about 77%, roughly three in four, not six in ten")],
"m024":[(V,["1,200 square metres (3,940 sq ft)"],"1,200 square metres is about 12,900 sq ft, not 3,940 (a linear metres-to-feet factor was used for an area)")],
"m025":[(V,["26.2-mile (16.3km)"],"26.2 miles is about 42.2km, not 16.3km (divided by 1.609 instead of multiplying)"),
        (S,["raises £1.3m","raised £1.3m","the remaining £220,000"],"£410,000 + £280,000 + £190,000 + £220,000 = £1.1m, not the £1.3m raised")],
"m026":[(T,["roasted 182 tonnes","the 128 tonnes roasted"],"last year's output is 182 tonnes in the opening and the table but 128 tonnes in the founder's remark")],
"m028":[(P,["58 string players","64 players split"],"64 violinists is more than the 58 string players in total")],
"m029":[(P,["electrical goods 1,150 tonnes","1,390 tonnes"],"1,390 tonnes of fridges and freezers is more than the 1,150 tonnes of electrical goods they belong to"),
        (T,["handled 18,600 tonnes","of the 16,800 tonnes"],"the tonnage brought to the centre is 18,600 in the first paragraph and 16,800 in the council leader's statement")],
"m030":[(S,["will cost £4.2m","£2.5m from a bank loan","£1.1m from the company","£0.9m from a regional"],"£2.5m + £1.1m + £0.9m = £4.5m, not the £4.2m cost")],
"m032":[(R,["admitted 1,260 hedgehogs","a survival rate of just under half"],"790 of 1,260 hedgehogs is about 63%, not just under half"),
        (C,["an increase of a third"],"£68,000 to £102,000 is a rise of £34,000, or 50%, not a third (a third is £34,000 divided by the new figure)")],
"m033":[(C,["an increase of about 40%"],"240 to 410 is a rise of 170, or about 71%, not about 40% (40% is 170 divided by 410)")],
"m034":[(R,["about two in five"],"40 of 64 households is about 62%, roughly three in five, not two in five")],
"m036":[(V,["2.6km (4.2 miles)"],"2.6km is about 1.6 miles, not 4.2 (multiplied by 1.609 instead of dividing)"),
        (T,["It cost £7.8m","the £8.7m investment"],"the lift costs £7.8m in the third paragraph but is an £8.7m investment in the last")],
"m037":[(P,["take on 240 engineering apprentices","265 are school leavers"],"265 school leavers is more than the 240 engineering apprentices starting this autumn")],
"m039":[(S,["went to 7,100 households","accounted for 3,050"],"3,050 + 2,610 + 1,140 = 6,800 households, not 7,100"),
        (P,["accounted for 3,050","3,320 had at least one adult"],"3,320 families with an adult in work is more than the 3,050 families with children")],
}
files={f.split('.')[0]:f for f in os.listdir('cases')}
out={}; figs={}
for i in sorted(files):
    lines=open('cases/'+files[i]).read().split('\n')
    ents=[]
    for rule,fs,why in spec.get(i,[]):
        ls=set()
        for f in fs:
            hit=[n+1 for n,l in enumerate(lines) if f in l]
            assert len(hit)==1,(i,f,hit)
            ls|=set(hit)
        ents.append({"rule":rule,"lines":sorted(ls),"why":why})
    out[i]=ents; figs[i]=[fs for _,fs,_ in spec.get(i,[])]
with open('expected.json','w') as fh:
    fh.write('{\n'+',\n'.join(' '+json.dumps(k)+': '+json.dumps(v,ensure_ascii=False) for k,v in out.items())+'\n}\n')
json.dump(figs,open('/tmp/s66_figs.json','w'),ensure_ascii=False)
