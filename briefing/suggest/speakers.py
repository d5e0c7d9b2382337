"""Who said it: read the attribution around a quotation and name the speaker.

Patterns: ``X said``, ``said X``, ``X told reporters``, ``according to X``, ``X added``,
``falou Tite``, ``acrescentou o comandante``, ``sagt auch X``, ``so X``, ``X zufolge``,
``a déclaré X``, ``dit-il``, ``selon X``, ``dijo X``, ``según X``, ``afirmou X``,
``заявил X``, ``по словам X``; a body as the subject ("Norway's foreign ministry said",
"The High Commissioner for Refugees said"); pronouns and role nouns ("he", "the
spokesman", "the company") resolve to the nearest compatible named person or body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    ACCORDING_TO,
    FUNCTION_WORDS,
    INANIMATE,
    ORG_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    word_set,
)
from .people import Entity, Registry
from .text import Word, words

MORE_SPEECH_VERBS = word_set(
    # English: verbs that present someone's words, often a few of them ("pledged to take “...”")
    "pledged pledges alleged alleges denied denies blasted slammed criticised criticized criticises "
    "criticizes dismissed labelled labeled branded hailed praised accused accuses condemned "
    "condemns welcomed welcomes rejected rejects assured assures revealed reveals estimated "
    "disclosed informed texted emailed messaged exclaimed sighed snapped retorted interjected "
    "acknowledging explained telling saying "
    # German
    "sprach spricht sprechen sagen sage betonten bekräftigte bekräftigt unterstrich unterstreicht "
    "forderte fordert forderten warnten kritisiert kritisierten ergänzt erläuterte erläutert "
    "versicherte versichert versprach verspricht nannte nennt bezeichnete bezeichnet räumte räumt "
    "beklagte beklagt bemängelte lobte lobt mahnte mahnt antwortete antwortet berichtete berichtet "
    "zitierte zitiert twitterte schrieben hieß heißt teilt fügt kündigte verkündete verkündet "
    "begründete begründet stellte klagte klagt "
    # French
    "dénoncé dénonce fustigé fustige jugé juge regretté regrette reconnu reconnaît annoncé annonce "
    "prévenu prévient averti avertit promis promet martèle réagi réagit commenté commente glisse "
    "glissé lâche lâché résume résumé tranche tranché exclame exclamé interrogé interroge "
    "répond répète répété soutient soutenu témoigne témoigné déplore déploré dénoncent déclarent "
    "affirment estiment expliquent ajoutent "
    # Spanish
    "denunció criticó lamentó calificó consideró considera opinó admitió relató contó preguntó "
    "exclamó sentenció precisó puntualizó remarcó enfatizó reiteró aseveró agrega añade asegura "
    "explica señala afirma declara advierte recalcó reconoce insiste sostiene defendió defiende "
    "respondió replicó concluyó prometió "
    # Portuguese
    "ponderou enfatizou relatou salientou reforçou opinou justificou rebateu negou lamentou "
    "classificou considerou disparou declararam explicaram acrescenta ressalta destaca completa "
    "prometeu revelou "
    # Russian
    "сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул подчеркнула "
    "подчеркнули добавил добавила добавили сообщил сообщила сообщили пояснил пояснила пояснили "
    "рассказал рассказала рассказали ответил ответила ответили написал написала написали говорит "
    "говорят заявляет заявляют отмечает подчеркивает подчёркивает уточнил уточнила признал "
    "признала призвал призвала предупредил предупредила назвал назвала заверил заверила "
    "констатировал возразил возразила прокомментировал прокомментировала считает"
)
"""Speech verbs beyond the lexicon's, per language: they introduce or follow direct speech."""

QUOTE_VERBS = SPEECH_VERBS | MORE_SPEECH_VERBS

SPEAKER_PRONOUNS = PRONOUNS | word_set("он она они it lui")
"""Pronouns that stand for a speaker ("it" for an organisation)."""

_AFTER_VERB_ADVERBS = word_set(
    "also too again later then auch noch dann zudem weiter außerdem ebenfalls bereits "
    "ainda também depois então también además luego después aussi encore ensuite alors "
    "également déjà même тоже также ещё еще затем"
)
"""Words between an inverted speech verb and its speaker: "sagt auch Krause", "dijo también X"."""

