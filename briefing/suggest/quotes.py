"""Quotes: direct quotations with their speakers, in document order.

A quotation split by an attribution (``"A," he said. "B."``) is one quote whose text
joins the parts with " … ", so it stays verbatim against its source span. Each
paragraph of a quotation that runs over paragraphs is its own quote, spoken by the
speaker of the paragraph that opened it. Scare quotes and titles (one or two words
with no speech verb, ``“help”``; capitalised titles of works) are left out.

Who speaks is read from the attribution (see :mod:`.speakers`), else from what the text
was last about: the speaker of a sentence of reported speech ("Okonjo said. “But …”"), the
subject before a colon, the last person of the pronoun's gender or the last body for
"it"/"the company". Each speaker is named by the fullest name the article gives them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..model import Article, Quote, Span
from .lexicon import FUNCTION_WORDS, PRONOUNS, ROLE_NOUNS, TITLES, word_set
from .people import Entity, Registry, build_registry
from .quote_marks import MarkedSpan, marked_spans
from .speakers import (
    QUOTE_VERBS,
    SPEAKER_PRONOUNS,
    Speaker,
    according_to,
    is_attribution,
    is_role_noun,
    speaker_after_verb,
    speaker_before_verb,
    speech_verbs,
)
from .text import Word, mask, sentence_at, sentences, words

_IMAGINED = re.compile(r"\bas if(?: to say| saying)?[\s,:]*$", re.IGNORECASE)
_JOINER = " … "
_SO = re.compile(r"[\s,]*so(?=\s+(?:[A-ZÄÖÜ]|der\s|die\s|das\s|ein\s|eine\s))")
"""German "„…“, so X": a speaker named after "so" straight after the quotation."""
_MEDIUM_BEFORE = re.compile(r"\b(?:in|im|on|to|bei|auf|dans|sur|à|en|na|no|em|в|на)\s*$", re.IGNORECASE)
_TITLED = re.compile(
    r"\b(?:titled|entitled|headlined|subtitled|intitulée?s?|intitulado|titulad[oa]|betitelt|"
    r"mit dem Titel|под названием)\s*[:,]?\s*$",
    re.IGNORECASE,
)
_CODE = re.compile(r"\{\{|\}\}|===|!==|&&|\|\||=>|\bfunction\s*\(|\bvar\s+\w+\s*=")
"""Program code or a template left in the text: its strings are nobody's words."""


@dataclass
class QuoteFinding:
    """One suggested quote and how it was found."""

    parts: list[Span]
    text: str
    kind: str  # "full", "fragment" or "continuation"
    speaker: str = ""
    role: str = ""
    entity: Entity | None = field(default=None, repr=False)
    attributed: bool = False
    """True when an attribution next to the quote names the speaker (not context)."""

    @property
    def source(self) -> Span:
        first, last = self.parts[0], self.parts[-1]
        return Span(first.paragraph, first.start, last.end)

    def to_quote(self) -> Quote:
        return Quote(text=self.text, speaker=self.speaker, role=self.role, source=self.source)


@dataclass
class _Context:
    """What the reader knows so far: who the text was last about, who spoke last."""

    last_subject: Entity | None = None
    subject_paragraph: int = -1
    last_speaker: Entity | None = None
    speaker_paragraph: int = -1
    recent: list[tuple[Entity, int]] = field(default_factory=list)
    """People and bodies the text was about or quoted, oldest first, with their paragraph."""
    genders: dict[int, str] = field(default_factory=dict)
    """id(entity) -> "m" or "f" where an honorific or a role noun says so."""
    language: str = ""
    """The article's language: in German every noun is capitalised, so a capital is no name."""

    def note(self, entity: Entity, index: int) -> None:
        if self.recent and self.recent[-1][0] is entity:
            self.recent[-1] = (entity, index)
        else:
            self.recent.append((entity, index))


