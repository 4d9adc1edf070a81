#!/usr/bin/env python3
"""Builds two compact noun tables from the Princeton WordNet 3.0 noun database.

Run from anywhere (Python 3, standard library only):

    apt-get install -y wordnet-base          # puts the files in /usr/share/wordnet
    python3 scripts/build_wordnet_tables.py [--wordnet-dir DIR] [--repo DIR]

It reads these WordNet 3.0 files from DIR (default /usr/share/wordnet):

    noun.exc      irregular noun forms ("criteria criterion")
    index.noun    each noun lemma and its synsets, most frequent sense first
    data.noun     the noun synsets: their lemmas, pointers and glosses; its
                  header is the WordNet 3.0 licence
    cntlist.rev   SemCor sense-tag counts (sense key -> times tagged)
    index.adj     each adjective lemma (for adjectives.txt)
    index.verb    each verb lemma (for verbs.txt)
    verb.exc      irregular verb forms ("swam swim", for past_verbs.txt)

and writes, under the repository (default: this script's parent folder):

    src/quantity/noun_exceptions.txt   `plural singular`, one pair a line
    src/claim/noun_synonyms.txt        one group of nouns a line, the first
                                       word the group's representative
    src/claim/person_nouns.txt         nouns for kinds of people, common in text
    src/claim/collective_nouns.txt     nouns for a body of members ("fleet")
    src/quantity/verbs.txt             words that are verbs and no noun or
                                       adjective, common in text ("71
                                       compete": no noun)
    src/quantity/past_verbs.txt        irregular past forms of common verbs
                                       that are no noun or adjective ("74
                                       swam": no noun, said alone)
    src/quantity/adjectives.txt        words that are only adjectives, common
                                       in text ("73,000 available": no noun)
    LICENSE-WORDNET                    the licence, verbatim from data.noun

The output is deterministic: the same WordNet files give the same bytes.

noun_exceptions.txt: every pair of noun.exc whose plural and singular are
both single lowercase words ([a-z]+ only: no underscore, space, hyphen or
dot), whose plural differs from its singular and whose singular is a noun
lemma of index.noun. A plural with two singulars ("axes ax", "axes axis")
gives two lines. Sorted, no duplicates.

noun_synonyms.txt holds two blocks, each sorted:

1. Synonym groups. A synset S gives a group when
   - S is not an instance synset (no @i pointer of its own: named people,
     places and organisations are left out), and its hypernym closure,
     following @ and @i, reaches one of ROOTS below (person, animal,
     structure/building/housing/dwelling, vehicle, location, social group,
     organization);
   - at least two of its lemmas qualify: a lemma qualifies when it is one
     lowercase word ([a-z]+, as WordNet spells it, so proper nouns and
     capitalised names of peoples are out), S is its FIRST sense in
     index.noun (so a word's rarer senses make no link), and it is not
     mainly a plural form of another noun: its singular by noun.exc or by
     WordNet's morphy suffix rules (-s, -es, -ies, -men) is a noun lemma
     with more senses than the word has ("troops", "works", "oxen", "men").
   The group is the qualifying lemmas; the representative (first word) is
   the one tagged most often in SemCor for S (cntlist.rev), ties in the
   synset's own order, the rest following in the synset's order.

2. Hypernym groups, after the synonym groups: a qualifying synset P with at
   least one qualifying lemma and its direct hyponym C (pointer ~) with at
   least one qualifying lemma, when P's word is commonly used for C's
   members. Measured from WordNet alone, that is when all of these hold:
   - P is tagged at least MIN_TAGS times in SemCor (summed over its lemmas)
     and C at least as often as P (the narrower word is the usual one);
   - C takes more than half of the SemCor tags of all P's direct hyponyms
     (C is what P mostly stands for);
   - C's gloss names P as its genus: one of P's qualifying lemmas (or its
     plural in -s) is among the first GENUS_WORDS words of C's gloss
     ("employee: a worker who is hired to perform a job").
   The group is P's qualifying lemmas then C's; P's best-tagged lemma
   leads. A word may so appear in more than one line.
"""
import argparse
import os
import re
import sys

