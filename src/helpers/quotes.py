"""Quotations and attributions: who is quoted, who is cited, and what they said."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from . import voice_patterns as vp
from .mentions import Mention, Names, classify, names_in, gazetteers, given_name, mentions, person_in
from .models import Article

SCARE_MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, indirect or scare quote; offsets index the cleaned text."""

    kind: str
    text: str
    start: int
    end: int
    paragraph: int
    sentence: int
    speaker: str | None
    speaker_as_written: str | None
    speaker_kind: str | None
    cue: str | None
    addressee: str | None
    descriptor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(slots=True)
class _Span:
    """Raw quotation marks found in the text: content offsets, and the paragraph it starts in."""

    start: int
    end: int
    open_at: int
    close_at: int
    paragraph: int


def _straight_role(text: str, index: int) -> str:
    """ "open", "close" or "either" for a straight double quote, from the characters around it."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "either"


def _quote_spans(article: Article) -> list[_Span]:
    """Quotation spans. Curly marks pair up; a straight mark opens or closes by what surrounds it.
    A quote still open when a new one opens (`... weeks. "We are ...`) ends there, as does one left
    open at a paragraph's end, unless the next paragraph opens with a quotation mark, the news
    convention for a quote that runs on, in which case it continues."""
    spans: list[_Span] = []
    pending: _Span | None = None
    for paragraph in article.paragraphs:
        text, base = paragraph.text, paragraph.start
        opened: int | None = None
        if pending is not None and text[:1] not in vp.OPEN_QUOTES:
            spans.append(pending)
            pending = None
        for index, char in enumerate(text):
            if char == '"':
                role = _straight_role(text, index)
                if role == "either":
                    role = "close" if opened is not None or pending is not None else "open"
            elif char in "“«":
                role = "open"
            elif char in "”»":
                role = "close"
            else:
                continue
            if role == "open":
                if index == 0 and pending is not None:
                    opened = index  # the run-on quote goes on in this paragraph
                    continue
                if opened is not None:
                    _close(spans, pending, base, opened, index, paragraph.index, text, implicit=True)
                    pending = None
                opened = index
            elif opened is not None:
                _close(spans, pending, base, opened, index, paragraph.index, text, implicit=False)
                pending, opened = None, None
        if opened is not None:
            start = pending.start if pending is not None else base + opened + 1
            open_at = pending.open_at if pending is not None else base + opened
            first = pending.paragraph if pending is not None else paragraph.index
            pending = _Span(start, base + len(text), open_at, -1, first)
        elif pending is not None:
            spans.append(pending)
            pending = None
    if pending is not None:
        spans.append(pending)
    return [s for s in spans if s.end > s.start]


def _close(
    spans: list[_Span], pending: _Span | None, base: int, opened: int, index: int, paragraph: int,
    text: str, *, implicit: bool,
) -> None:
    """Record the quote that opened at `opened` (or the run-on `pending`) and ends at `index`."""
    end = index
    if implicit:
        end = len(text[:index].rstrip())
    if pending is not None:
        pending.end, pending.close_at = base + end, (base + index if not implicit else -1)
        spans.append(pending)
    else:
        close_at = base + index if not implicit else -1
        spans.append(_Span(base + opened + 1, base + end, base + opened, close_at, paragraph))


def _sentence_of(article: Article, position: int) -> int:
    for sentence in article.sentences:
        if sentence.start <= position < sentence.end or position < sentence.start:
            return sentence.index
    return article.sentences[-1].index if article.sentences else -1


def _para_of(article: Article, position: int) -> int:
    for paragraph in article.paragraphs:
        if paragraph.start <= position <= paragraph.end:
            return paragraph.index
    return -1


class _Speakers:
    """Resolves speakers as written to canonical names, remembering the last one for pronouns."""

    def __init__(
        self, article: Article, quoted: list[tuple[int, int]] | None = None,
        mentioned: tuple[Mention, ...] | None = None,
    ) -> None:
        self.names = names_in(article.text)
        self.last: str | None = None
        self.last_kind: str | None = None
        self.people = _person_mentions(article, self.names, quoted or [], mentioned)

    def resolve(self, written: str, position: int) -> tuple[str | None, str | None]:
        written = written.strip()
        lowered = written.lower()
        if lowered in _NOT_SPEAKERS:
            return None, "unnamed"  # "It says ...": a report or body the sentence does not name
        if lowered in ("he", "she", "they"):
            wrong = {"he": "female", "she": "male"}.get(lowered)
            before = [
                entry for entry in self.people
                if entry[0] < position and entry[2] == "person"
                and (wrong is None or not entry[1] or given_name(entry[1].split()[0]) != wrong)
            ]
            if before:
                return (before[-1][1] or None), (before[-1][2] if before[-1][1] else "unnamed")
            return self.last, self.last_kind
        collective = re.fullmatch(vp.COLLECTIVE, written)
        if collective and written[:1].isupper() and " " in written or collective and written[:1].islower():
            return self._remember(written[0].upper() + written[1:], "collective")
        if re.match(r"(?:the|a|an|one|another)\s", lowered):
            person = self.names.role(written)
            if person:
                return self._remember(person, "person")
            tail = vp.TRAILING_OUTLET.match(written)
            if tail and classify(tail.group("name")) in ("outlet", "organization"):
                return self._remember(_clean_org(tail.group("name")), classify(tail.group("name")))
            head = written.split()[-1]
            org = re.search(r"[A-Z][\w'’&-]*(?:\s+(?:for|of|and|the)?\s*[A-Z][\w'’&-]*)*", written.split(" ", 1)[-1])
            if org and (classify(org.group(0)) in ("organization", "outlet") or
                        len(org.group(0).split()) > 1 and classify(org.group(0)) is None and not person_in(org.group(0))):
                return self._remember(_clean_org(org.group(0)), classify(org.group(0)) or "organization")
            if head.lower() in vp.UNNAMED_ROLES:
                return None, "unnamed"
            if head[:1].isupper():
                return self._remember(_clean_org(" ".join(written.split()[1:])), "organization")
            if head.lower() in vp.PERSON_ROLES:
                before = [entry for entry in self.people if entry[0] < position]
                if before:  # "the minister told delegates": the person the article is about
                    return before[-1][1], before[-1][2]
            return written, "role"
        written = re.sub(r"\s*\([A-Z]{2,6}\)$", "", written)
        kind = classify(written) or classify(re.sub(r"^The\s+", "", written))
        if kind in ("outlet", "organization", "place"):
            return self._remember(_clean_org(written), kind)
        person = self.names.canonical(person_in(written) or written, position)
        if person is None:
            return written, "organization" if written.split()[-1] in gazetteers()["org_suffixes"] else None
        return self._remember(person, "person")

    def _remember(self, name: str, kind: str | None) -> tuple[str, str | None]:
        if kind == "person":
            self.last, self.last_kind = name, kind
        return name, kind


_UNNAMED_SUBJECT = re.compile(
    r"(?:The|A|An|Another|One)\s+(?:[\w'’-]+\s+){0,4}(?:spokesman|spokeswoman|spokesperson|source|official|"
    r"member|aide|insider)\b(?!\s+(?:for|at|from)\s+[A-Z])"
)


def _person_mentions(
    article: Article, names: Names, quoted: list[tuple[int, int]], mentioned: tuple[Mention, ...] | None = None
) -> list[tuple[int, str, str]]:
    """Sentence subjects outside quotes, in reading order: the person (or a role that names one)
    that opens a sentence is what a later "he" or "she" most often points back to."""
    found: list[tuple[int, str, str]] = []
    full = {name for _, name in names.people}
    role = re.compile(rf"{vp.ROLE}")
    by_sentence: dict[int, list[tuple[int, str, str]]] = {}
    for mention in mentioned if mentioned is not None else mentions(article):
        if mention.kind == "person" and (mention.name in full or " " in mention.name):
            by_sentence.setdefault(mention.sentence, []).append((mention.start, mention.name, "person"))
    for sentence in article.sentences:
        if any(s <= sentence.start < e for s, e in quoted):
            continue
        opening = sentence.text[:80]
        candidates = [m for m in by_sentence.get(sentence.index, []) if m[0] - sentence.start < 60]
        bare_opening = re.sub(r"^(?:But|And|However|Meanwhile|Earlier|Later|Now),?\s+", "", opening)
        if _UNNAMED_SUBJECT.match(bare_opening):
            candidates.append((sentence.start, "", "person"))  # "The spokesman said ...": someone unnamed
        match = role.match(bare_opening)
        if match and (person := names.role(match.group(0))):
            candidates.append((sentence.start, person, "person"))
        if candidates:
            found.append(min(candidates))
        for start, name, kind in by_sentence.get(sentence.index, []):
            tail = article.text[start : start + 80]
            if re.match(rf"[\w'’ -]{{1,40}}?\s+(?:{vp.VERB})\b", tail) and (start, name, kind) not in candidates:
                found.append((start, name, kind))  # "..., Lord Butler said in his interview"
    return sorted(found)


def _clean_org(name: str) -> str:
    if name in gazetteers()["outlets"]:
        return name
    return re.sub(r"^[Tt]he\s+", "", name)


def _descriptor(text: str | None) -> str | None:
    if not text:
        return None
    return text.strip(" ,") or None


def _addressee(text: str | None) -> str | None:
    if not text or text in ("reporters", "journalists", "MPs"):
        return text or None
    return _clean_org(text) if classify(re.sub(r"^[Tt]he\s+", "", text)) else text


def _is_scare(article: Article, span: _Span) -> bool:
    content = article.text[span.start : span.end]
    words = content.split()
    before = article.text[max(0, span.open_at - 2) : span.open_at]
    if len(words) > SCARE_MAX_WORDS or span.close_at < 0:
        return False
    after = article.text[span.close_at + 1 : span.close_at + 80]
    if vp.AFTER_SPEAKER_FIRST.match(after) or vp.AFTER_VERB_FIRST.match(after):
        return content.rstrip()[-1:] not in ",.!?" and len(words) <= 2
    return not before.rstrip().endswith(":") and content.rstrip()[-1:] not in ".!?"


def _direct(article: Article, positions: list[int]) -> list[Quote]:
    """Direct and scare quotes; `positions` receives where each direct quote's speaker is named."""
    quotes: list[Quote] = []
    for span in _quote_spans(article):
        content = article.text[span.start : span.end]
        sentence = _sentence_of(article, span.start)
        if _is_scare(article, span):
            quotes.append(Quote("scare", content, span.start, span.end, span.paragraph, sentence,
                                None, None, None, None, None, None))
            positions.append(span.start)
            continue
        close = span.close_at if span.close_at >= 0 else span.end
        end_paragraph = _para_of(article, close)
        paragraph_end = article.paragraphs[end_paragraph].end if end_paragraph >= 0 else len(article.text)
        after = article.text[close + 1 : paragraph_end]
        after = after[: _next_quote(after)]
        paragraph_start = article.paragraphs[span.paragraph].start
        whole_before = article.text[paragraph_start : span.open_at]
        cut = _last_quote_end(whole_before)
        before = whole_before[cut:]
        written = cue = addressee = descriptor = None
        pronoun_at = span.start
        ends_sentence = content.rstrip()[-1:] == "." or content.rstrip().endswith(".'")
        match = vp.AFTER_SPEAKER_FIRST.match(after)
        if match and ends_sentence and not match.group("speaker")[:1].islower():
            match = None  # `"... Parliament." Home Secretary Charles Clarke said ...` starts a new sentence
        match = match or vp.AFTER_VERB_FIRST.match(after)
        if match is None:
            match = vp.BEFORE.search(before) or vp.BEFORE_COLON.search(before)
            if match is not None and match.re is vp.BEFORE_COLON and re.search(
                r"\b(?:of|the|to|for|in|at|on|by|with|from|about|into)\s*$", match.group("desc") or ""
            ):
                match = None  # "a member of the Cabinet says": the name is an object, not the speaker
            offset = paragraph_start + cut
            if match is None:
                match, offset = vp.BEFORE_PARTICIPLE.search(_unquoted(whole_before)), paragraph_start
            if match:
                pronoun_at = offset + match.start("speaker")
        if match:
            groups = match.groupdict()
            written, cue = match.group("speaker"), match.group("verb")
            keep = cue in ("told", "tells", "tell") or match.re is vp.AFTER_VERB_FIRST
            addressee = _addressee(groups.get("addressee")) if keep else None
            if match.re is vp.BEFORE and not groups.get("desc"):
                lead = before[: match.start("speaker")].rstrip(" ,").rsplit(",", 1)[-1].strip()
                lead = re.sub(r"^.*[.!?]\s+", "", lead)
                if lead and classify(lead) == "person" and classify(written) != "person":
                    written, groups = lead, {**groups, "desc": written}
            descriptor = _descriptor(groups.get("desc2") or groups.get("desc"))
            if descriptor and not written[:1].isupper() and (who := person_in(descriptor)):
                written, descriptor = who, written  # said its chairman, Sir Anthony Greener
            if descriptor is None and match.re is vp.AFTER_VERB_FIRST:
                descriptor = _descriptor(_appositive(after[match.end("speaker") :]))
                named = re.search(rf",\s+(?:[A-Z][\w'’-]*\s+)*?(?P<name>{vp.NAME})\s*[.!?]?\s*$", after.split(".")[0] + ".")
                if named and not written[:1].isupper() and (who := person_in(named.group("name"))):
                    written, descriptor = who, written  # said the chairman ..., Labour MP Barry Sheerman
            if match.re is vp.BEFORE_COLON and not groups.get("desc2"):
                lead = (groups.get("desc") or "").rstrip(" ,").rsplit(",", 1)[-1].strip()
                if lead and classify(lead) == "person" and classify(written) != "person":
                    written, descriptor = lead, written  # "Colin Asplin, Blackpool Hotel Association said:"
                else:
                    descriptor = _descriptor(lead) if lead and lead[:1].isupper() and classify(written) == "person" else descriptor
        quotes.append(Quote("direct", content, span.start, span.end, span.paragraph, sentence,
                            None, written, None, cue, addressee, descriptor))
        positions.append(pronoun_at)
    return quotes