def find_quotes(article: Article, registry: Registry | None = None) -> list[QuoteFinding]:
    """Every quotation worth offering, in document order, with its speaker."""
    paragraphs = article.paragraphs
    registry = registry or build_registry(paragraphs)
    spans = marked_spans(paragraphs, article.language)
    by_paragraph: dict[int, list[MarkedSpan]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, []).append(span)
    context = _Context(
        genders=_genders(paragraphs, registry), language=article.language.split("-")[0].lower()
    )
    findings: list[QuoteFinding] = []
    previous: QuoteFinding | None = None
    for index, paragraph in enumerate(paragraphs):
        marks = by_paragraph.get(index, []) if not _CODE.search(paragraph) else []
        masked = mask(paragraph, [(s.start, s.end) for s in marks])
        sentence_spans = _sentences(masked)
        groups = _group(paragraph, marks)
        for sentence in sentence_spans:
            quoted_speaker = False
            for group in [
                g
                for g in groups
                if sentence[0] <= g[0].opened_at < sentence[1]
                or (g[0].opened_at < sentence[0] and g is groups[0] and sentence is sentence_spans[0])
            ]:
                finding = _finding(paragraph, index, group, sentence, masked, registry, context, previous)
                if finding is not None:
                    findings.append(finding)
                    previous = finding
                    if finding.entity is not None:
                        context.last_speaker, context.speaker_paragraph = finding.entity, index
                        context.last_subject, context.subject_paragraph = finding.entity, index
                        context.note(finding.entity, index)
                        quoted_speaker = True
            if not quoted_speaker:  # a quoted speaker is the sentence's subject already
                _update_subject(paragraph, masked, index, sentence, registry, context)
    _name_fully(findings, paragraphs, registry)
    return _without_pull_quotes(findings, paragraphs)


def _without_pull_quotes(findings: list[QuoteFinding], paragraphs: list[str]) -> list[QuoteFinding]:
    """Leave out a pull quote: a paragraph that only repeats words quoted elsewhere in the article."""
    if len(findings) < 2:
        return findings
    texts = [_plain(finding.text) for finding in findings]
    kept = []
    for i, finding in enumerate(findings):
        part = finding.parts[0]
        alone = len(finding.parts) == 1 and len(paragraphs[part.paragraph].strip()) <= len(finding.text) + 4
        repeated = alone and any(
            j != i
            and len(texts[i]) >= 20
            and texts[i] in texts[j]
            and findings[j].parts[0].paragraph != part.paragraph
            # of two equal ones, the attributed one stays, or else the first
            and (texts[i] != texts[j] or (findings[j].attributed, -j) > (finding.attributed, -i))
            for j in range(len(findings))
        )
        if not repeated:
            kept.append(finding)
    return kept


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _name_fully(findings: list[QuoteFinding], paragraphs: list[str], registry: Registry) -> None:
    """Each speaker by the fullest name the article gives them, without a title glued on."""
    cache: dict[int, Entity] = {}
    for finding in findings:
        entity = finding.entity
        if entity is None or entity.kind != "person":
            continue
        if id(entity) not in cache:
            cache[id(entity)] = _fullest(entity, paragraphs, registry)
        fullest = cache[id(entity)]
        if fullest is not entity:
            finding.entity, finding.speaker = fullest, fullest.name
            finding.role = finding.role or fullest.position


def _fullest(entity: Entity, paragraphs: list[str], registry: Registry) -> Entity:
    """ "Bundesverkehrsminister Karl Weber" -> Karl Weber; "Bahn-Manager Krause" ->
    Jonas Krause where the article names him so; "Krause" alone likewise."""
    tokens = entity.tokens or tuple(entity.name.split())
    drop = 0
    while drop < len(tokens) - 1 and (
        _title_like(tokens[drop]) or tokens[drop].lower() in _LEADING_PREPOSITIONS
    ):
        drop += 1
    if drop == 0 and len(tokens) > 2 and entity.first[1] > 0:
        # "Secretary of State Ann Lee": the first word completes the title before it.
        paragraph, start = entity.first[0], entity.first[1]
        before = paragraphs[paragraph][max(0, start - 40) : start] if paragraph < len(paragraphs) else ""
        title = re.search(r"(\w+)\s+(?:of|for|de|für)\s+$", before)
        if title and _title_like(title.group(1)):
            drop = 1
    core = tokens[drop:]
    longer = {
        other.name: other
        for other in registry.entities
        if other is not entity
        and other.kind == "person"
        and len(other.tokens) > len(core)
        and other.tokens[-len(core) :] == core
        and not _title_like(other.tokens[0])
        and other.tokens[0][:1].isupper()
    }
    if len(longer) == 1:
        return next(iter(longer.values()))
    if drop == 0:
        return entity
    name = " ".join(core)
    known = next((e for e in registry.entities if e.kind == "person" and e.tokens == core), None)
    return known or Entity(
        name=name, kind="person", position=entity.position, first=entity.first, tokens=core
    )


