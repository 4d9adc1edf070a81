import json, os, re, collections
C='cases'; RULES={'part-exceeds-whole','proportion-mismatch','sum-mismatch','change-mismatch','restatement-conflict','conversion-mismatch'}
WORDS={'one':'1','two':'2','three':'3','four':'4','five':'5','six':'6','seven':'7','eight':'8','nine':'9','ten':'10','eleven':'11','twelve':'12'}
probs=[]
files=sorted(os.listdir(C)); key=json.load(open('expected.json'))
exp_ids=['h%03d'%i for i in range(1,41)]
if [f.split('.')[0] for f in files]!=exp_ids: probs.append('ids')
txt=[f for f in files if f.endswith('.txt')]; md=[f for f in files if f.endswith('.md')]
if (len(files),len(txt),len(md))!=(40,30,10): probs.append(('counts',len(files),len(txt),len(md)))
if set(key)!=set(files): probs.append('key files differ')
def nums(s):
    s=s.lower()
    out=set(re.sub(r'[,]','',m) for m in re.findall(r'\d[\d,]*(?:\.\d+)?',s))
    for w,d in WORDS.items():
        if re.search(r'\b%s\b'%w,s): out.add(d)
    return out
for f in files:
    L=open(os.path.join(C,f),encoding='utf-8').read().rstrip('\n').split('\n')
    w=len(' '.join(L).split())
    if not 150<=w<=450: probs.append((f,'words',w))
    if f.endswith('.txt'):
        if L[1]!='' : probs.append((f,'line2'))
        for i,l in enumerate(L[2:],3):
            if (i%2==0)!=(l==''): probs.append((f,'layout',i))
    else:
        if not L[0].startswith('# '): probs.append((f,'md head'))
    seen=set()
    for e in key.get(f,[]):
        if e['rule'] not in RULES: probs.append((f,'rule',e['rule']))
        if e['rule'] in seen: probs.append((f,'dup rule',e['rule']))
        seen.add(e['rule'])
        wn=nums(e['why'])
        for ln in e['lines']:
            if not 1<=ln<=len(L) or not L[ln-1].strip(): probs.append((f,'bad line',ln)); continue
            if not (nums(L[ln-1])&wn): probs.append((f,'no cited figure on line',ln,e['rule']))
rc=collections.Counter(e['rule'] for v in key.values() for e in v)
tot=sum(rc.values()); withe=sum(1 for v in key.values() if v)
print('rule counts',dict(rc),'total',tot,'drafts with entries',withe,'clean',40-withe)
if any(not 6<=c<=7 for c in rc.values()) or len(rc)!=6: probs.append('rule counts')
if tot!=40: probs.append('total')
if withe!=28: probs.append('drafts with entries')
print('md ids',[f for f in md])
print('PROBLEMS:',probs if probs else 'none')