_ACCORDING_MORE = re.compile(
    r"(?:\b(?:d['’]après|à en croire|nach Angaben (?:von|des|der)|nach Worten (?:von|des|der))|"
    r"(?<![\w])по словам|(?<![\w])как (?:сообщил[аи]?|заявил[аи]?|сказал[аи]?))\s+",
    re.IGNORECASE,
)
"""More ways of saying "according to X", where X follows."""

_ZUFOLGE = re.compile(r"\b(\w[\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s+zufolge\b")
"""German "X zufolge": the source comes before the word."""

_FRENCH_INVERSION = re.compile(
    r"^(?P<verb>[^\W\d_]+)-(?:t-)?(?P<pronoun>il|elle|ils|elles|on)$", re.IGNORECASE
)
_BODY = re.compile(
    rf"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+|(?:\b[Tt]he\s+)?(?P<adj>[A-Z][\w-]*)\s+)"
    rf"(?P<noun>(?:[a-z]+\s+)?(?:{ORG_NOUNS}))\b"
)
"""A body named after a country: "Norway's foreign ministry", "the Dutch foreign ministry"."""
_RELATIVE = word_set(
    "which who whose that die der das welche welcher qui que dont que quien quienes который которая которые"
)

_ARTICLES = word_set("the a an o a os as el la los las le les der die das")
_SKIPPABLE = word_set(
    "also later then had has have would will again further previously earlier once ainda também já "
    "then recently repeatedly simply just only"
)
_PLACE_PREPOSITIONS = word_set("in at from near outside inside across em de en à aus")
_BOUNDARY = re.compile(r"[,;:()\"“”«»„—–]")


@dataclass
class Speaker:
    """A speaker as the attribution gives it: a known entity, or words we could not resolve."""

    entity: Entity | None = None
    # "named", "pronoun", "role", "unnamed" (a source the text does not name), "unknown", or
    # "previous" (the quotation before goes on: "Und weiter: »…«")
    kind: str = ""
    noun: str = ""


def speech_verbs(text: str, offset: int = 0) -> list[Word]:
    """Speech verbs in ``text`` (offsets shifted by ``offset``); "dit-il" gives "dit"."""
    found = []
    text_words = words(text)
    for i, w in enumerate(text_words):
        lower = w.text.lower()
        if lower in SPEECH_VERBS or (lower in MORE_SPEECH_VERBS and w.text == lower):
            # the added verbs only as written in lower case: "Lance" or "Tranche" is no verb
            found.append(Word(w.text, w.start + offset, w.end + offset))
        elif (
            lower in _PHRASAL
            and i + 1 < len(text_words)
            and text_words[i + 1].text.lower() == _PHRASAL[lower]
        ):
            found.append(Word(w.text, w.start + offset, w.end + offset))  # "pointed out"
        elif "-" in lower:
            inversion = _FRENCH_INVERSION.match(w.text)
            if inversion and inversion.group("verb").lower() in QUOTE_VERBS:
                verb_end = w.start + offset + len(inversion.group("verb"))
                found.append(Word(inversion.group("verb"), w.start + offset, verb_end))
    return found


_PHRASAL = {
    "pointed": "out",
    "points": "out",
    "spelled": "out",
    "went": "on",
    "goes": "on",
    "summed": "up",
    "hit": "back",
    "weighed": "in",
    "chimed": "in",
    "fügte": "hinzu",
    "fügt": "hinzu",
}
"""Speech verbs of two words: the first word and the particle that must follow it."""