_LEADING_PREPOSITIONS = word_set("laut gemäß según segundo selon according")
"""Sentence-initial words a capitalised run may swallow: "Laut Jonas Albrecht"."""


_NAME_TITLES = word_set("Pope King Queen Prince Princess Sheikh Emir Ayatollah Sir Dame Lord Lady Dom")
"""Titles that are part of how a person is named: "Pope Francis", "Prince Harry"."""


def _title_like(token: str) -> bool:
    """A word that is a title or a role, glued before a name: "Bundesverkehrsminister", "Flixbus-Manager"."""
    if token in _NAME_TITLES:
        return False
    return token in TITLES or is_role_noun(token.lower()) or is_role_noun(token.lower().rsplit("-", 1)[-1])


def _group(paragraph: str, marks: list[MarkedSpan]) -> list[list[MarkedSpan]]:
    """Join quotations separated only by an attribution: ``"A," he said. "B."``."""
    groups: list[list[MarkedSpan]] = []
    for span in marks:
        if groups and groups[-1][-1].closed and not span.continued:
            gap = paragraph[groups[-1][-1].closed_at : span.opened_at]
            if is_attribution(gap) and not _has_attribution_before(groups[-1], paragraph):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


def _has_attribution_before(group: list[MarkedSpan], paragraph: str) -> bool:
    """A quote already introduced by its own speech verb ("She added, "...".") is not split."""
    before = paragraph[: group[0].opened_at]
    tail = before[-40:]
    return bool(speech_verbs(tail)) and len(group) == 1 and not before.strip().endswith((".", "?", "!"))


def _finding(
    paragraph: str,
    index: int,
    group: list[MarkedSpan],
    sentence: tuple[int, int],
    masked: str,
    registry: Registry,
    context: _Context,
    previous: QuoteFinding | None,
) -> QuoteFinding | None:
    parts = [Span(index, s.start, _trim_end(paragraph, s.start, s.end)) for s in group]
    texts = [paragraph[p.start : p.end] for p in parts]
    first = group[0]
    open_at = first.opened_at
    pre = masked[sentence[0] : max(sentence[0], open_at)]
    if _IMAGINED.search(pre):
        return None
    text = _JOINER.join(t.rstrip(",").rstrip() if i < len(texts) - 1 else t for i, t in enumerate(texts))
    text = text.strip()
    if text.endswith(","):
        text = text.rstrip(",").rstrip()
    kind = _kind(first, pre, text)
    speaker, attributed = _attribute(paragraph, index, group, sentence, masked, registry)
    n_words = len(text.split())
    if kind == "fragment" and speaker is None:
        return None  # quoted words in the writer's own sentence, said by no one: a slogan or scare quote
    if not _worth_offering(text, n_words, pre, attributed, kind, paragraph, group):
        return None
    finding = QuoteFinding(parts=parts, text=text, kind=kind, attributed=attributed)
    if first.continued and previous is not None and previous.parts[-1].paragraph < index:
        entity = previous.entity
        finding.kind = "continuation"
        if attributed and speaker is not None and speaker.kind != "unknown":
            # '“...,” Ibarra said.' closing a quotation opened paragraphs earlier names its speaker.
            entity = _resolve(speaker, registry, context, index, (index, open_at), standalone=False) or entity
            if not previous.attributed and entity is not None:
                previous.entity, previous.speaker, previous.role = entity, entity.name, entity.position
                previous.attributed = True
    elif speaker is not None and speaker.kind == "previous":
        same_paragraph = previous is not None and previous.parts[-1].paragraph == index
        entity = previous.entity if previous is not None and same_paragraph else None
        if not same_paragraph:
            entity = _resolve(None, registry, context, index, (index, open_at), standalone=True)
    else:
        if speaker is not None and speaker.kind == "pronoun":
            local = _subject_before(paragraph, masked, index, sentence[0], open_at, registry)
            if local is not None:
                speaker = Speaker(entity=local, kind="named")
        entity = _resolve(speaker, registry, context, index, (index, open_at), standalone=not attributed)
    if entity is None and speaker is not None and speaker.kind == "unnamed" and attributed:
        finding.role = speaker.noun  # "binding on a sovereign state," negotiators in Geneva said
    if entity is not None:
        finding.entity = entity
        finding.speaker = entity.name
        finding.role = entity.position
        if entity.kind != "person" or entity.tokens != (entity.name,) or entity in registry.entities:
            entity.quotes += 1
    return finding


