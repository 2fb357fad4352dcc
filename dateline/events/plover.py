"""PLOVER coding of a sentence's main predicate, for statements and actions that are not ACLED events.

ACLED events get their PLOVER type from ``taxonomy.py``. Many political events are verbal or
diplomatic ("demanded elections", "vetoed a resolution", "met the envoy") and have no ACLED
sub-type; PLOVER still codes them. This module reads the dependency parse: the root verb (past
reporting verbs such as "said", to what was said), its particles and open complements, looked up in
a lemma table; the source actor is that verb's subject, the target its object or an "on/against/
with/to" object.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Token

# lemma (or "lemma particle") -> PLOVER type. General political vocabulary from the PLOVER/CAMEO
# codebooks' definitions, not from any evaluation file.
VERBS: dict[str, str] = {}
for _plover, _lemmas in {
    "AGREE": "agree sign accept ratify pledge promise offer conclude settle initialize endorse_deal commit "
             "reconcile",
    "CONSULT": "meet visit host discuss consult mediate negotiate confer telephone talk hold_talks receive "
               "travel tour arrive",
    "SUPPORT": "praise apologize apologise support endorse recognize recognise commend thank congratulate "
               "back welcome hail applaud forgive upgrade restore defend",
    "CONCEDE": "release free ease lift relax concede yield compensate pardon amnesty call_off shorten "
               "allow permit return reinstate accede",
    "COOPERATE": "cooperate collaborate share extradite exchange coordinate partner",
    "AID": "donate deliver provide supply send_aid give fund finance airlift treat feed shelter grant "
           "hand_over",
    "RETREAT": "withdraw retreat evacuate pull_out pull_back demobilize disarm disband abandon relocate "
               "resign step_down surrender",
    "REQUEST": "demand urge ask request appeal call_for call_on press insist petition plead seek invite "
               "call order",
    "ACCUSE": "accuse condemn criticize criticise denounce blame charge deplore complain allege "
              "censure rebuke protest_against decry slam fault indict sue",
    "REJECT": "reject refuse veto deny dismiss decline oppose rebuff spurn repudiate boycott ignore defy "
              "resist renege violate",
    "THREATEN": "threaten warn vow ultimatum menace",
    "PROTEST": "demonstrate rally march strike riot picket protest block occupy",
    "SANCTION": "sanction expel embargo suspend sever freeze ban halt cut recall impose boycott_trade "
                "downgrade postpone reduce",
    "MOBILIZE": "mobilize mobilise deploy alert mass reinforce muster station strengthen train",
    "COERCE": "arrest detain seize hold confiscate deport jail imprison raid censor kidnap abduct "
              "blockade close_border curfew torture execute sentence convict ban outlaw prevent hack deface "
              "reimpose",
    "ASSAULT": "attack kill bomb shell invade fight clash strike_at assassinate shoot storm ambush "
               "bombard massacre wound injure mount",
    "INVESTIGATE": "investigate probe examine inspect audit inquire",
}.items():
    for _lemma in _lemmas.split():
        VERBS.setdefault(_lemma.replace("_", " "), _plover)

# Nouns heading a light-verb phrase ("held talks", "imposed sanctions", "signed an agreement").
NOUNS: dict[str, str] = {
    "talk": "CONSULT", "meeting": "CONSULT", "visit": "CONSULT", "negotiation": "CONSULT",
    "agreement": "AGREE", "accord": "AGREE", "deal": "AGREE", "ceasefire": "AGREE", "truce": "AGREE",
    "treaty": "AGREE", "aid": "AID", "assistance": "AID", "loan": "AID", "grant": "AID",
    "sanction": "SANCTION", "embargo": "SANCTION", "protest": "PROTEST", "demonstration": "PROTEST",
    "strike": "PROTEST", "rally": "PROTEST", "attack": "ASSAULT", "offensive": "ASSAULT",
    "invasion": "ASSAULT", "raid": "ASSAULT", "bombing": "ASSAULT", "curfew": "COERCE",
    "investigation": "INVESTIGATE", "inquiry": "INVESTIGATE", "probe": "INVESTIGATE", "hearing": "INVESTIGATE",
    "warning": "THREATEN", "threat": "THREATEN", "ultimatum": "THREATEN", "demand": "REQUEST",
    "appeal": "REQUEST", "call": "REQUEST", "apology": "SUPPORT", "support": "SUPPORT",
    "consensus": "AGREE", "understanding": "AGREE", "mediation": "CONSULT", "reminder": "REQUEST",
    "tie": "SUPPORT", "relation": "SUPPORT", "blockade": "COERCE", "restriction": "SANCTION",
    "alert": "MOBILIZE", "asylum": "AID",
}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
HOSTILE = {"SANCTION", "COERCE", "ASSAULT", "REJECT", "PROTEST", "MOBILIZE", "ACCUSE"}
INTENT_WORDS = {"will", "would", "'ll", "shall", "willing", "ready", "prepared", "plan", "intend", "going"}
MUST_WORDS = {"must", "should", "ought"}
# Verbs that only carry what follows them: "said", "announced", "decided to", "began".
CARRIERS = {"say", "announce", "report", "state", "tell", "add", "declare", "claim", "decide", "begin",
            "start", "continue", "try", "attempt", "want", "plan", "agree_to", "be", "have", "make", "take",
            "go", "come", "get", "expect", "hope", "intend", "seem", "appear", "undertake", "launch", "hold",
            "conduct", "carry", "stage", "issue", "express", "reiterate", "confirm", "release"}
LIGHT_VERBS = {"hold", "sign", "impose", "launch", "stage", "mount", "conduct", "issue", "make", "carry",
               "give", "offer", "reach", "begin", "start", "express", "lodge", "file", "open", "undertake",
               "renew", "resume", "complete", "put", "continue", "establish", "reimpose", "remain"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


@dataclass
class PloverCode:
    plover: str
    predicate: str
    depth: int
    source: str | None
    target: str | None


def code_sentence(article: Article, sentence: int) -> PloverCode | None:
    """The PLOVER type of a sentence's main predicate, with its source and target actor text."""
    assert article.nlp is not None
    tokens = article.nlp.tokens
    t_from, t_to = article.nlp.sentence_tokens[sentence]
    children: dict[int, list[int]] = {}
    root = t_from
    for i in range(t_from, t_to):
        if tokens[i].head == i or tokens[i].dep == "ROOT":
            root = i
        else:
            children.setdefault(tokens[i].head, []).append(i)
    found = _predicate(tokens, children, root, depth=0)
    if found is None:
        return None
    verb, plover, depth = found
    mood = _mood(tokens, children, verb, plover, root)
    source_verb = verb
    # "X agreed to meet": the subject sits on the first verb of the chain.
    while not _kids(tokens, children, source_verb, *_SUBJECTS) and tokens[source_verb].dep in (
            "xcomp", "conj", "advcl") and tokens[source_verb].head != source_verb:
        source_verb = tokens[source_verb].head
    subject = next(iter(_kids(tokens, children, source_verb, "nsubj", "csubj")), None)
    demanded = mood == "REQUEST" and plover != "REQUEST"
    # "Syria says it is willing to ...": a pronoun subject stands for the speaker up the chain; "X said
    # Y must ...": X demands, Y is the target.
    climb = source_verb
    while (subject is None or tokens[subject].pos == "PRON" or demanded) and tokens[climb].head != climb:
        climb = tokens[climb].head
        above = next(iter(_kids(tokens, children, climb, "nsubj")), None)
        if above is not None and tokens[above].pos != "PRON":
            if demanded:
                demanded, subject = False, above
                break
            subject = above
    plover = mood
    agent = None
    for by in _kids(tokens, children, verb, "agent"):
        agent = next(iter(_kids(tokens, children, by, "pobj")), None)
    source = agent if agent is not None else subject
    target = next(iter(_kids(tokens, children, verb, "dobj", "nsubjpass")), None)
    if agent is None and target is not None and tokens[target].dep == "nsubjpass":
        target = None if source is None else target
    if target is None:
        for prep in _kids(tokens, children, verb, "prep", "dative"):
            if tokens[prep].text.lower() in ("on", "against", "with", "to", "at"):
                target = next(iter(_kids(tokens, children, prep, "pobj")), None)
                if target is not None:
                    break
    return PloverCode(plover, tokens[verb].text, depth, _phrase(article, tokens, children, source),
                      _phrase(article, tokens, children, target))