def speaker_after_verb(
    paragraph: str, verb: Word, limit: int, registry: Registry, index: int
) -> Speaker | None:
    """``said X``: the name or role right after the verb, if one is there.

    Skips an adverb ("sagt auch Krause", "dijo también Ruiz") and reads a French
    inverted pronoun ("dit-il", "a-t-elle ajouté"). A pronoun counts only where it ends
    the attribution ("said he."), not as the subject of the reported clause ("said it would").
    """
    pronoun = re.match(r"-(?:t-)?(il|elle|ils|elles|on)\b", paragraph[verb.end : verb.end + 8])
    if pronoun:
        if pronoun.group(1).lower() == "on":
            return Speaker(kind="unnamed", noun="")  # « … », dit-on: it is said
        return Speaker(kind="pronoun", noun=pronoun.group(1).lower())
    tail = paragraph[verb.end : limit]
    tail_words = words(tail)
    if not tail_words or _BOUNDARY.match(tail.lstrip()[:1] or " "):
        return None
    first_at = 0
    while first_at < len(tail_words) - 1 and tail_words[first_at].text.lower() in _AFTER_VERB_ADVERBS:
        first_at += 1
    first = tail_words[first_at]
    if _BOUNDARY.search(tail[: first.start]) or (first_at == 0 and tail[: first.start].strip()):
        return None
    lower = first.text.lower()
    start = verb.end + first.start
    if lower == "es" and first_at == 0 and first.text == "es":
        return Speaker(kind="unnamed", noun="")  # „…“, heißt es in dem Bericht: no one in particular
    if first.is_possessive:
        # '," said Kestria's foreign minister, Ana Pires' is a role of theirs; "said Yoon’s
        # declaration had ..." is the reported clause's subject, no speaker.
        for word in tail_words[first_at + 1 : first_at + 4]:
            if is_role_noun(word.text.lower()):
                named = _speaker_in(paragraph, index, verb.end + word.end, limit, registry, prefer_first=True)
                if named is not None and named.kind == "named":
                    return named
                found = registry.by_role(word.text.lower(), (index, verb.start))
                return (
                    Speaker(entity=found, kind="named")
                    if found
                    else Speaker(kind="role", noun=word.text.lower())
                )
        return None
    if first.is_capitalised and lower not in FUNCTION_WORDS and lower not in SPEAKER_PRONOUNS:
        return _speaker_in(paragraph, index, start, limit, registry, prefer_first=True)
    if lower in SPEAKER_PRONOUNS:
        following = tail[first.end : first.end + 12].lstrip()
        closes = not following or following[0] in ".,;:!?)—–-" or following.split()[0] in _AFTER_PRONOUN
        return Speaker(kind="pronoun", noun=lower) if closes else None
    for at in range(first_at, min(first_at + 4, len(tail_words))):
        # '," said officials in Lisca', '," said one resident', '," said a senior official'
        unnamed = _unnamed(tail, tail_words, at)
        if unnamed is not None:
            return unnamed
        if tail_words[at].is_capitalised or tail[tail_words[at].end : tail_words[at].end + 1] in ",.;:":
            break
    if is_role_noun(lower):  # '», — заявил министр', '," said spokesman Tom Hale'
        named = _speaker_in(paragraph, index, start, limit, registry, prefer_first=True)
        return named if named is not None and named.kind == "named" else Speaker(kind="role", noun=lower)
    if lower in _ARTICLES and len(tail_words) > first_at + 1:
        noun_phrase = _noun_phrase(tail_words[first_at + 1 : first_at + 4])
        if noun_phrase:
            return _speaker_in(paragraph, index, start, limit, registry, prefer_first=True) or Speaker(
                kind="role", noun=noun_phrase
            )
    return None


_POSSESSIVE_DETERMINERS = word_set(
    "his her their its sein seine seiner ihr ihre ihrer son sa ses leur su sus seu sua его её их"
)
_CONJUNCTIONS = word_set("and but or und aber oder et mais ou y pero o e mas и но")
_AFTER_PRONOUN = word_set("in on at to during after before when while adding und and y e et и in der im am")


def _noun_phrase(candidates: list[Word]) -> str:
    for word in candidates:
        if word.text.lower() in ROLE_NOUNS or word.text[0].isdigit():
            return word.text.lower()
    return ""