def _trim_end(paragraph: str, start: int, end: int) -> int:
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return end


def _kind(first: MarkedSpan, pre: str, text: str) -> str:
    if first.continued:
        return "continuation"
    lead = pre.strip()
    starts_sentence = (
        not lead or (lead.endswith((":", ",")) and bool(speech_verbs(lead[-30:]))) or lead.endswith(":")
    )
    return "full" if starts_sentence and text[:1].isupper() else "fragment"


def _worth_offering(
    text: str, n_words: int, pre: str, attributed: bool, kind: str, paragraph: str, group: list[MarkedSpan]
) -> bool:
    if n_words == 0:
        return False
    whole = paragraph.strip()
    first = group[0]
    standalone = not first.continued and group[-1].closed and len(whole) <= len(text) + 4
    if standalone and n_words <= 12 and text[-1:] not in ".!?…,":
        return False  # a paragraph that is only a short quotation, not a sentence: a crosshead
    if _looks_like_title(text.rstrip(".!?")) and not pre.rstrip().endswith(":"):
        return False
    if _TITLED.search(pre):
        return False  # 'a booklet titled “The Wit of …”', 'ein Buch mit dem Titel „…“': a title
    if n_words >= 3:
        return True
    if all(w.is_capitalised for w in words(text)) and _MEDIUM_BEFORE.search(pre):
        return False  # 'sagte in »CNN«', 'told “Today”': the name of a programme or paper
    # One or two words: a scare quote or a title unless presented as speech.
    if pre.rstrip().endswith(":"):
        return True
    after = paragraph[group[-1].closed_at : group[-1].closed_at + 30]
    # '„völlig unverständlich“, so Albrecht' / '« une erreur », a dit Dumoutier': words presented as speech
    inside = paragraph[group[-1].end - 1 : group[-1].end]
    return (kind == "full" and text[-1:] in ".!?") or (
        attributed and (inside in ",!?" or bool(re.match(r"\s*[,!?]", after)))
    )


def _looks_like_title(text: str) -> bool:
    """A title of a work or a slogan: short, no sentence punctuation, every word capitalised."""
    if re.search(r"[.,;:!?]", text):
        return False
    title_words = [w for w in words(text) if w.text.lower() not in FUNCTION_WORDS]
    return 0 < len(title_words) <= 8 and all(w.is_capitalised for w in title_words) and len(title_words) >= 2


def _attribute(
    paragraph: str,
    index: int,
    group: list[MarkedSpan],
    sentence: tuple[int, int],
    masked: str,
    registry: Registry,
) -> tuple[Speaker | None, bool]:
    """The speaker the sentence around the quote names, and whether it names one."""
    first, last = group[0], group[-1]
    close_at = last.closed_at
    # Between the parts of a split quote: "A," he said. "B."
    if len(group) > 1:
        gap_start, gap_end = group[0].closed_at, group[1].opened_at
        found = _from_segment(paragraph, masked, index, gap_start, gap_end, registry)
        if found is not None:
            return found, True
    sentence_end = _sentence_end(masked, close_at, sentence)
    # After the quote: '," Peskov said.' / '," said Lotfi Azzouz, ...'
    found = _from_segment(paragraph, masked, index, close_at, sentence_end, registry)
    if found is not None:
        return found, True
    so = _SO.match(masked, close_at, sentence_end)
    if so is not None:  # '„…“, so Albrecht.' / '«…», so der Minister'
        found = speaker_after_verb(masked, Word("so", so.end() - 2, so.end()), sentence_end, registry, index)
        if found is not None:
            return found, True
    # Before the quote: 'Ms Berger said it was "..."', 'She added, "..."'
    found = _from_segment(paragraph, masked, index, sentence[0], first.opened_at, registry, before_quote=True)
    if found is not None:
        return found, True
    found = according_to(masked, sentence[0], sentence_end, registry, index)
    if found is None:
        found = _before_colon(paragraph, masked, index, sentence[0], first.opened_at, registry)
    return found, found is not None


