import json,os,collections,re
d='/work/main/eval/drafts/s66/'
files=sorted(os.listdir(d+'cases'))
ids={f.rsplit('.',1)[0]:f for f in files}
assert len(files)==40, len(files)
ext=collections.Counter(f.rsplit('.',1)[1] for f in files); print(ext)
assert ext['txt']==30 and ext['md']==10
assert sorted(ids)==[f"m{i:03d}" for i in range(1,41)]
exp=json.load(open(d+'expected.json'))
figs=json.load(open('/tmp/s66_figs.json'))
assert set(exp)==set(ids)
RULES={"part-exceeds-whole","proportion-mismatch","sum-mismatch","change-mismatch","restatement-conflict","conversion-mismatch"}
n=0;rc=collections.Counter();withe=0
for i,ents in exp.items():
    txt=open(d+'cases/'+ids[i]).read(); lines=txt.split('\n')
    wc=len(re.findall(r"[A-Za-z0-9£$€][^\s]*",txt)); 
    assert 150<=wc<=450,(i,wc)
    if ids[i].endswith('.md'):
        assert lines[0].startswith('# ') and any(l.startswith('- ') or l.startswith('|') for l in lines),i
    else:
        assert not lines[0].startswith('#')
    assert lines[1]==''
    rules=[e['rule'] for e in ents]; assert len(rules)==len(set(rules)),i
    if ents: withe+=1
    for e,fs in zip(ents,figs[i]):
        assert e['rule'] in RULES and set(e)=={'rule','lines','why'}
        n+=1; rc[e['rule']]+=1
        for f in fs:
            assert f in txt,(i,f)
            assert any(f in lines[l-1] for l in e['lines']),(i,f)
        assert all(1<=l<=len(lines) and lines[l-1].strip() for l in e['lines'])
print(withe,n,rc)
assert withe==28 and n==40 and all(6<=v<=7 for v in rc.values()) and len(rc)==6
print("OK")