def speaker_before_verb(
    paragraph: str, start: int, verb: Word, registry: Registry, index: int
) -> Speaker | None:
    """``X said``: the subject of the speech verb, looking left within the sentence from ``start``."""
    pre = paragraph[start : verb.start]
    trimmed = _trim_adverbs(pre)
    end = start + len(trimmed)
    last = words(trimmed[-12:])[-1:]
    if (
        last
        and last[0].text.lower() in _CONJUNCTIONS
        and not trimmed[: -len(last[0].text)].rstrip().endswith(",")
    ):
        return None  # "... as “a step back” and said it would ...": the subject is the earlier clause's
    if trimmed.endswith(","):  # an appositive: "Lee, the party leader, said"
        inner_end = end - 1
        comma = paragraph.rfind(",", start, inner_end)
        if comma >= 0:
            between = _speaker_in(paragraph, index, comma + 1, inner_end, registry, prefer_first=True)
            if (
                between is not None
                and between.entity is not None
                and _starts_with_name(paragraph[comma + 1 :])
            ):
                return between
            end = comma
        else:
            end = inner_end
    if re.search(r"-(?:t-)?(?:il|elle|ils|elles|on)$", trimmed):  # « ... », a-t-il déclaré
        return Speaker(kind="pronoun", noun=trimmed.rsplit("-", 1)[1].lower())
    boundary = max((m.end() for m in _BOUNDARY.finditer(paragraph, start, end)), default=start)
    found = _body_or_office(paragraph, boundary, end, registry) or _speaker_in(
        paragraph, index, boundary, end, registry, prefer_first=False
    )
    if (found is None or found.kind == "unknown") and paragraph[boundary - 1 : boundary] == ",":
        # "the Commission, which regulates campaigns, issued a statement warning": the subject
        # is before the relative clause.
        clause_start = paragraph.rfind(",", start, boundary - 1)
        clause_words = words(paragraph[clause_start + 1 : boundary]) if clause_start >= 0 else []
        if clause_words and clause_words[0].text.lower() in _RELATIVE:
            before = max((m.end() for m in _BOUNDARY.finditer(paragraph, start, clause_start)), default=start)
            found = _body_or_office(paragraph, before, clause_start, registry) or _speaker_in(
                paragraph, index, before, clause_start, registry, prefer_first=False
            )
    return found


def _body_or_office(paragraph: str, start: int, end: int, registry: Registry) -> Speaker | None:
    """A body or office as the subject right before the verb, named as the text names it.

    "Norway's foreign ministry said", "The Dutch foreign ministry said", "The High
    Commissioner for Refugees said", "The Ministry of Defence said".
    """
    phrase = paragraph[start:end].strip()
    if not phrase:
        return None
    body = None
    for match in _BODY.finditer(phrase):
        body = match if match.end() == len(phrase) else body
    if body is not None:
        owner = body.group("owner") or body.group("adj")
        if owner and registry.place_of(owner.split()[0]) is not None:
            name = phrase[body.start("owner") if body.group("owner") else body.start("adj") : body.end()]
            return Speaker(entity=_org(registry, name), kind="named")
    office = _OFFICE.search(phrase)
    if office is not None and office.end() == len(phrase):
        name = office.group("name")
        has_org_word = any(w in ORG_WORDS for w in name.split())
        if (office.group("article") or has_org_word) and (has_org_word or name.split()[0] not in TITLES):
            return Speaker(entity=_org(registry, name), kind="named")
    return None


def _org(registry: Registry, name: str) -> Entity:
    known = registry.lookup(name)
    if known is not None and known.name == name:
        return known
    return Entity(name=name, kind="org", tokens=(name,))


_OFFICE = re.compile(
    r"(?:^|(?<=\s))(?P<article>[Tt]he\s+)?(?P<name>[A-Z][\w.-]*(?:['’]s)?(?:\s+[A-Z][\w.-]*(?:['’]s)?)*"
    r"(?:\s+(?:of|for|on)(?:\s+the)?\s+[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*)*)+)$"
)
"""An office or body whose name joins capitalised words with "of"/"for": the whole name is the speaker."""


def _starts_with_name(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0].isupper()


def _trim_adverbs(pre: str) -> str:
    text = pre.rstrip()
    while True:
        match = re.search(r"(\S+)$", text)
        if not match:
            return text
        word = match.group(1).lower()
        if word in _SKIPPABLE or (word.endswith("ly") and len(word) > 4):
            text = text[: match.start()].rstrip()
        else:
            return text


