"""Quotes: direct quotes with their cue and speaker, and reported speech ("X said (that) ...").

Direct quotes. Quotation marks (straight, curly, ’’ and ``) are paired per paragraph: a straight
mark opens after a space or bracket and closes before one; straight marks inside a curly quote
are nested and skipped; a quote left open at the end of a paragraph continues into the next when
that paragraph opens with a mark (the press convention), otherwise it runs to the paragraph's end
(a lost closing mark must not shift every later pair, as it does in tools that pair by parity).

Speakers, in this order (the first that applies wins):
1. a cue right after the quote: '..., Toner said', '..., he says', '..., said police spokesman
   Abdikarim Hassan Warsame' (the name is the named entity after the role words), '..., Lama Fakih,
   the group's director, said', '..., according to X';
2. a speech verb of the quote's sentence whose subject lies outside the quote (dependency parse);
3. a cue before the quote: 'Toner said:', 'Toner told reporters that', 'Toner: “...”', 'X — “...”';
4. a quote whose paragraph has no cue takes the speaker of the quote it continues.
Pronouns go to the nearest person named before them outside quotes; 'the group', 'it' to the
nearest organisation. "according to a translation provided by X" sets ``via``.

Reported speech: a speech verb with a subject and a clausal complement ("Toner said there was no
reason ...", "..., the ministry said."), and "according to X, ...".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .entities import nearest_org
from .model import Article, Entity, Quote, Token

Span = tuple[int, int]

SPEECH_LEMMAS = frozenset(
    "say tell add state declare explain warn note write ask insist urge argue announce claim continue "
    "recall tweet post respond reply acknowledge admit suggest confirm deny predict vow promise "
    "complain caution assert charge contend concede observe remark joke quip boast reiterate "
    "emphasize emphasise stress shout scream yell answer counter testify report conclude describe "
    "call".split()
)
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|declared|declares|explained|explains|"
    r"warned|warns|noted|notes|wrote|writes|asked|asks|insisted|insists|urged|urges|argued|argues|"
    r"announced|announces|claimed|claims|continued|continues|recalled|recalls|tweeted|tweets|posted|"
    r"responded|replied|replies|acknowledged|admitted|suggested|confirmed|confirms|denied|predicted|"
    r"vowed|promised|complained|cautioned|asserted|contended|conceded|observed|remarked|joked|"
    r"quipped|boasted|reiterated|emphasized|emphasised|stressed|shouted|yelled|answered|countered|"
    r"testified|concluded|is quoted as saying|was quoted as saying|said in a statement"
)
_NAME_WORD = r"(?:[A-Z]|(?:al|el|bin|ibn|de|van|von|da|di|le|la)[- ]?[A-Z])[\w.'’-]*"
_NAME = rf"(?:{_NAME_WORD}\s+){{0,5}}{_NAME_WORD}"
_PRONOUN = r"[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e"
_NOMINAL = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w.'’-]+\s+){0,4}?[a-z][\w'’-]+"
_SPEAKER = rf"(?:{_NAME}|{_PRONOUN}|{_NOMINAL})"
_ADVERB = r"(?:(?:also|then|later|again|once|previously|recently|simply|only|further|once\s+said)\s+)?"
_AUX = r"(?:(?:has|had|have|would|will|did|does|was|is)\s+)?"

# 1. cue after the quote: ', Toner said' / ', said police spokesman X' / ', X, the ..., said'
_AFTER_NAME_CUE = re.compile(
    rf"^\s*[,—–-]*\s*(?P<name>{_SPEAKER})\s+{_ADVERB}{_AUX}(?P<cue>{SPEECH_VERBS})\b"
)
_AFTER_APPOS_CUE = re.compile(
    rf"^\s*[,—–-]*\s*(?P<name>{_NAME}),\s+(?:the|a|an|who|his|her|its)\s[^,“”\"]{{2,90}},\s+{_ADVERB}"
    rf"(?P<cue>{SPEECH_VERBS})\b"
)
_AFTER_CUE_NAME = re.compile(
    rf"^\s*[,—–-]*\s*(?P<cue>{SPEECH_VERBS}|according to)\s+(?P<name>[^,.;:“”\"\n]{{1,120}})"
)
_AFTER_DASH = re.compile(rf"^[\s\xa0]*(?P<cue>[―—–])[\s\xa0]*(?P<name>{_NAME})[\s\xa0]*(?:[,.(]|$)")
# 3. cue before the quote: 'Toner said:' / 'Toner told reporters that' / 'Toner: “'
_BEFORE_CUE = re.compile(
    rf"(?P<name>{_SPEAKER})(?:,\s[^,“”\"]{{2,90}},)?\s+{_ADVERB}{_AUX}(?P<cue>{SPEECH_VERBS}|"
    rf"(?:went on|goes on) to say|(?:began|begins|started|starts) by saying)(?:\s+[\w’'-]+){{0,6}}?"
    r"\s*(?:[:,]|\bthat|\bof|\babout|\bit was|\bthey were)?\s*$"
)
_BEFORE_COLON = re.compile(rf"(?:^|[.!?]\s+|\n)(?P<name>{_NAME})\s*(?P<cue>[:—–]|\s-)\s*$")
_ACCORDING = re.compile(rf"\b[Aa]ccording to (?P<name>{_NAME}|{_NOMINAL})")
_VIA = re.compile(
    r"according to (?:a |an |the )?(?:translation|statement|transcript|report|video|recording)s?"
    r"(?: (?:provided|released|published|issued|posted|obtained))? by (?:the )?"
    r"(?P<via>(?:[A-Z][\w.'’-]*\s*)+)"
)
_REPORTED_ACCORDING = re.compile(
    rf"(?:^|(?<=[.!?]\s))[Aa]ccording to (?P<name>{_NAME}|{_NOMINAL}),\s+(?P<content>[^“”\"]{{15,}}?[.!?])(?=\s|$)"
)
_REPORTED_PLAIN = re.compile(
    rf"(?P<name>{_NAME}|[Hh]e|[Ss]he)\s+(?P<cue>said|says|told \w+|added|stated|warned|claimed|announced)\s+"
    r"(?:that\s+)?(?P<content>[a-z][^“\"]{15,}?[.!?])(?=\s|$)"
)
_NAME_LINE = re.compile(r"[ .,”\"'’]*\n\s*(?:[—–-]+\s*)?(?P<name>[A-Z][^\n,]{1,60})(?:,[^\n]{0,80})?(?=\n|$)")
_PRONOUNS = {"he", "she", "i", "we", "they", "it"}
_GROUP_NOUNS = re.compile(r"\b(?:group|organi[sz]ation|agency|company|campaign|movement|party|committee|council|"
                          r"network|foundation|coalition|union|association)$")
_STATE_NOUNS = re.compile(r"\b(?:ministry|department|army|military|police|government|office|authorities)$")
_TITLE_LIKE = re.compile(r"^(?:[A-Z0-9][\w'’.-]*|of|the|and|a|in|on|for|to)(?:\s+(?:[A-Z0-9][\w'’.-]*|of|the|"
                         r"and|a|in|on|for|to))*$")


_NOT_SPEECH = re.compile(r"^(?:[^A-Za-z]*|[@#]\S+|\S*\d\S*|[A-Za-z]+[a-z][A-Z]\w*)$")


@dataclass
class _Piece:
    start: int  # content start (inside the marks)
    end: int
    q_start: int  # including the marks
    q_end: int
    group: int  # pieces of one quote continued across paragraphs share a group


class QuoteStage:
    name = "quotes"
    requires: tuple[str, ...] = ("entities",)
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, article: Article) -> Article:
        article.quotes = [quote for quote, _ in find_quotes(article)]
        return article


def find_quotes(article: Article) -> list[tuple[Quote, Span | None]]:
    """Every quote with the span the speaker was read from (a name or a pronoun), or None."""
    text = article.text
    ctx = _Context(article)
    pieces = pair_quotes(text)
    ctx.set_quoted([(p.q_start, p.q_end) for p in pieces])
    found: list[tuple[Quote, Span | None]] = []
    by_group: dict[int, list[tuple[Quote, Span | None]]] = {}
    for piece in pieces:
        quote = Quote(text=text[piece.start : piece.end], start=piece.start, end=piece.end, direct=True)
        span = _attribute(ctx, quote, piece)
        found.append((quote, span))
        by_group.setdefault(piece.group, []).append((quote, span))
    # A continued quote takes its speaker from the piece that has one; a quote with none takes the
    # speaker of the quote just before it when it sits in a paragraph of its own.
    for members in by_group.values():
        named = next(((q, s) for q, s in members if q.speaker), None)
        if named:
            for i, (q, s) in enumerate(members):
                if not q.speaker:
                    _copy_speaker(named[0], q)
                    idx = found.index((q, s))
                    found[idx] = (q, named[1])
                    members[i] = (q, named[1])
    for i, (quote, _span) in enumerate(found):
        if quote.speaker or i == 0:
            continue
        prev, prev_span = found[i - 1]
        same_paragraph = ctx.paragraph(prev.start) == ctx.paragraph(quote.start)
        alone = same_paragraph or _only_quotes_in_paragraph(text, quote.start, ctx)
        if prev.speaker and prev.end < quote.start and alone:
            _copy_speaker(prev, quote)
            found[i] = (quote, prev_span)
    found.extend(_reported(ctx, [(p.q_start, p.q_end) for p in pieces]))
    found.sort(key=lambda item: item[0].start)
    return found


def _copy_speaker(source: Quote, target: Quote) -> None:
    target.speaker, target.speaker_entity_id = source.speaker, source.speaker_entity_id
    target.cue = target.cue or source.cue
    target.via = target.via or source.via


# --- pairing quotation marks --------------------------------------------------------------------

_MARK = re.compile(r"``|''|’’|[“”\"„]")


def _paragraphs(text: str) -> list[Span]:
    breaks = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    out, start = [], 0
    for m in re.finditer(breaks, text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _kind(text: str, start: int, end: int) -> str:
    mark = text[start:end]
    if mark in ("“", "``", "„"):
        return "open"
    if mark in ("”", "''", "’’"):
        return "close"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "either"


def pair_quotes(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    group = 0
    carried: int | None = None  # a quote left open at the end of the previous paragraph
    paragraphs = _paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        open_at: tuple[int, int, str] | None = None  # (mark start, mark end, mark)
        marks = [(m.start(), m.end()) for m in _MARK.finditer(text, p_start, p_end)]
        if carried is not None and not (marks and _kind(text, *marks[0]) != "close"
                                        and not text[p_start : marks[0][0]].strip()):
            carried = None  # the previous quote did not continue here after all
        for m_start, m_end in marks:
            kind = _kind(text, m_start, m_end)
            mark = text[m_start:m_end]
            if open_at is None:
                if kind == "close":
                    continue  # a stray closing mark
                open_at = (m_start, m_end, mark)
                continue
            if mark == '"' and open_at[2] in ("“", "``"):
                continue  # straight marks nested inside a curly quote
            if kind == "open" and mark != '"':
                open_at = (m_start, m_end, mark)  # the earlier mark was never closed
                continue
            if carried is not None:
                pieces_group = carried
                carried = None
            else:
                group += 1
                pieces_group = group
            _add(text, pieces, open_at[1], m_start, open_at[0], m_end, pieces_group)
            open_at = None
        if open_at is not None:
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            if carried is None:
                group += 1
            g = carried if carried is not None else group
            content_end = p_end
            while content_end > open_at[1] and text[content_end - 1].isspace():
                content_end -= 1
            _add(text, pieces, open_at[1], content_end, open_at[0], content_end, g)
            continues = nxt is not None and re.match(r"\s*(?:``|[“\"„])", text[nxt[0] : nxt[0] + 5]) is not None
            carried = g if continues else None
    return pieces


def _add(text: str, pieces: list[_Piece], start: int, end: int, q_start: int, q_end: int, group: int) -> None:
    content = text[start:end].strip()
    if len(content) < 2:
        return
    words = content.split()
    if len(words) <= 6 and _TITLE_LIKE.match(content.rstrip(",.;:!?")) and len(words) > 1:
        return  # a title or a name in marks, not a quote
    if text[q_start - 1 : q_start] == "=" or _NOT_SPEECH.match(content):
        return  # markup attribute values, ids, dates, handles: marks around something nobody said
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    trail = len(text[start:end]) - len(text[start:end].rstrip())
    pieces.append(_Piece(start + lead, end - trail, q_start, q_end, group))


# --- attribution --------------------------------------------------------------------------------


class _Context:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.quoted: list[Span] = []
        self._starts: list[int] = []
        layer = article.nlp
        self.tokens: list[Token] = layer.tokens if layer else []
        self.sentences: list[Span] = layer.sentences if layer else []
        self.sentence_tokens: list[Span] = layer.sentence_tokens if layer else []
        self.token_starts = [t.start for t in self.tokens]
        self.children: dict[int, list[int]] = {}
        for i, tok in enumerate(self.tokens):
            if tok.head != i:
                self.children.setdefault(tok.head, []).append(i)
        self.people = sorted(
            (s, e, ent) for ent in article.entities if ent.label == "PERSON" for s, e in ent.mentions
        )
        self.orgs = sorted(
            (s, e, ent) for ent in article.entities if ent.label in ("ORG", "NORP") for s, e in ent.mentions
        )

    def set_quoted(self, spans: list[Span]) -> None:
        self.quoted = sorted(spans)
        self._starts = [s for s, _ in self.quoted]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def paragraph(self, pos: int) -> Span:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, end if end != -1 else len(self.text)

    def sentence_of(self, pos: int) -> int | None:
        for i, (s, e) in enumerate(self.sentences):
            if s <= pos < e:
                return i
        return None


def _only_quotes_in_paragraph(text: str, pos: int, ctx: _Context) -> bool:
    p_start, p_end = ctx.paragraph(pos)
    outside, cursor = [], p_start
    for s, e in ctx.quoted:
        if e <= p_start or s >= p_end:
            continue
        outside.append(text[cursor:max(cursor, s)])
        cursor = max(cursor, e)
    outside.append(text[cursor:p_end])
    return len("".join(outside).strip(" ,.;:“”\"’'—–-\n")) == 0


def _attribute(ctx: _Context, quote: Quote, piece: _Piece) -> Span | None:
    text = ctx.text
    p_start, p_end = ctx.paragraph(piece.q_start)
    after_end = p_end
    for s, _e in ctx.quoted:
        if s >= piece.q_end and s < after_end:
            after_end = s
            break
    after = text[piece.q_end : after_end]
    via = _VIA.search(text[piece.q_end : min(p_end, piece.q_end + 300)])
    if via:
        quote.via = via["via"].strip().rstrip(",.")
    span: Span | None = None
    m = _AFTER_APPOS_CUE.match(after) or _AFTER_NAME_CUE.match(after)
    dash = None if m else _AFTER_DASH.match(after)
    if dash:
        quote.cue = dash["cue"]  # a signed quote: '“...” ― Jane Roe'
        span = _set_speaker(ctx, quote, dash["name"], piece.q_end + dash.start("name"))
    elif m:
        quote.cue = m["cue"].lower()
        span = _set_speaker(ctx, quote, m["name"], piece.q_end + m.start("name"))
    else:
        inv = _AFTER_CUE_NAME.match(after)
        if inv:
            quote.cue = inv["cue"].lower()
            span = _speaker_in_phrase(ctx, quote, piece.q_end + inv.start("name"), piece.q_end + inv.end("name"))
    if quote.speaker is None:
        span = _from_parse(ctx, quote, piece) or span
    if quote.speaker is None:
        before_start = p_start
        for _s, e in ctx.quoted:
            if before_start <= e <= piece.q_start:
                before_start = e
        before = text[before_start : piece.q_start]
        b = _BEFORE_CUE.search(before) or _BEFORE_COLON.search(before)
        if b:
            quote.cue = b["cue"].strip().lower() if b["cue"].strip() not in ":—–-" else b["cue"].strip()
            span = _set_speaker(ctx, quote, b["name"], before_start + b.start("name"))
        elif (line := _NAME_LINE.match(text, piece.q_end)) and not text[piece.q_end : p_end].strip(" .,”\"'’"):
            # a quote alone in its paragraph, signed on the next line ('Jane Roe, Arizona' / '— Jane Roe')
            found = _person_or_org_at(ctx, line.start("name"), line.end("name"))
            if found is not None and found[0] == line.start("name"):
                quote.speaker, quote.speaker_entity_id = found[2].name, found[2].id
                span = (found[0], found[1])
        else:
            a = _ACCORDING.search(after[:150]) or _ACCORDING.search(before[-150:])
            if a:
                base = piece.q_end if a.string is after[:150] else piece.q_start - len(before[-150:])
                quote.cue = "according to"
                span = _set_speaker(ctx, quote, a["name"], base + a.start("name"))
    return span


def _from_parse(ctx: _Context, quote: Quote, piece: _Piece) -> Span | None:
    """The subject of the verb that governs the quote, or of a speech verb next to it (dependency parse).

    Walking up from the quote finds 'Trump called Cruz “the little senator”' and 'Rubio said the two
    “literally hate each other”'; a speech verb of the same paragraph near the quote finds the rest.
    """
    if not ctx.tokens:
        return None
    p_start, p_end = ctx.paragraph(piece.q_start)
    inside = [i for i in _token_range(ctx, piece.start, piece.end)]
    chain: list[int] = []
    seen: set[int] = set()
    for i in inside:
        node = i
        while node not in seen:
            seen.add(node)
            head = ctx.tokens[node].head
            if head == node:
                break
            if not (piece.q_start <= ctx.tokens[head].start < piece.q_end) and head not in chain:
                chain.append(head)
            node = head
    chain.sort(key=lambda t: _depth(ctx, t), reverse=True)  # nearest governor first
    verbs = [t for t in chain if ctx.tokens[t].pos in ("VERB", "AUX")]
    speech = [t for t in verbs if ctx.tokens[t].lemma.lower() in SPEECH_LEMMAS]
    for t in speech + [v for v in verbs if v not in speech]:
        span = _subject_speaker(ctx, quote, t)
        if span is not None:
            return span
    candidates: list[tuple[int, int]] = []
    sentences = {si for pos in (piece.q_start, max(piece.q_start, piece.q_end - 1))
                 if (si := ctx.sentence_of(pos)) is not None}
    after_sentence = ctx.sentence_of(min(piece.q_end + 1, len(ctx.text) - 1))
    if after_sentence is not None:
        sentences.add(after_sentence)
    for si in sentences:
        t_start, t_end = ctx.sentence_tokens[si]
        for i in range(t_start, t_end):
            tok = ctx.tokens[i]
            if (tok.pos in ("VERB", "AUX") and tok.lemma.lower() in SPEECH_LEMMAS and not ctx.in_quote(tok.start)
                    and p_start <= tok.start < p_end):
                candidates.append((min(abs(tok.start - piece.q_end), abs(tok.start - piece.q_start)), i))
    for _dist, i in sorted(candidates):
        span = _subject_speaker(ctx, quote, i)
        if span is not None:
            return span
    return None


def _token_range(ctx: _Context, start: int, end: int) -> range:
    lo = bisect.bisect_left(ctx.token_starts, start)
    hi = bisect.bisect_left(ctx.token_starts, end)
    return range(lo, hi)


def _depth(ctx: _Context, i: int) -> int:
    depth = 0
    while ctx.tokens[i].head != i and depth < 50:
        i = ctx.tokens[i].head
        depth += 1
    return depth


def _subject_speaker(ctx: _Context, quote: Quote, verb: int) -> Span | None:
    for child in ctx.children.get(verb, []):
        tok = ctx.tokens[child]
        if tok.dep not in ("nsubj", "nsubjpass") or ctx.in_quote(tok.start):
            continue
        if tok.tag in ("WDT", "WP") and ctx.tokens[verb].dep == "relcl":
            child = ctx.tokens[verb].head  # 'the council, which condemns ...': the council
        elif tok.tag in ("WDT", "WP", "EX") or tok.text.lower() in ("this", "that", "there"):
            continue
        start, end = _noun_span(ctx, child)
        quote.cue = ctx.tokens[verb].text.lower()
        return _set_speaker(ctx, quote, ctx.text[start:end], start)
    return None


def _noun_span(ctx: _Context, head: int) -> Span:
    """The head noun with its compound / flat name parts and determiners ('police spokesman Okoro')."""
    ids = [head]
    for child in ctx.children.get(head, []):
        if ctx.tokens[child].dep in ("compound", "flat", "det", "amod", "poss", "nmod", "case") and child < head:
            ids.append(child)
    first = min(ids)
    for child in ctx.children.get(head, []):
        # 'The commander of ..., Lt. Gen. Talib Shaghati, told': the named apposition is the speaker
        if ctx.tokens[child].dep == "appos":
            named = _person_or_org_at(ctx, ctx.tokens[child].start, ctx.tokens[child].end)
            if named is not None:
                return named[0], named[1]
    ent = _person_or_org_at(ctx, ctx.tokens[head].start, ctx.tokens[head].end)
    if ent is not None:
        return ent[0], ent[1]
    if ctx.tokens[head].pos == "NOUN":
        # 'The commander of the ... Command, Lt. Gen. Talib Shaghati, told': a person named inside the subject
        _lo, hi = _subtree(ctx, head)
        for s, e, person in ctx.people:
            if ctx.tokens[head].end <= s and e <= hi and person.label == "PERSON":
                return s, e
    return ctx.tokens[first].start, ctx.tokens[head].end


def _person_or_org_at(ctx: _Context, start: int, end: int) -> tuple[int, int, Entity] | None:
    for s, e, ent in ctx.people + ctx.orgs:
        if s < end and start < e:
            return s, e, ent
    return None


def _speaker_in_phrase(ctx: _Context, quote: Quote, start: int, end: int) -> Span | None:
    """'said police spokesman Abdikarim Hassan Warsame': the first named entity in the phrase wins."""
    hit = None
    for s, e, ent in ctx.people + ctx.orgs:
        if start <= s < end and (hit is None or s < hit[0]):
            hit = (s, e, ent)
    if hit:
        quote.speaker, quote.speaker_entity_id = hit[2].name, hit[2].id
        return hit[0], hit[1]
    phrase = ctx.text[start:end].strip()
    if ctx.text[end : end + 1] == ",":
        for s, e, ent in ctx.people:
            if end < s <= end + 40 and ent.label == "PERSON":
                quote.speaker, quote.speaker_entity_id = ent.name, ent.id
                return s, e
    names = re.findall(_NAME, phrase)
    if names and phrase.split()[0].lower() not in ("the", "a", "an") and names[-1].split()[0][0].isupper():
        name = names[-1]
        at = start + ctx.text[start:end].rfind(name)
        return _set_speaker(ctx, quote, name, at)
    words = phrase.split()
    if not words or len(words) > 8 or not re.match(r"(?:[A-Z]|(?:a|an|the|his|her|its|their)\s)", phrase):
        return None  # 'said at 8:55 p.m.', 'said on Monday': no speaker named here
    return _set_speaker(ctx, quote, phrase, start + ctx.text[start:end].find(phrase))


def _set_speaker(ctx: _Context, quote: Quote, name: str, at: int) -> Span:
    name = name.strip()
    span = (at, at + len(name))
    lowered = name.lower()
    entity: Entity | None = None
    if lowered in _PRONOUNS:
        pool = ctx.orgs if lowered in ("it", "they", "we") else ctx.people
        entity = _nearest_before(ctx, pool, at)
        if entity is None and lowered in ("they", "we"):
            entity = _nearest_before(ctx, ctx.people, at)
    else:
        found = _person_or_org_at(ctx, at, at + len(name))
        last = at + len(name) - 1
        if found and not found[0] <= last < found[1]:
            found = None  # 'An armed Islamist group': the entity must cover the head (last word), not a modifier
        entity = found[2] if found else _entity_named(ctx.article, name)
        if entity is None and re.match(r"(?:the|its|his|her)\s", lowered):
            entity = _by_role(ctx, lowered, at)
    if entity is not None:
        quote.speaker, quote.speaker_entity_id = entity.name, entity.id
    elif lowered not in _PRONOUNS:
        quote.speaker = re.sub(r"^(?:The|A|An)\s+", "", name)
    return span


def _by_role(ctx: _Context, phrase: str, at: int) -> Entity | None:
    """'the spokesman' -> the person whose role that is; 'the group' -> the nearest organisation."""
    noun = phrase.split()[-1]
    for _s, _e, ent in reversed([p for p in ctx.people if p[0] < at]):
        if ent.role and noun in ent.role.lower().split():
            return ent
    if _GROUP_NOUNS.search(phrase):
        return nearest_org(ctx.article.entities, ctx.text, at)
    if _STATE_NOUNS.search(phrase):
        state = [e for e in ctx.article.entities if e.actor_type == "State forces" and e.label == "ORG"]
        return nearest_org(state, ctx.text, at)
    return None


def _entity_named(article: Article, name: str) -> Entity | None:
    lowered = re.sub(r"^(?:the|a|an)\s+", "", name.lower())
    for entity in article.entities:
        if lowered in (n.lower() for n in [entity.name, *entity.aliases]):
            return entity
    return None


def _nearest_before(ctx: _Context, pool: list[tuple[int, int, Entity]], at: int) -> Entity | None:
    best: Entity | None = None
    for s, _e, ent in pool:
        if s >= at:
            break
        if not ctx.in_quote(s):
            best = ent
    return best


# --- reported speech ----------------------------------------------------------------------------


def _reported(ctx: _Context, quoted: list[Span]) -> list[tuple[Quote, Span | None]]:
    out: list[tuple[Quote, Span | None]] = []
    taken: list[Span] = []

    def free(start: int, end: int) -> bool:
        # reported content may hold a partial quote ('said Trump was a “proven liar”'), not cut one
        cuts = any(s < end and start < e and not (start <= s and e <= end) for s, e in quoted)
        return not cuts and not any(s < end and start < e for s, e in taken)

    for si, (t_start, t_end) in enumerate(ctx.sentence_tokens):
        s_start, s_end = ctx.sentences[si]
        for i in range(t_start, t_end):
            tok = ctx.tokens[i]
            if tok.pos not in ("VERB", "AUX") or tok.lemma.lower() not in SPEECH_LEMMAS or ctx.in_quote(tok.start):
                continue
            kids = ctx.children.get(i, [])
            subj = next((k for k in kids if ctx.tokens[k].dep in ("nsubj", "nsubjpass")), None)
            if subj is None and tok.dep in ("advcl", "xcomp", "conj"):
                # '..., saying that ...' / 'and said ...': the subject of the verb it hangs on
                subj = next((k for k in ctx.children.get(tok.head, []) if ctx.tokens[k].dep == "nsubj"), None)
            comp = next((k for k in kids if ctx.tokens[k].dep == "ccomp"), None)
            if subj is None or comp is None:
                continue
            c_start, c_end = _subtree(ctx, comp)
            c_start = max(c_start, ctx.tokens[t_start].start)
            content = ctx.text[c_start:c_end].strip(" ,")
            if len(content.split()) < 3 or not free(c_start, c_end):
                continue
            if content.lower().startswith("that "):
                c_start += 5
                content = content[5:]
            end = c_start + len(content)
            quote = Quote(text=content, start=c_start, end=end, direct=False, cue=tok.text.lower())
            n_start, _n_end = _noun_span(ctx, subj)
            span = _set_speaker(ctx, quote, ctx.text[n_start : _n_end], n_start)
            out.append((quote, span))
            taken.append((c_start, end))
        del s_start, s_end
    if not ctx.tokens:
        # without a parse: "X said (that) <clause>."
        for m in _REPORTED_PLAIN.finditer(ctx.text):
            start, end = m.start("content"), m.end("content")
            if not free(start, end):
                continue
            quote = Quote(text=m["content"], start=start, end=end, direct=False, cue=m["cue"].lower())
            out.append((quote, _set_speaker(ctx, quote, m["name"], m.start("name"))))
            taken.append((start, end))
    for m in _REPORTED_ACCORDING.finditer(ctx.text):
        start, end = m.start("content"), m.end("content")
        if not free(start, end):
            continue
        quote = Quote(text=m["content"], start=start, end=end, direct=False, cue="according to")
        span = _set_speaker(ctx, quote, m["name"], m.start("name"))
        out.append((quote, span))
        taken.append((start, end))
    return out


def _subtree(ctx: _Context, head: int) -> Span:
    lo = hi = head
    stack = [head]
    while stack:
        node = stack.pop()
        lo, hi = min(lo, node), max(hi, node)
        stack.extend(ctx.children.get(node, []))
    return ctx.tokens[lo].start, ctx.tokens[hi].end