def _before_colon(
    paragraph: str, masked: str, index: int, start: int, open_at: int, registry: Registry
) -> Speaker | None:
    """'Solberg was blunt: "..."', 'Solberg: "..."': the subject of the clause the colon ends."""
    lead = masked[start:open_at].rstrip()
    if not lead.endswith(":"):
        return None
    clause_start = max(start, lead.rfind(";", 0) + 1 if ";" in lead else start)
    for mention in registry.mentions_between(index, clause_start, start + len(lead)):
        if paragraph[mention.end : mention.end + 2] in ("’s", "'s") or masked[mention.start] == "ª":
            continue
        return Speaker(entity=mention.entity, kind="named")
    clause_words = words(masked[clause_start : start + len(lead)])
    if clause_words and clause_words[0].text.lower() in SPEAKER_PRONOUNS:
        return Speaker(kind="pronoun", noun=clause_words[0].text.lower())
    if 0 < len(clause_words) <= 3 and all(not w.is_capitalised or i == 0 for i, w in enumerate(clause_words)):
        return Speaker(kind="previous")  # "Und weiter: »…«", "And then: “…”": the last quote goes on
    return None


@functools.lru_cache(maxsize=32)
def _sentences(masked: str) -> list[tuple[int, int]]:
    """Sentences of a masked paragraph, also split before a quotation opened by »…«, ›…‹ or ‚…‘."""
    spans = sentences(masked)
    if not _OPENS_AFTER_STOP.search(masked):
        return spans
    split: list[tuple[int, int]] = []
    for start, end in spans:
        for match in _OPENS_AFTER_STOP.finditer(masked, start, end):
            split.append((start, match.start() + 1))
            start = match.end() - 1
        split.append((start, end))
    return split


_OPENS_AFTER_STOP = re.compile(r"[.!?…]\s+[»›‚]")


def _sentence_end(masked: str, close_at: int, sentence: tuple[int, int]) -> int:
    spans = _sentences(masked)
    end = sentence_at(spans, close_at)[1] if close_at < len(masked) else len(masked)
    return max(end, sentence[1]) if close_at <= sentence[1] else end


def _from_segment(
    paragraph: str,
    masked: str,
    index: int,
    start: int,
    end: int,
    registry: Registry,
    before_quote: bool = False,
) -> Speaker | None:
    segment = masked[start:end]
    verbs = speech_verbs(segment, start)
    if not verbs:
        return None
    ordered = list(reversed(verbs)) if before_quote else verbs
    unknown: Speaker | None = None
    for verb in ordered:
        after = speaker_after_verb(masked, verb, end, registry, index)
        before = speaker_before_verb(masked, start, verb, registry, index)
        for found in (
            (before, after) if before_quote or not _inverted(masked, start, verb) else (after, before)
        ):
            if found is not None and found.kind != "unknown":
                return found
            unknown = unknown or found
    return unknown


def _inverted(masked: str, start: int, verb: object) -> bool:
    """'," said X' / '", falou Tite': the verb comes straight after the quotation."""
    verb_start = getattr(verb, "start", 0)
    return not words(masked[start:verb_start])


def _resolve(
    speaker: Speaker | None,
    registry: Registry,
    context: _Context,
    index: int,
    at: tuple[int, int],
    standalone: bool,
) -> Entity | None:
    if speaker is None or (speaker.kind == "unknown" and standalone):
        if speaker is None and context.last_subject is not None and context.subject_paragraph >= index - 1:
            return context.last_subject
        if speaker is None and context.last_speaker is not None and context.speaker_paragraph >= index - 2:
            return context.last_speaker
        return None
    if speaker.kind == "unnamed":
        return None
    if speaker.kind == "named":
        return speaker.entity
    if speaker.kind == "pronoun":
        return _antecedent(speaker.noun, context, index, registry, at)
    if speaker.kind == "role" and speaker.noun in _BODY_NOUNS:
        return _body_by_noun(speaker.noun, context, index)
    if speaker.kind == "role":
        recent_speaker = context.last_speaker if context.speaker_paragraph >= index - 3 else None
        return registry.by_role(speaker.noun, at) or recent_speaker or _person(context.last_subject)
    return None


