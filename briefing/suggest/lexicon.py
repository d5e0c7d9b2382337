"""Word lists the suggester matches against: speech verbs, titles, roles, organisations.

English, Portuguese, Spanish, French and German, the languages of most of our readers'
sources. Lists are lower-case unless they say otherwise.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


SPEECH_VERBS = word_set(
    # English
    "said says say told tells added adds wrote writes stated states declared declares announced "
    "announces explained explains noted notes continued continues insisted insists argued argues "
    "claimed claims warned warns asked asks replied replies responded responds answered answers "
    "admitted admits acknowledged acknowledges recalled recalls tweeted tweets posted testified "
    "confirmed confirms commented comments remarked remarks urged urges reiterated reiterates stressed "
    "stresses emphasised emphasized observed concluded promised vowed predicted complained conceded "
    "countered shouted yelled whispered joked maintained maintains described describes called "
    "suggested suggests cautioned boasted pleaded quipped mused lamented agreed agrees saying telling "
    "adding writing describing calling noting arguing insisting warning explaining recalling "
    "announcing declaring stating asking claiming "
    # Portuguese
    "disse diz dizem disseram afirmou afirma afirmaram declarou declara falou fala acrescentou "
    "explicou explica contou comentou ressaltou destacou completou avaliou questionou respondeu "
    "escreveu garantiu reiterou admitiu defendeu concluiu criticou alertou lembrou observou "
    "argumentou sustentou frisou pontuou desabafou brincou informou anunciou "
    # Spanish
    "dijo dice dicen dijeron afirmó declaró señaló añadió agregó explicó aseguró comentó indicó "
    "manifestó sostuvo subrayó escribió respondió insistió advirtió recordó apuntó destacó "
    "reconoció anunció expresó "
    # French
    "dit déclaré déclare affirmé affirme ajouté ajoute expliqué explique souligné souligne estimé "
    "estime indiqué indique assuré assure précisé précise écrit répondu lancé lance confié confie "
    "martelé raconte raconté poursuit poursuivi insiste insisté rappelle rappelé "
    # German
    "sagte sagt sagten erklärte erklärt betonte betont meinte meint schrieb schreibt warnte warnt "
    "kritisierte ergänzte sagten fügte teilte"
)
"""Verbs that introduce or follow direct speech."""

ACCORDING_TO = re.compile(
    r"\b(?:according to|segundo|conforme|de acordo com|según|selon|laut|zufolge|quoted by)\s+", re.IGNORECASE
)

PRONOUNS = word_set("he she they him her ele ela eles elas él ella ellos il elle ils elles er sie")

FUNCTION_WORDS = word_set(
    "the a an and but or nor so yet for of in on at to by with from as after before when while if "
    "this that these those his her their its our my your we he she they it i there here then "
    "also still even just only however meanwhile earlier later now today yesterday tomorrow "
    "last next since until during about over under into between among against without "
    "what who whom which where why how not no yes all some many most more several each every both "
    "one two three four five six seven eight nine ten "
    # pt / es
    "o os as um uma uns umas na no nas nos em ao aos da do das dos de que e mas ou para por com "
    "após apesar sobre entre sem se el la los las un una unos unas del al en con y pero según "
    # fr / de
    "le les des du au aux et ou mais pour par avec dans sur sans une der die das den dem des ein "
    "eine einen einem und oder aber mit für von zu im am auf aus bei nach vor "
    "welche welcher welches beide beiden doch auch noch schon nur wie was wer wo wann warum dass wenn ob weil "
    "laut seit gegen ohne über unter durch zum zur vom beim dieser diese dieses jeder jede viele alle"
)
"""Words that start a sentence with a capital but never start a name."""

TITLES = word_set(
    "President Presidente Président Präsident Prime Minister Ministro Ministra Ministre Mr Mrs Ms "
    "Miss Dr Rep Sen Gov Gen Lt Col Sgt Capt Cmdr Adm Rev Prof General Judge Justice Pope King Queen "
    "Prince Princess Sheikh Chancellor Kanzler Bundeskanzler Secretary Ambassador Commissioner Mayor "
    "Governor Senator Representative Chairman Chairwoman Chief Director Coach Captain Colonel "
    "Lieutenant Sergeant Sir Dame Lord Lady Father Professor Deputy Vice Foreign Defense Defence "
    "Interior Finance Attorney Speaker Leader Premier Emir Ayatollah Dom Don Doña Herr Frau "
    "Minister-President Vice-President President-elect Sen. Rep. Gov. Gen. Dr. Mr. Mrs. Ms. "
    "Spokesman Spokeswoman Sprecher Sprecherin Bürgermeister Senhor Senhora Monsieur Madame "
    "CEO Attorney-General Solicitor-General Governor-General Secretary-General Executive "
    "Landesbeauftragte Landesbeauftragter Ministerpräsident Ministerpräsidentin Bundeskanzlerin Regierungssprecher "
    "Monsieur Madame Mme M. Sr Sra Señor Señora Don Doña Dona "
    "Президент Премьер-министр Министр Глава Пресс-секретарь Губернатор Мэр Посол Спикер Председатель "
    "Генерал Канцлер Сенатор Депутат Господин Госпожа Sens Reps Drs Profs Messrs Gens Sens. Reps. "
    # German role nouns that stand alone before a name: "Virologe Christian Drosten"
    "Virologe Virologin Epidemiologe Epidemiologin Experte Expertin Forscher Forscherin Professorin Arzt "
    "Ärztin Chefin Aufsichtsrat Aufsichtsrätin Vorstand Vorständin Gründer Gründerin Anwältin Direktorin "
    "Leiterin Trainerin Managerin Sprecherin Oberbürgermeister Oberbürgermeisterin"
)
"""Capitalised words that stand before a name as its title."""

HONORIFICS = word_set("Mr Mrs Ms Miss Dr Herr Frau Sir Dame Monsieur Madame Senhor Senhora Don Doña")
"""Titles that say nothing about the position and are left out of it."""

ROLE_NOUNS = word_set(
    "president minister spokesman spokeswoman spokesperson leader chief head chairman chairwoman chair "
    "director secretary ambassador envoy official officer commander general governor mayor senator "
    "lawmaker legislator representative judge lawyer attorney prosecutor adviser advisor aide analyst "
    "expert professor researcher scientist economist editor correspondent reporter journalist author "
    "founder owner executive ceo manager coach captain player striker midfielder defender goalkeeper "
    "boss chancellor king queen prince pope cardinal bishop priest imam rabbi activist campaigner "
    "resident witness survivor student teacher doctor nurse ranger elder member councillor councilor "
    "counsel deputy candidate nominee speaker premier emir sheikh monarch diplomat negotiator "
    "strategist consultant historian detective inspector sergeant colonel lieutenant admiral marshal "
    "commissioner ombudsman regulator treasurer president-elect vice-president chief-executive "
    "presidente ministro ministra porta-voz portavoz técnico treinador entrenador comandante líder "
    "chefe jefe diretor diretora secretário secretario governador gobernador prefeito alcalde senador "
    "deputado diputado juiz juez advogado abogado ex-presidente président ministre porte-parole "
    "dirigeant directeur secrétaire maire sénateur député avocat entraîneur farmer worker fisherman "
    "mediator delegate mother father son daughter wife husband brother sister pilot soldier "
    "fellow figure host anchor presenter commentator pundit agent hopeful prophet novelist actor actress "
    "singer artist architect engineer entrepreneur investor banker businessman businesswoman "
    "physician surgeon dentist pharmacist paramedic firefighter trooper sheriff administrator coordinator "
    "supervisor superintendent principal dean provost rector pastor vicar producer writer columnist "
    "photographer filmmaker musician athlete referee chef co-founder cofounder partner solicitor barrister "
    "clerk accountant auditor astronaut technician mechanic driver sailor marine veteran investigator "
    "lobbyist organizer organiser volunteer administrator commentator broadcaster planner "
    # German (lower case in a compound's tail is handled by titles.is_title), Russian
    "президент премьер-министр министр глава пресс-секретарь представитель спикер депутат губернатор "
    "мэр председатель директор посол генерал советник лидер канцлер сенатор"
)
"""Nouns that name a position; one must be present for a phrase to count as a title."""

ORG_WORDS = word_set(
    "Ministry Department Party Office Police Council University Agency Bank Union Association Committee "
    "Court Army Navy Force Forces Administration Commission Parliament Congress Senate Government "
    "Institute Foundation Company Corp Corporation Inc Ltd Group Club League News Times Post "
    "International Organization Organisation Service Services Guard Command Federation Assembly "
    "Cabinet Church Hospital School Network Airlines FC Museum Center Centre Board Authority Bureau "
    "Council Coalition Movement Front Alliance Fund Reserve Institution Ministério Ministerio Ministère "
    "Tribunal Partido Polícia Policía Instituto Universidade Universidad Gobierno Governo Regierung "
    "Kremlin Pentagon Interfax Reuters AFP TASS Xinhua Taliban Hamas Hezbollah NATO Co GmbH AG SA "
    "Press Foods Sports Brotherhood Partners Holdings Motors Airways Systems Technologies Media"
)
"""Capitalised words that make a name an organisation."""

KNOWN_ORGS = word_set(
    "Kremlin Pentagon Interfax Reuters AFP TASS Xinhua Taliban Hamas Hezbollah NATO UN EU "
    "BBC CNN FBI CIA Congress Parliament Vatican Elysée Bundestag Duma Itamaraty"
) | {
    "White House",
    "Downing Street",
    "State Department",
    "Amnesty International",
    "European Union",
    "United Nations",
    "Islamic State",
    "Human Rights Watch",
}
"""Organisations that act or speak, known by a name without an organisation word."""

ORG_NOUNS = (
    "foreign ministry|defen[cs]e ministry|ministry|government|military|army|embassy|police|"
    "presidency|spokesman's office|armed forces|navy|air force|cabinet|parliament"
)
"""Lower-case bodies named after a country: "China's foreign ministry", "the Russian military"."""

STANCE_CUES = re.compile(
    r"\b(?:wants?|wanted|demand(?:s|ed)?|offer(?:s|ed)?|reject(?:s|ed)?|(?:is|are|was|were|be|been) "
    r"(?:ready|willing|prepared|open) to|willing to|ready to|welcom(?:es|ed)|den(?:y|ies|ied)|"
    r"call(?:s|ed)? for|urg(?:es|ed)|insist(?:s|ed)?|refus(?:es|ed)|propos(?:es|ed)|support(?:s|ed)|"
    r"oppos(?:es|ed)|condemn(?:s|ed)|vow(?:s|ed)|seeks?|sought|plans? to|planned to|intends? to|"
    r"threaten(?:s|ed)|agreed to|agrees to|pledg(?:es|ed)|promis(?:es|ed)|backs|backed|"
    r"(?:will|would|could) not (?:accept|allow|agree|sign|support|tolerate|negotiate|intervene|give)|"
    r"won't|wouldn't|refuses? to|"
    r"(?:will|would) (?:challenge|appeal|block|veto|boycott|resist|fight|sue)|"
    r"quer|querem|exige|exigem|rejeita|rejeitou|pede|pediu|defende|defendeu|aceita|aceitou|"
    r"quiere|exige|rechaza|rechazó|pide|pidió|apoya|veut|exige|rejette|demande|réclame|"
    r"fordert|lehnt|verlangt)\b",
    re.IGNORECASE,
)
"""Words that state what a party wants, offers, rejects, is ready to do, welcomes or denies."""

ABBREVIATIONS = word_set(
    "Mr Mrs Ms Dr Jr Sr St Gen Rep Sen Gov Lt Col Sgt Capt Cmdr Adm Rev Prof Mt Ft No vs etc "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Ltd Corp Co Sra Sr Dra Sens Reps Drs Profs Gens"
)
"""Words a full stop follows without ending the sentence."""

PLACE_WORDS = word_set(
    "Harbour Harbor River Mountain Mountains Mount Beach Island Islands Bay Lake Sea Ocean Street Road "
    "Avenue Square Park Valley Province County District Region City Airport Station Bridge Hills Coast "
    "Peninsula Strait Gulf Desert Forest Canal Port Rua Avenida Praça Calle Plaza Straße Platz "
    # events and competitions are not people either
    "Cup Copa Championship Campeonato League Liga Games Olympics Festival Prize Award War Day Week "
    "Dam Summit Conference Forum Series Open Trophy"
)
"""Capitalised words that make a name a place: "Whangārei Harbour", "Red Square"."""

INANIMATE = word_set(
    "statement report release letter document study survey poll video post tweet article website "
    "message note email e-mail sign banner ruling verdict order law bill agreement text"
)
"""Nouns that can "say" things but are no speaker: "the statement said"."""

CALENDAR_WORDS = word_set(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    # German months and weekdays are capitalised too
    "Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag "
    "Sonntag Ende Anfang Mitte"
)
"""Capitalised words that are dates, never names or places."""
