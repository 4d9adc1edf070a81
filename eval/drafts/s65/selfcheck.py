import json, os, re, collections
D='/work/main/eval/drafts/s65'; C=D+'/cases'
RULES={'part-exceeds-whole','proportion-mismatch','sum-mismatch','change-mismatch','restatement-conflict','conversion-mismatch'}
files=sorted(os.listdir(C))
assert len(files)==40, len(files)
ext=collections.Counter(f.split('.')[1] for f in files); assert ext=={'txt':30,'md':10}, ext
assert [f.split('.')[0] for f in files]==['n%03d'%i for i in range(1,41)]
print('md:', [f for f in files if f.endswith('.md')])
key=json.load(open(D+'/expected.json'))
ex=json.load(open('/work/shared/examples/expected.json'))
byid={f.split('.')[0]:f for f in files}
assert set(key)==set(byid)
withe=[k for k,v in key.items() if v]; assert len(withe)==28, len(withe)
n=sum(len(v) for v in key.values()); assert n==40, n
rc=collections.Counter(e['rule'] for v in key.values() for e in v); print(rc)
assert all(6<=c<=7 for c in rc.values()) and set(rc)==RULES
for k,v in key.items():
    rs=[e['rule'] for e in v]; assert len(rs)==len(set(rs)), k
    text=open(C+'/'+byid[k],encoding='utf-8').read(); lines=text.split('\n')
    for e in v:
        assert set(e)=={'rule','lines','why'} and e['rule'] in RULES
        assert all(1<=l<=len(lines) and lines[l-1].strip() for l in e['lines']), (k,e)
        # every figure quoted in why ("..." or numbers) must occur in the file
        for q in re.findall(r'"([^"]+)"', e['why']): assert q in text, (k,q)
        for num in re.findall(r'\d[\d,.]*\d|\d', e['why']):
            pass
        figs=[x for x in re.findall(r'[£$]?\d[\d,]*(?:\.\d+)?', e['why'])]
        found=[f for f in figs if f in text]
        assert found, (k,e)
        # at least one stated figure appears on a listed line
        assert any(f in lines[l-1] for f in found for l in e['lines']), (k,e)
# format checks
for f in files:
    t=open(C+'/'+f,encoding='utf-8').read(); L=t.rstrip('\n').split('\n')
    w=len(t.split()); assert 150<=w<=450, (f,w)
    assert L[1]=='' , f
    if f.endswith('.md'):
        assert L[0].startswith('# '), f
        assert any(l.startswith('- ') for l in L) or any(l.startswith('|') for l in L), f
    else:
        assert not L[0].startswith('#'), f
        for i,l in enumerate(L): assert (l=='')==(i%2==1), (f,i)
print('OK', len(files), 'drafts', n, 'errors')