# Hypernym-closure roots: synset offset -> name (WordNet 3.0).
ROOTS = {
    "00007846": "person.n.01",
    "00015388": "animal.n.01",
    "04524313": "vehicle.n.01",
    "02913152": "building.n.01",
    "04341686": "structure.n.01",
    "03546340": "housing.n.01",
    "03259505": "dwelling.n.01",
    "00027167": "location.n.01",
    "07950920": "social_group.n.01",
    "08008335": "organization.n.01",
}
MIN_TAGS = 10
GENUS_WORDS = 5
WORD = re.compile(r"[a-z]+")
# WordNet's morphy detachment rules for nouns (suffix -> replacement).
MORPHY_NOUN = [("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
               ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", "")]


def read_lines(path):
    with open(path, encoding="latin-1") as f:
        return f.read().split("\n")


def load_index(wn):
    """lemma -> list of synset offsets, most frequent sense first."""
    index = {}
    for line in read_lines(os.path.join(wn, "index.noun")):
        if not line or line.startswith("  "):
            continue
        p = line.split()
        sense_cnt, ptr_cnt = int(p[2]), int(p[3])
        offsets = p[4 + ptr_cnt + 2:]
        assert len(offsets) == sense_cnt, line
        index[p[0]] = offsets
    return index


def load_data(wn):
    """offset -> synset dict; and the licence lines of the header."""
    synsets, licence = {}, []
    for line in read_lines(os.path.join(wn, "data.noun")):
        if not line:
            continue
        if line.startswith("  "):
            m = re.match(r"  \d+ ?(.*)$", line)
            licence.append(m.group(1).rstrip())
            continue
        head, _, gloss = line.partition(" | ")
        p = head.split()
        offset, lex_file, w_cnt = p[0], int(p[1]), int(p[3], 16)
        words = [(p[4 + 2 * i], int(p[5 + 2 * i], 16)) for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        ptrs = [tuple(p[i + 1 + 4 * k:i + 5 + 4 * k]) for k in range(int(p[i]))]
        synsets[offset] = {"lex_file": lex_file, "words": words,
                           "ptrs": ptrs, "gloss": gloss.strip()}
    return synsets, licence


def load_counts(wn):
    counts = {}
    for line in read_lines(os.path.join(wn, "cntlist.rev")):
        if line:
            key, _sense, tags = line.split()
            counts[key] = int(tags)
    return counts


def load_exceptions(wn):
    """list of (plural, [singulars]) in file order."""
    out = []
    for line in read_lines(os.path.join(wn, "noun.exc")):
        p = line.split()
        if len(p) >= 2:
            out.append((p[0], p[1:]))
    return out


class WordNet:
    def __init__(self, wn):
        self.index = load_index(wn)
        self.synsets, self.licence = load_data(wn)
        self.counts = load_counts(wn)
        self.exceptions = load_exceptions(wn)
        self.exc_singulars = {}
        for pl, sgs in self.exceptions:
            self.exc_singulars.setdefault(pl.lower(), []).extend(s.lower() for s in sgs)
        self._roots = {}

    def first_sense(self, lemma):
        offsets = self.index.get(lemma)
        return offsets[0] if offsets else None

    def tags(self, offset, word, lex_id):
        s = self.synsets[offset]
        key = "%s%%1:%02d:%02d::" % (word.lower(), s["lex_file"], lex_id)
        return self.counts.get(key, 0)

    def synset_tags(self, offset):
        return sum(self.tags(offset, w, i) for w, i in self.synsets[offset]["words"])

    def is_instance(self, offset):
        return any(p[0] == "@i" for p in self.synsets[offset]["ptrs"])

    def roots(self, offset):
        """The ROOTS reached by the @/@i closure of `offset` (itself included)."""
        if offset in self._roots:
            return self._roots[offset]
        found, stack, seen = set(), [offset], {offset}
        while stack:
            o = stack.pop()
            if o in ROOTS:
                found.add(ROOTS[o])
            for sym, target, pos, _ in self.synsets[o]["ptrs"]:
                if sym in ("@", "@i") and pos == "n" and target not in seen:
                    seen.add(target)
                    stack.append(target)
        self._roots[offset] = frozenset(found)
        return self._roots[offset]

    def is_plural_form(self, word):
        """Whether `word` is mainly the plural of another noun: a singular
        from noun.exc or from morphy's suffix rules is a noun lemma with more
        senses than `word` has ("men" -> "man", "troops" -> "troop"; not
        "dive" -> "diva", which noun.exc also lists)."""
        stems = set(self.exc_singulars.get(word, ()))
        if not word.endswith("ss"):
            for suffix, repl in MORPHY_NOUN:
                if word.endswith(suffix) and len(word) > len(suffix):
                    stems.add(word[:-len(suffix)] + repl)
        senses = len(self.index.get(word, ()))
        return any(s != word and len(self.index.get(s, ())) > senses for s in stems)

    def qualifying(self, offset):
        """The synset's lemmas (in synset order, ranked by tags) that qualify."""
        words = []
        for pos, (w, lex_id) in enumerate(self.synsets[offset]["words"]):
            if not WORD.fullmatch(w) or w in (x for x, _, _ in words):
                continue
            if self.first_sense(w) != offset or self.is_plural_form(w):
                continue
            words.append((w, self.tags(offset, w, lex_id), pos))
        if not words:
            return []
        best = max(words, key=lambda t: (t[1], -t[2]))
        return [best[0]] + [w for w, _, _ in words if w != best[0]]

    def kind(self, offset):
        return (not self.is_instance(offset)) and bool(self.roots(offset))


def build_exceptions(wn):
    pairs = set()
    for plural, singulars in wn.exceptions:
        pl = plural.lower()
        for s in singulars:
            sg = s.lower()
            if WORD.fullmatch(pl) and WORD.fullmatch(sg) and pl != sg and sg in wn.index:
                pairs.add((pl, sg))
    return sorted(pairs)


def build_synonym_groups(wn):
    groups = []
    for offset in sorted(wn.synsets):
        if not wn.kind(offset):
            continue
        words = wn.qualifying(offset)
        if len(words) >= 2:
            groups.append(words)
    return sorted(groups)


def genus_named(wn, child, parent_words):
    gloss = wn.synsets[child]["gloss"].split(";")[0].lower()
    tokens = re.findall(r"[a-z]+", gloss)[:GENUS_WORDS]
    return any(w in tokens or w + "s" in tokens for w in parent_words)


def build_hypernym_groups(wn):
    groups = []
    for parent in sorted(wn.synsets):
        if not wn.kind(parent):
            continue
        pwords = wn.qualifying(parent)
        ptags = wn.synset_tags(parent)
        if not pwords or ptags < MIN_TAGS:
            continue
        kids = [t for sym, t, pos, _ in wn.synsets[parent]["ptrs"]
                if sym == "~" and pos == "n"]
        total = sum(wn.synset_tags(k) for k in kids)
        for child in kids:
            ctags = wn.synset_tags(child)
            cwords = wn.qualifying(child)
            if not cwords or ctags < ptags or 2 * ctags <= total:
                continue
            if not genus_named(wn, child, pwords):
                continue
            group = pwords + [w for w in cwords if w not in pwords]
            if len(group) >= 2:
                groups.append(group)
    return sorted(groups)


def build_person_nouns(wn, min_tags=1):
    """Single-word nouns whose first sense is a kind of person.n.01 and is
    tagged at least `min_tags` times in SemCor (common in running text):
    the nouns "people" may stand for ("2,910 people ... 1,745 patients")."""
    out = []
    for lemma in sorted(wn.index):
        if not WORD.fullmatch(lemma):
            continue
        offset = wn.first_sense(lemma)
        if offset is None or wn.is_instance(offset) or "person.n.01" not in wn.roots(offset):
            continue
        s = wn.synsets[offset]
        lex_id = next((i for w, i in s["words"] if w.lower() == lemma), 0)
        if wn.tags(offset, lemma, lex_id) >= min_tags and not wn.is_plural_form(lemma):
            out.append(lemma)
    return out


def build_collective_nouns(wn, min_tags=0):
    """Single-word nouns whose first sense is in WordNet's noun.group
    lexicographer file (14), tagged in SemCor or not (rare words such as
    "workforce" and "electorate" are the ones news copy uses): words for a
    body of members ("fleet", "population"), that a share may name for
    the things a count counts."""
    out = []
    for lemma in sorted(wn.index):
        if not WORD.fullmatch(lemma):
            continue
        offset = wn.first_sense(lemma)
        if offset is None or wn.is_instance(offset):
            continue
        s = wn.synsets[offset]
        if s["lex_file"] != 14:
            continue
        lex_id = next((i for w, i in s["words"] if w.lower() == lemma), 0)
        if wn.tags(offset, lemma, lex_id) >= min_tags and not wn.is_plural_form(lemma):
            out.append(lemma)
    return out


def lemmas(wn_dir, index_file):
    """The single-word lemmas of one index file ("index.adj")."""
    return {line.split()[0] for line in read_lines(os.path.join(wn_dir, index_file))
            if line and not line.startswith("  ") and WORD.fullmatch(line.split()[0])}


def tagged_as(counts, ss_types):
    """Lemmas tagged at least once in SemCor with one of `ss_types`."""
    return {key.split("%")[0] for key, n in counts.items()
            if n > 0 and key.split("%")[1].split(":")[0] in ss_types}


def build_adjectives(wn_dir, nouns, counts):
    """Single lowercase words that index.adj holds and index.noun does not,
    tagged at least once in SemCor as an adjective (sense keys with
    ss_type 3 or 5): "available", "eligible", "outstanding"."""
    return sorted((lemmas(wn_dir, "index.adj") - set(nouns)) & tagged_as(counts, ("3", "5")))


def build_verbs(wn_dir, nouns, counts):
    """Single lowercase words that index.verb holds and neither index.noun
    nor index.adj does, tagged at least once in SemCor as a verb (sense keys
    with ss_type 2): "compete", "arrive", "remain"."""
    verbs = lemmas(wn_dir, "index.verb") - set(nouns) - lemmas(wn_dir, "index.adj")
    return sorted(verbs & tagged_as(counts, ("2",)))


def build_past_verbs(wn_dir, nouns, counts):
    """The irregular forms verb.exc gives for a verb tagged at least once in
    SemCor, when the form is a single lowercase word, no noun or adjective
    lemma, and ends in no -s ("gasses" may be a plural): "swam", "wrote",
    "rebuilt". Participles among them often modify a noun ("12 rebuilt
    homes"), so the checker reads one as a verb only alone after a figure."""
    not_verbs = set(nouns) | lemmas(wn_dir, "index.adj")
    tagged = tagged_as(counts, ("2",))
    forms = set()
    for line in read_lines(os.path.join(wn_dir, "verb.exc")):
        form, *bases = line.split() or [""]
        if (WORD.fullmatch(form) and not form.endswith("s") and form not in not_verbs
                and tagged.intersection(bases)):
            forms.add(form)
    return sorted(forms)


def write(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = "".join(line + "\n" for line in lines).encode("ascii")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet-dir", default="/usr/share/wordnet")
    ap.add_argument("--repo", default=os.path.dirname(here))
    args = ap.parse_args()
    for name in ("noun.exc", "index.noun", "data.noun", "cntlist.rev", "index.adj", "index.verb",
                 "verb.exc"):
        if not os.path.exists(os.path.join(args.wordnet_dir, name)):
            sys.exit("missing %s in %s (apt-get install wordnet-base)" % (name, args.wordnet_dir))
    wn = WordNet(args.wordnet_dir)

    exc = build_exceptions(wn)
    syn = build_synonym_groups(wn)
    hyp = build_hypernym_groups(wn)
    exc_path = os.path.join(args.repo, "src/quantity/noun_exceptions.txt")
    syn_path = os.path.join(args.repo, "src/claim/noun_synonyms.txt")
    per_path = os.path.join(args.repo, "src/claim/person_nouns.txt")
    lic_path = os.path.join(args.repo, "LICENSE-WORDNET")
    exc_size = write(exc_path, ["%s %s" % p for p in exc])
    syn_lines = [" ".join(g) for g in syn] + [" ".join(g) for g in hyp]
    syn_size = write(syn_path, syn_lines)
    persons = build_person_nouns(wn)
    per_size = write(per_path, persons)
    col_path = os.path.join(args.repo, "src/claim/collective_nouns.txt")
    collectives = build_collective_nouns(wn)
    col_size = write(col_path, collectives)
    adj_path = os.path.join(args.repo, "src/quantity/adjectives.txt")
    adjectives = build_adjectives(args.wordnet_dir, wn.index, wn.counts)
    adj_size = write(adj_path, adjectives)
    verb_path = os.path.join(args.repo, "src/quantity/verbs.txt")
    verbs = build_verbs(args.wordnet_dir, wn.index, wn.counts)
    verb_size = write(verb_path, verbs)
    past_path = os.path.join(args.repo, "src/quantity/past_verbs.txt")
    past = build_past_verbs(args.wordnet_dir, wn.index, wn.counts)
    past_size = write(past_path, past)
    licence = wn.licence
    while licence and not licence[-1]:
        licence = licence[:-1]
    lic_size = write(lic_path, licence)

    print("%s: %d pairs, %d bytes" % (exc_path, len(exc), exc_size))
    print("%s: %d groups (%d synonym, %d hypernym), %d bytes"
          % (syn_path, len(syn_lines), len(syn), len(hyp), syn_size))
    print("%s: %d nouns, %d bytes" % (per_path, len(persons), per_size))
    print("%s: %d nouns, %d bytes" % (col_path, len(collectives), col_size))
    print("%s: %d adjectives, %d bytes" % (adj_path, len(adjectives), adj_size))
    print("%s: %d verbs, %d bytes" % (verb_path, len(verbs), verb_size))
    print("%s: %d forms, %d bytes" % (past_path, len(past), past_size))
    print("%s: %d bytes" % (lic_path, lic_size))
    print("hypernym groups:")
    for g in hyp:
        print("  " + " ".join(g))
    print("sample synonym groups:")
    step = max(1, len(syn) // 25)
    for g in syn[::step][:25]:
        print("  " + " ".join(g))


if __name__ == "__main__":
    main()