def _speaker_in(
    paragraph: str, index: int, start: int, end: int, registry: Registry, prefer_first: bool
) -> Speaker | None:
    """The speaker named in paragraph[start:end]: an entity, a pronoun, a role noun or a bare name."""
    mentions = [
        m for m in registry.mentions_between(index, start, end) if not _possessive_at(paragraph, m.end)
    ]
    if mentions:
        chosen = mentions[0] if prefer_first else mentions[-1]
        following = words(paragraph[chosen.end : chosen.end + 20])[:1]
        if chosen.entity.kind == "org" and following and following[0].text.lower() in ROLE_NOUNS:
            return Speaker(kind="role", noun=following[0].text.lower())  # "the Kremlin spokesman"
        return Speaker(entity=chosen.entity, kind="named")
    phrase_words = words(paragraph[start:end])
    if not phrase_words:
        return None
    if not prefer_first:
        phrase_words = phrase_words[-4:]
    for position, word in (
        enumerate(phrase_words) if prefer_first else reversed(list(enumerate(phrase_words)))
    ):
        lower = word.text.lower()
        if lower in _POSSESSIVE_DETERMINERS and position + 1 < len(phrase_words):
            # "Her office said", "his lawyer said": someone of theirs, not the person
            found = _speaker_owned(paragraph, index, start, phrase_words, position, registry)
            if found is not None:
                return found
        if lower in SPEAKER_PRONOUNS:
            return Speaker(kind="pronoun", noun=lower)
        unnamed = _unnamed(paragraph[start:end], phrase_words, position)
        if unnamed is not None:
            return unnamed
        if is_role_noun(lower) or re.match(r"\d+-year-old$", lower):
            owner = phrase_words[position - 1] if position else None
            owned = owner is not None and (
                owner.is_possessive or owner.text.lower() in _POSSESSIVE_DETERMINERS
            )
            # "Baxter's spokesman", "his lawyer": someone of theirs, not the person named
            if owner is not None and owned and registry.by_role(lower, (index, start)) is None:
                return Speaker(kind="unnamed", noun=paragraph[owner.start + start : word.end + start])
            return Speaker(kind="role", noun=lower)
    capitalised = [
        w
        for i, w in enumerate(phrase_words)
        if w.is_capitalised
        and w.text.lower() not in FUNCTION_WORDS
        and registry.place_of(w.bare) is None  # a place is never a speaker
        and not (i and phrase_words[i - 1].text.lower() in _PLACE_PREPOSITIONS)  # "officials in Brenn"
        and not (w.is_possessive and i + 1 < len(phrase_words))  # "Kroll's campaign said": not Kroll
    ]
    if capitalised:
        name = capitalised[0] if prefer_first else capitalised[-1]
        entity = lookup(registry, name.bare)
        if entity is not None:
            return Speaker(entity=entity, kind="named")
        return Speaker(entity=Entity(name=name.bare, kind="person", tokens=(name.bare,)), kind="named")
    place = registry.place_of(phrase_words[-1].bare) if len(phrase_words) == 1 and not prefer_first else None
    if place is not None and place.kind != "demonym":
        # The place itself is the subject ("Tottenham said", "Russia said"): it stands for the body
        # that speaks for it. A place next to the subject ("negotiators in Geneva said") never is.
        place_name = phrase_words[0].bare
        return Speaker(entity=Entity(name=place_name, kind="org", tokens=(place_name,)), kind="named")
    content = [w for w in phrase_words if w.text.lower() not in FUNCTION_WORDS]
    if not content:
        return None
    if phrase_words[0].text.lower() in _ARTICLES and content[-1].text.lower() not in INANIMATE:
        return Speaker(kind="role", noun=content[-1].text.lower())  # "the Portuguese boss"
    return Speaker(kind="unknown", noun=" ".join(w.text for w in content[-3:]))


MORE_ROLE_NOUNS = word_set(
    "sprecher sprecherin ministerin präsident präsidentin kanzlerin chefin leiter leiterin "
    "vorsitzende vorsitzender bürgermeisterin geschäftsführer geschäftsführerin staatsanwalt "
    "staatsanwältin anwalt anwältin trainer trainerin experte expertin "
    "présidente directrice avocate procureur procureure juge porte-parole maire "
    "presidenta alcaldesa fiscal jueza portavoz vocero vocera "
    "porta-voz presidenta prefeita governadora "
    "президент министр представитель глава председатель мэр губернатор пресс-секретарь спикер "
    "прокурор адвокат директор премьер-министр министра президента"
)
"""Role nouns beyond the lexicon's, per language (German ones are written capitalised)."""


def is_role_noun(lower: str) -> bool:
    if lower in ROLE_NOUNS or lower in MORE_ROLE_NOUNS:
        return True
    # German compounds end in their role: "Regierungssprecherin", "Bundesverkehrsminister"
    return len(lower) > 9 and lower.endswith(_GERMAN_ROLE_ENDINGS)


_GERMAN_ROLE_ENDINGS = (
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "kanzler",
    "kanzlerin",
    "meister",
    "meisterin",
    "beauftragte",
    "beauftragter",
    "manager",
    "managerin",
    "direktor",
    "direktorin",
)