_MALE = word_set("he him his er il lui él ele он")
_FEMALE = word_set("she her elle ella ela она")
_BODY_PRONOUNS = word_set("it")
_PLURAL = word_set("they ils elles sie eles elas ellos ellas они")
_MALE_TITLES = word_set("Mr Mr. Herr Monsieur M. Sr Sr. Señor Senhor Sir Lord King Prince Father")
_FEMALE_TITLES = word_set(
    "Mrs Mrs. Ms Ms. Miss Frau Madame Mme Mme. Sra Sra. Señora Senhora Dame Lady Queen Princess"
)


def _genders(paragraphs: list[str], registry: Registry) -> dict[int, str]:
    """What an honorific before a mention ("Mr", "Frau", "Sra.") or a position says of a person's gender."""
    genders: dict[int, str] = {}
    for mention in registry.mentions:
        entity = mention.entity
        if entity.kind != "person" or id(entity) in genders:
            continue
        before = paragraphs[mention.paragraph][max(0, mention.start - 10) : mention.start].split()
        title = before[-1] if before else ""
        if title in _MALE_TITLES:
            genders[id(entity)] = "m"
        elif title in _FEMALE_TITLES:
            genders[id(entity)] = "f"
    for entity in registry.entities:
        if entity.kind == "person" and id(entity) not in genders and entity.position:
            position = entity.position.lower()
            if re.search(r"(?:woman|wife|mother|daughter|sister|queen|princess|actress)\b", position):
                genders[id(entity)] = "f"
            elif re.search(
                r"\b(?:man|husband|father|son|brother|king|prince|actor)\b|(?<!wo)man\b", position
            ):
                genders[id(entity)] = "m"
    return genders


def _antecedent(
    pronoun: str, context: _Context, index: int, registry: Registry, at: tuple[int, int]
) -> Entity | None:
    """The entity a pronoun speaker stands for: the last named one of the right kind.

    "he"/"she" (and their translations) the last person whose gender does not contradict
    it; "it" the last organisation or body; "they" either, within the last few paragraphs.
    """
    wanted = "m" if pronoun in _MALE else "f" if pronoun in _FEMALE else ""
    for entity, paragraph in reversed(context.recent):
        if paragraph < index - 4:
            break
        if pronoun in _BODY_PRONOUNS:
            if entity.kind == "org":
                return entity
            continue
        if entity.kind != "person" and pronoun not in _PLURAL:
            continue  # "they" may be a body: "The union ... they said"
        gender = context.genders.get(id(entity), "")
        if wanted and gender and gender != wanted:
            continue
        return entity
    if pronoun in _BODY_PRONOUNS:
        return None
    if wanted:  # no subject fits: the last person of that gender mentioned at all, "met Ms Lindgren"
        for mention in reversed(registry.mentions):
            if (mention.paragraph, mention.start) >= at or mention.paragraph < index - 2:
                continue
            if mention.entity.kind == "person" and context.genders.get(id(mention.entity)) == wanted:
                return mention.entity
    return (
        context.last_subject
        if context.last_subject is not None and context.last_subject.kind == "person"
        else context.last_speaker
    )


_BODY_NOUNS = word_set(
    "company firm agency ministry department court police government union party group organisation "
    "organization league club team network bank commission council committee board office administration "
    "campaign airline school university hospital embassy military army navy authority regulator "
    "newspaper channel broadcaster studio retailer carrier operator startup business corporation"
)
"""Nouns that name a body: "the company said" is an organisation, never the last person quoted."""
_GENERIC_BODIES = word_set("company firm group organisation organization business corporation startup")


def _body_by_noun(noun: str, context: _Context, index: int) -> Entity | None:
    """The organisation "the agency" / "the company" refers to: the last one named so, or just named."""
    bodies = [entity for entity, paragraph in reversed(context.recent) if entity.kind == "org"]
    for entity in bodies:
        if noun in entity.name.lower():
            return entity
    if noun in _GENERIC_BODIES and bodies:
        return bodies[0]
    return None