def _kids(tokens: list[Token], children: dict[int, list[int]], i: int, *deps: str) -> list[int]:
    return [c for c in children.get(i, []) if tokens[c].dep in deps]


def _lookup(tokens: list[Token], children: dict[int, list[int]], verb: int) -> str | None:
    lemma = tokens[verb].lemma.lower()
    for prt in _kids(tokens, children, verb, "prt", "prep"):
        key = f"{lemma} {tokens[prt].text.lower()}"
        if key in VERBS:
            return VERBS[key]
    if lemma in ("send", "dispatch"):
        objects = {tokens[o].lemma.lower() for o in _kids(tokens, children, verb, "dobj")}
        return "MOBILIZE" if objects & {"troop", "force", "soldier", "warship", "tank", "reinforcement"} else "AID"
    if lemma in VERBS and lemma not in CARRIERS:
        return VERBS[lemma]
    if lemma in LIGHT_VERBS:
        for obj in _kids(tokens, children, verb, "dobj"):
            noun = tokens[obj].lemma.lower()
            if noun in NOUNS:
                return NOUNS[noun]
    return None


def _predicate(
    tokens: list[Token], children: dict[int, list[int]], verb: int, depth: int
) -> tuple[int, str, int] | None:
    if depth > 4:
        return None
    plover = _lookup(tokens, children, verb)
    if plover is not None:
        return verb, plover, depth
    # Down to what a carrier verb carries: "said that ...", "decided to ...", coordinated verbs.
    for dep in ("xcomp", "ccomp", "acomp", "conj", "advcl", "acl"):
        for kid in _kids(tokens, children, verb, dep):
            found = _predicate(tokens, children, kid, depth + 1)
            if found is not None:
                return found
    if tokens[verb].lemma.lower() in VERBS:
        return verb, VERBS[tokens[verb].lemma.lower()], depth
    if tokens[verb].pos == "NOUN" and tokens[verb].lemma.lower() in NOUNS:
        return verb, NOUNS[tokens[verb].lemma.lower()], depth
    return None