def lookup(registry: Registry, name: str) -> Entity | None:
    """The entity a name as written refers to, also in an inflected form ("Сомова", "Krauses")."""
    entity = registry.lookup(name)
    if entity is not None or len(name) < 5:
        return entity
    for candidate in registry.entities:
        if candidate.kind != "person":
            continue
        for token in candidate.tokens[1:] or candidate.tokens:
            if len(token) >= 4 and name != token and name.startswith(token) and len(name) - len(token) <= 2:
                return candidate
    return None


def _speaker_owned(
    paragraph: str, index: int, start: int, phrase_words: list[Word], position: int, registry: Registry
) -> Speaker | None:
    owned = phrase_words[position + 1 :]
    if not owned or not all(w.text.islower() for w in owned):
        return None
    for word in owned:
        if is_role_noun(word.text):
            found = registry.by_role(word.text, (index, start))
            if found is not None:
                return Speaker(entity=found, kind="named")
    phrase = paragraph[start + phrase_words[position].start : start + owned[-1].end]
    return Speaker(kind="unnamed", noun=phrase)


def _unnamed(text: str, phrase: list[Word], at: int) -> Speaker | None:
    """A source the text does not name: "a ministry spokesman", "negotiators in Geneva".

    An indefinite article introduces someone new, and a plural role noun a group; neither
    is the person last mentioned. The role is the words from the noun phrase on.
    """
    lower = phrase[at].text.lower()
    singular = re.sub(r"(?:(?<=m)en|s)$", lambda m: "an" if m.group() == "en" else "", lower)
    if singular not in ROLE_NOUNS and lower.endswith(("ses", "xes", "ches", "shes")):
        singular = lower[:-2]  # "witnesses", "coaches"
    plural = singular != lower and singular in ROLE_NOUNS
    if not plural and lower not in ROLE_NOUNS:
        return None
    first = at
    while first > 0 and phrase[first - 1].text.lower() not in _ARTICLES | FUNCTION_WORDS:
        first -= 1  # modifiers: "Kestrian officials", "a ministry spokesman"
    determiner = phrase[first - 1].text.lower() if first > 0 else ""
    if not plural and determiner not in (
        "a",
        "an",
        "one",
        "another",
        "um",
        "uma",
        "un",
        "une",
        "ein",
        "eine",
    ):
        return None
    stop = _BOUNDARY.search(text, phrase[at].end)
    role = text[phrase[first].start : stop.start() if stop else len(text)].strip().rstrip(".!?")
    role = _VERB_TAIL.sub("", role)
    return Speaker(kind="unnamed", noun=role)


_VERB_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(QUOTE_VERBS)) + r")\b.*$")


def _possessive_at(paragraph: str, end: int) -> bool:
    return paragraph[end : end + 2] in ("’s", "'s") or paragraph[end - 2 : end] in ("’s", "'s")


def according_to(paragraph: str, start: int, end: int, registry: Registry, index: int) -> Speaker | None:
    """``according to X`` (and its translations) anywhere in paragraph[start:end]."""
    for pattern in (ACCORDING_TO, _ACCORDING_MORE):
        for match in pattern.finditer(paragraph, start, end):
            stop = _BOUNDARY.search(paragraph, match.end(), end)
            found = _speaker_in(paragraph, index, match.end(), stop.start() if stop else end, registry, True)
            if found is not None and found.kind != "unknown" and _known(found, registry):
                return found
    for match in _ZUFOLGE.finditer(paragraph, start, end):  # "Krause zufolge"
        found = _speaker_in(paragraph, index, match.start(1), match.end(1), registry, False)
        if found is not None and found.kind != "unknown":
            return found
    return None


def _known(found: Speaker, registry: Registry) -> bool:
    """Not a lone capitalised word taken for a name ("laut Infektionsschutzgesetz": a law)."""
    entity = found.entity
    return entity is None or entity.kind != "person" or entity in registry.entities


def is_attribution(gap: str) -> bool:
    """Whether the text between two quotations is only an attribution (``, he said. ``)."""
    gap_words = words(gap)
    if not gap.rstrip().endswith((".", ",", ":", "—", "–")):
        return False  # '", falou Tite ao programa "Grande Círculo"': the second is no continuation
    return 0 < len(gap_words) <= 12 and bool(speech_verbs(gap))
