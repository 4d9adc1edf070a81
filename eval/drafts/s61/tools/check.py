import json, os, re, collections
D='/work/main/eval/drafts/s61'
files=sorted(os.listdir(D+'/cases'))
txt=[f for f in files if f.endswith('.txt')]; md=[f for f in files if f.endswith('.md')]
print('files',len(files),'txt',len(txt),'md',len(md))
key=json.load(open(D+'/expected.json'))
ids=sorted(f.split('.')[0] for f in files)
assert ids==['t%03d'%i for i in range(1,41)] and sorted(key)==ids
rules=collections.Counter(); clean=0; errs=0
numre=re.compile(r'\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|third|quarter|fifth|dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b',re.I)
for f in files:
    cid=f.split('.')[0]; text=open(D+'/cases/'+f,encoding='utf-8').read(); lines=text.split('\n')
    wc=len(text.split()); assert 150<=wc<=450,(f,wc)
    if f.endswith('.md'):
        assert lines[0].startswith('# '),f
        assert any(l.startswith('- ') or l.startswith('|') for l in lines),f
    else:
        assert lines[1]=='' and all((l=='')==(i%2==1) for i,l in enumerate(lines[:-1] if lines[-1]=='' else lines)),f
    ents=key[cid]
    if not ents: clean+=1
    rs=[e['rule'] for e in ents]; assert len(rs)==len(set(rs)),cid
    for e in ents:
        rules[e['rule']]+=1; errs+=1
        for ln in e['lines']:
            assert 1<=ln<=len(lines) and numre.search(lines[ln-1]),(cid,ln)
print(dict(rules)); print('clean',clean,'errors',errs,'drafts with errors',40-clean)
assert all(6<=v<=7 for v in rules.values()) and len(rules)==6 and clean==12