def _mood(tokens: list[Token], children: dict[int, list[int]], verb: int, plover: str, root: int) -> str:
    """PLOVER codes intentions and demands by what is intended: "will meet" is AGREE, "will impose" THREATEN,
    "must withdraw" REQUEST (DEMAND), "will not accept" REJECT."""
    chain = [verb]
    while chain[-1] != root and len(chain) < 6 and tokens[chain[-1]].head != chain[-1]:
        chain.append(tokens[chain[-1]].head)
    words = {tokens[k].text.lower() for i in chain for k in children.get(i, []) if tokens[k].dep in (
        "aux", "neg", "acomp", "xcomp", "advmod")}
    words |= {tokens[i].lemma.lower() for i in chain}
    negated = bool(words & {"not", "n't", "never", "fail", "refuse"})
    if plover in ("REQUEST", "THREATEN", "REJECT", "ACCUSE"):
        return plover
    if words & MUST_WORDS:
        return "REQUEST"
    if negated and plover in COOPERATIVE:
        return "REJECT"
    conditional = any(tokens[k].text.lower() in ("unless", "if") for i in chain for k in children.get(i, []))
    if words & INTENT_WORDS:
        if plover in HOSTILE or conditional:
            return "THREATEN"
        return "AGREE"
    return plover


_MODIFIERS = ("compound", "amod", "nmod", "poss", "nummod", "det", "case", "punct", "quantmod", "advmod")


def _leftmost(tokens: list[Token], children: dict[int, list[int]], i: int) -> int:
    left = i
    for c in children.get(i, []):
        if c < i and tokens[c].dep in _MODIFIERS:
            left = min(left, _leftmost(tokens, children, c))
    return left


def _rightmost(children: dict[int, list[int]], i: int) -> int:
    return max([i] + [_rightmost(children, c) for c in children.get(i, []) if c > i])


def _phrase(article: Article, tokens: list[Token], children: dict[int, list[int]], head: int | None) -> str | None:
    """The noun phrase headed by ``head``: its left modifiers and "of" complement, no clauses."""
    if head is None or tokens[head].pos == "PRON":
        return None
    left = _leftmost(tokens, children, head)
    while left < head and (tokens[left].dep in ("det", "punct", "case") or tokens[left].pos == "NUM"):
        left += 1
    right = head
    for prep in _kids(tokens, children, head, "prep"):
        if tokens[prep].text.lower() == "of" and _kids(tokens, children, prep, "pobj"):
            right = max(right, _rightmost(children, prep))
    text = article.text[tokens[left].start : tokens[right].end]
    return text.strip(" ,(") or None
