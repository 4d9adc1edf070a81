import json, os, re, collections
C='cases'; files=sorted(os.listdir(C))
exp=json.load(open('expected.json',encoding='utf-8'))
txt=[f for f in files if f.endswith('.txt')]; md=[f for f in files if f.endswith('.md')]
ids={f.rsplit('.',1)[0]:f for f in files}
assert len(files)==40 and len(txt)==30 and len(md)==10, (len(files),len(txt),len(md))
assert sorted(ids)==['p%03d'%i for i in range(1,41)]
assert set(exp)==set(ids), set(exp)^set(ids)
rules={'part-exceeds-whole','proportion-mismatch','sum-mismatch','change-mismatch','restatement-conflict','conversion-mismatch'}
cnt=collections.Counter(); n=0; withe=0
for i,ents in exp.items():
    lines=open(os.path.join(C,ids[i]),encoding='utf-8').read().split('\n')
    wc=len(' '.join(lines).split()); assert 150<=wc<=450,(i,wc)
    assert lines[1]=='' and lines[0].strip()
    if ids[i].endswith('.md'): assert lines[0].startswith('# ') and any(l.startswith(('- ','|')) for l in lines)
    else:
        assert not lines[0].startswith('#')
        body=[l for l in lines[2:] if l!='' ]
        for k,l in enumerate(lines[2:],start=3):
            assert (l=='')==(k%2==0) or (k==len(lines) and l==''),(i,k)
    rs=[e['rule'] for e in ents]; assert len(rs)==len(set(rs)),i
    if ents: withe+=1
    for e in ents:
        assert e['rule'] in rules; cnt[e['rule']]+=1; n+=1
        for L in e['lines']:
            assert 1<=L<=len(lines) and lines[L-1].strip(),(i,L)
        # numbers quoted in why should appear in listed lines (loosely)
        text=' '.join(lines[L-1] for L in e['lines'])
        nums=re.findall(r'\d[\d,.]*',e['why'])
        miss=[x for x in nums if x.rstrip('.,') not in text]
        if miss: print('note',i,e['rule'],'why-numbers not on lines:',miss)
print('drafts',len(exp),'with errors',withe,'entries',n,dict(cnt))
assert withe==28 and n==40 and all(6<=v<=7 for v in cnt.values()) and len(cnt)==6
print('ALL OK')