def _unquoted(text: str) -> str:
    """Text with quoted words blanked (same length), so a clause reads past a scare quote."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", lambda m: " " * len(m.group(0)), text)


def _next_quote(text: str) -> int:
    found = [i for i in (text.find('"'), text.find("“")) if i >= 0]
    return min(found) if found else len(text)


def _last_quote_end(text: str) -> int:
    return max(text.rfind('"'), text.rfind("”")) + 1


def _appositive(text: str) -> str | None:
    match = re.match(rf",\s+({vp.DESCRIPTOR})(?=,|\.|$)", text)
    return match.group(1) if match else None


def _indirect(article: Article, direct: list[Quote]) -> list[Quote]:
    found: list[Quote] = []
    for sentence in article.sentences:
        text = sentence.text
        if any(q.kind == "direct" and sentence.start <= q.start < sentence.end for q in direct):
            continue
        written = cue = addressee = descriptor = None
        content_end = len(text)
        content_start = 0
        if match := vp.INDIRECT_END.search(text) or vp.INDIRECT_VERB_FIRST_END.search(text):
            written, cue = match.group("speaker"), match.group("verb")
            addressee = _addressee(match.groupdict().get("addressee"))
            descriptor = _descriptor(match.groupdict().get("desc"))
            content_end = match.start()
        elif match := vp.ACCORDING_TO.search(text):
            who = match.group("who") or match.group("lead")
            cue = "according to"
            content_end = match.start() if match.group("who") else len(text)
            content_start = 0 if match.group("who") else match.end()
            tail = vp.TRAILING_OUTLET.match(who)
            if tail and tail.group("desc").strip() not in ("", "the") and tail.group("name")[:1].isupper():
                written, descriptor = tail.group("name"), tail.group("desc").strip().removeprefix("the ").strip() or None
            else:
                written = re.sub(r"^the\s+", "", who) if who[:4] == "the " and who[4:5].isupper() else who
        elif (match := vp.INDIRECT_APPOSITIVE.match(text)) and person_in(match.group("speaker")):
            written, cue = match.group("speaker"), match.group("verb")
            descriptor = _descriptor(match.group("desc"))
            content_start = match.start("tail")
        elif (match := vp.INDIRECT_START.match(text)) and sentence.index >= 0:
            written, cue = match.group("speaker"), match.group("verb")
            descriptor = _descriptor(match.group("desc"))
            content_start = match.start("tail")
        if not written:
            continue
        if written[:1].islower() and not re.fullmatch(vp.COLLECTIVE, written) and written.lower() not in ("he", "she", "they") and not written.startswith(("the ", "a ", "an ")):
            continue
        if cue != "according to" and classify(written) == "place":
            continue  # "Beijing has denied ...": the article reports a stance, not a source
        content = text[content_start:content_end].strip(" ,.")
        start = sentence.start + text.find(content) if content else sentence.start
        found.append(Quote("indirect", content, start, start + len(content), sentence.paragraph, sentence.index,
                           None, written, None, cue, addressee, descriptor))
    return found


def _resolve(
    article: Article, quotes: list[Quote], named_at: dict[int, int], mentioned: tuple[Mention, ...] | None = None
) -> list[Quote]:
    """Speakers in reading order: names to full names, roles to people, pronouns to the last
    speaker; an unattributed quote continues the voice of the quote before it in its paragraph,
    or in the paragraph before when it opens its own paragraph."""
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    speakers = _Speakers(article, quoted, mentioned)
    resolved: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, q.kind)):
        if quote.kind == "scare":
            resolved.append(quote)
            continue
        speaker = kind = None
        at = named_at.get(id(quote), quote.start)
        quote = _swap_appositive(quote)
        if quote.speaker_as_written:
            speaker, kind = speakers.resolve(quote.speaker_as_written, at)
        else:
            previous = next((q for q in reversed(resolved) if q.kind == "direct"), None)
            gap = article.text[previous.end : quote.start] if previous is not None else "x"
            if previous is not None and previous.speaker and len(gap.strip(" \n\"“”'’.,")) == 0:
                speaker, kind = previous.speaker, previous.speaker_kind  # `"... weeks. "We are ...` goes on
            else:
                antecedents = [e for e in speakers.people if e[0] < quote.start and e[2] == "person"]
                if antecedents:
                    _, speaker, kind = antecedents[-1]
                    speaker = speaker or None
                elif previous is not None and previous.speaker:
                    speaker, kind = previous.speaker, previous.speaker_kind
        if quote.kind == "indirect" and speaker is None:
            continue
        if speaker and kind in ("person", "organization"):
            spoken_for = kind == "organization" and re.search(r"spokes|source", quote.speaker_as_written or "")
            position = quote.end if quote.kind == "indirect" else at
            speakers.people = sorted([*speakers.people, (position, speaker, "person" if spoken_for else kind)])
        resolved.append(replace(quote, speaker=speaker, speaker_kind=kind))
    for index, quote in enumerate(resolved):
        if quote.kind == "direct" and quote.speaker is None and quote.speaker_as_written is None and quote.speaker_kind != "unnamed":
            following = next(
                (q for q in resolved[index + 1 :] if q.kind == "direct" and q.paragraph == quote.paragraph and q.speaker),
                None,
            )
            if following is not None:  # `"First part. "Second part," she said.`
                resolved[index] = replace(quote, speaker=following.speaker, speaker_kind=following.speaker_kind)
    return resolved


def _swap_appositive(quote: Quote) -> Quote:
    """ "The Shadow Secretary of State for the Family, Theresa May, said": the name in the commas
    is the speaker and the role before it the descriptor."""
    written, descriptor = quote.speaker_as_written, quote.descriptor
    if written and descriptor and classify(descriptor) == "person" and classify(written) != "person":
        return replace(quote, speaker_as_written=descriptor, descriptor=written)
    if written:
        words = written.split()
        while len(words) > 1 and words[0] in _LEADING:
            words.pop(0)
        return replace(quote, speaker_as_written=" ".join(words))
    return quote


_NOT_SPEAKERS = frozenset("it this that there which what who these those its".split())
_LEADING = frozenset("But And However Meanwhile Yet So Now Then Also Earlier Later While".split())


def quotes_of(article: Article, mentioned: tuple[Mention, ...] | None = None) -> tuple[Quote, ...]:
    """Every direct, indirect and scare quote in the article's body, in reading order
    (`mentioned`: the article's mentions, when already computed)."""
    positions: list[int] = []
    direct = _direct(article, positions)
    named_at = {id(q): at for q, at in zip(direct, positions)}
    return tuple(_resolve(article, direct + _indirect(article, direct), named_at, mentioned))
