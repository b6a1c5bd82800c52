"""Would a small trained model help the reading? Five-fold cross-validation on the
dev split (folds grouped by case_key), measured as the accuracy script scores.

One logistic regression per article (2014 numbering; 1997 labels converted; the
20 articles with at least five dev labels) over an account's base forms and
their bigrams. Two uses are tried: proposing an article the reading missed when
the model's probability is at least t, and dropping a finding the model gives
less than t. Needs numpy (the `scale` extra). The outcome is recorded in
docs/decisions/0007 (fifth session): neither use improves on the rules alone.

    python scripts/model_cv.py      # about 4 minutes of CPU

Its comparison favours the rules, tuned on every dev account; the measurement on
rounds the rules had not been tuned on is scripts/model_rolling.py (twelfth session).
"""
import sys, random, collections, math
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'scripts')); sys.path.insert(0, str(ROOT))
import numpy as np
import accuracy
from lawbook import rulebook
from lawbook.classification import classify_text
from lawbook.conversion import index as code_index, convert_parsed
from lawbook.reading.wordforms import tokens, kazakh
rb=rulebook.load(); ix=code_index(rb); kk=kazakh(rb)
acc=accuracy.load('dev')
def fam(code, art):
    if code=='2014': return {art}
    try: return {r.article for r in convert_parsed('1997', art, None, ix).results} or {art}
    except Exception: return {art}
def back(art):
    try: return {r.article for r in convert_parsed('2014', art, None, ix).results}
    except Exception: return set()
def feats(text, lang):
    ks=[t.key for t in tokens(text, lang, kk=kk) if len(t.key)>2 and not t.key.isdigit()]
    f=set(lang+':'+k for k in ks)
    f|=set(lang+':'+a+'_'+b for a,b in zip(ks,ks[1:]))
    return f
docs=[]
for a in acc:
    labs=set()
    for l in a.get('labels') or []:
        labs|=fam(str(a.get('code') or '2014'), str(l['article']))
    res=classify_text(a['passage'], rulebook=rb)
    arts,_=accuracy.found_articles(res)
    docs.append((a, feats(a['passage'], a['lang']), labs, arts))
print('docs', len(docs))
ART=sorted({x for d in docs for x in d[2]})
ART=[x for x in ART if sum(x in d[2] for d in docs)>=5]
print('arts', ART)
def train(idx):
    vocab={}
    for i in idx:
        for f in docs[i][1]: vocab.setdefault(f,len(vocab))
    X=np.zeros((len(idx),len(vocab)),dtype=np.float32)
    for r,i in enumerate(idx):
        for f in docs[i][1]: X[r,vocab[f]]=1
    X/=np.sqrt(np.maximum(X.sum(1,keepdims=True),1))
    W={}
    for art in ART:
        y=np.array([art in docs[i][2] for i in idx],dtype=np.float32)
        w=np.zeros(len(vocab),dtype=np.float32); b=0.0
        lr=4.0; lam=1e-4
        for ep in range(400):
            z=X@w+b; p=1/(1+np.exp(-z)); g=p-y
            w-=lr*(X.T@g/len(idx)+lam*w); b-=lr*g.mean()
        W[art]=(w,b)
    return vocab,W
def predict(model, f):
    vocab,W=model
    ids=[vocab[x] for x in f if x in vocab]
    n=math.sqrt(max(len(f),1))
    out={}
    for art,(w,b) in W.items():
        z=b+sum(w[i] for i in ids)/n
        out[art]=1/(1+math.exp(-z))
    return out
random.seed(1)
# group folds by case_key
keys=collections.defaultdict(list)
for i,d in enumerate(docs): keys[d[0].get('case_key') or d[0]['id']].append(i)
groups=list(keys.values()); random.shuffle(groups)
folds=[[] for _ in range(5)]
for j,g in enumerate(groups): folds[j%5]+=g
preds={}
for k in range(5):
    tr=[i for j in range(5) if j!=k for i in folds[j]]
    m=train(tr)
    for i in folds[k]: preds[i]=predict(m, docs[i][1])
for t in (0.2, 0.3, 0.4, 0.5, 0.6):
    tp=fp=fn=0; add_tp=add_fp=0
    for i,(a,f,labs,arts) in enumerate(docs):
        code=str(a.get('code') or '2014')
        labels={str(l['article']) for l in a.get('labels') or []}
        found=set()
        for prim,alts in arts:
            hit={x for c,x in alts if x in labels}
            found|= hit or {'FP:'+prim}
        famfound=set()
        for prim,alts in arts: famfound|={x for c,x in alts}
        for art,p in preds[i].items():
            if p>=t and art not in famfound:
                alts={art}|back(art)
                hit=alts&labels
                if hit: found|=hit; add_tp+=1
                else: found.add('FP:m'+art); add_fp+=1
        fps={x for x in found if x.startswith('FP:')}
        m=found-fps
        tp+=len(m); fp+=len(fps); fn+=len(labels-m)
    P=tp/(tp+fp); R=tp/(tp+fn); print(t, 'P %.3f R %.3f F1 %.3f'%(P,R,2*P*R/(P+R)), 'added tp',add_tp,'fp',add_fp)
print('--- filter: drop reader findings the model gives p < t (articles the model knows)')
for t in (0.01,0.02,0.05,0.1):
    tp=fp=fn=0; dropped_tp=dropped_fp=0
    for i,(a,f,labs,arts) in enumerate(docs):
        labels={str(l['article']) for l in a.get('labels') or []}
        found=set()
        for prim,alts in arts:
            fam2014={x for c,x in alts if c=='2014'} or {prim}
            ps=[preds[i][x] for x in fam2014 if x in preds[i]]
            hit={x for c,x in alts if x in labels}
            if ps and max(ps)<t:
                if hit: dropped_tp+=1
                else: dropped_fp+=1
                continue
            found|= hit or {'FP:'+prim}
        fps={x for x in found if x.startswith('FP:')}
        m=found-fps
        tp+=len(m); fp+=len(fps); fn+=len(labels-m)
    P=tp/(tp+fp); R=tp/(tp+fn); print(t, 'P %.3f R %.3f F1 %.3f'%(P,R,2*P*R/(P+R)), 'dropped tp',dropped_tp,'fp',dropped_fp)