def _subject_before(
    paragraph: str, masked: str, index: int, start: int, end: int, registry: Registry
) -> Entity | None:
    """The first person named (not as a possessive) in the sentence before the quotation."""
    for mention in registry.mentions_between(index, start, end):
        possessive = paragraph[mention.end : mention.end + 2] in ("’s", "'s")
        if mention.entity.kind == "person" and masked[mention.start] != "ª" and not possessive:
            return mention.entity
    return None


def _person(entity: Entity | None) -> Entity | None:
    return entity if entity is not None and entity.kind == "person" else None


def _update_subject(
    paragraph: str, masked: str, index: int, sentence: tuple[int, int], registry: Registry, context: _Context
) -> None:
    """The sentence's subject: who it reports speaking, its first person named, or "the president" resolved."""
    all_mentions = [
        m
        for m in registry.mentions_between(index, sentence[0], sentence[1])
        if paragraph[m.end : m.end + 2] not in ("’s", "'s") and masked[m.start] != "ª"
    ]
    if (
        all_mentions
        and all_mentions[0].entity.kind == "org"
        and len(words(paragraph[sentence[0] : all_mentions[0].start])) <= 1  # "The Kremlin said ..."
    ):
        context.note(all_mentions[0].entity, index)
    speaking = _reported_speaker(paragraph, masked, index, sentence, registry, context.language != "de")
    if speaking is not None:
        _set_subject(context, speaking, index)
        return
    mentions = [m for m in all_mentions if m.entity.kind == "person"]
    if mentions:
        lead = paragraph[sentence[0] : mentions[0].start].strip()
        position = mentions[0].entity.position
        if position and lead.endswith(position):  # "Port Authority chief executive Maarten Bakker said"
            _set_subject(context, mentions[0].entity, index)
            return
    first_words = words(masked[sentence[0] : min(sentence[1], sentence[0] + 120)])[:4]
    for word in first_words:
        lower = word.text.lower()
        if mentions and sentence[0] + word.start >= mentions[0].start:
            break
        if lower in PRONOUNS:
            return
        if lower in ROLE_NOUNS and not word.is_capitalised:  # "Minister" in a name run is a title
            entity = registry.by_role(lower, (index, sentence[0]))
            if entity is not None:
                _set_subject(context, entity, index)
                return
            if not mentions:
                return
            break  # "The judge, Harriet Cole, was unmoved": the role introduces the name
    if mentions:
        _set_subject(context, mentions[0].entity, index)


def _set_subject(context: _Context, entity: Entity, index: int) -> None:
    context.last_subject, context.subject_paragraph = entity, index
    context.note(entity, index)


def _reported_speaker(
    paragraph: str,
    masked: str,
    index: int,
    sentence: tuple[int, int],
    registry: Registry,
    capitalised_names: bool = True,
) -> Entity | None:
    """The named speaker of a sentence of reported speech ("..., sagt Krause", "Lee said the ...")."""
    text = masked[sentence[0] : sentence[1]]
    if QUOTE_VERBS.isdisjoint(_LETTERS.findall(text.lower())):
        return None
    for verb in speech_verbs(text, sentence[0]):
        found = None
        if _inverted_after_clause(masked, sentence[0], verb):
            found = speaker_after_verb(masked, verb, sentence[1], registry, index)
        if found is None or found.kind != "named":
            found = speaker_before_verb(masked, sentence[0], verb, registry, index)
        entity = found.entity if found is not None and found.kind == "named" else None
        if entity is not None and (entity.kind == "org" or entity in registry.entities):
            return entity
        if entity is not None and capitalised_names and _name_right_before(masked, sentence[0], verb, entity):
            return entity  # "Lee said." with no fuller name for Lee in the article
    return None


def _name_right_before(masked: str, start: int, verb: Word, entity: Entity) -> bool:
    before = masked[start : verb.start].split()
    return len(before) >= 1 and before[-1] == entity.name and entity.name[:1].isupper()


def _inverted_after_clause(masked: str, start: int, verb: object) -> bool:
    """ "..., sagt Krause." / "..., dijo Ruiz.": the verb comes right after a comma."""
    verb_start = getattr(verb, "start", 0)
    return masked[start:verb_start].rstrip().endswith((",", "—", "–")) or not words(masked[start:verb_start])


_LETTERS = re.compile(r"[^\W\d_]+")
