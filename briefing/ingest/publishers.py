"""The publisher's name for a URL, for when the article does not state it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Keyed by domain; a key also matches its subdomains (edition.cnn.com, amp.theguardian.com).
PUBLISHERS: dict[str, str] = {
    # International wires and broadcasters
    "reuters.com": "Reuters",
    "apnews.com": "AP News",
    "afp.com": "AFP",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "cnn.com": "CNN",
    "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "bloomberg.com": "Bloomberg",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "npr.org": "NPR",
    "news.sky.com": "Sky News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "abc.net.au": "ABC News",
    "cbc.ca": "CBC News",
    "foxnews.com": "Fox News",
    # United States
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today",
    "bostonglobe.com": "The Boston Globe",
    "politico.com": "Politico",
    "axios.com": "Axios",
    "theatlantic.com": "The Atlantic",
    "newyorker.com": "The New Yorker",
    "time.com": "Time",
    "foreignpolicy.com": "Foreign Policy",
    "foreignaffairs.com": "Foreign Affairs",
    "huffpost.com": "HuffPost",
    "vox.com": "Vox",
    # United Kingdom and Ireland
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "thetimes.co.uk": "The Times",
    "telegraph.co.uk": "The Telegraph",
    "independent.co.uk": "The Independent",
    "irishtimes.com": "The Irish Times",
    # Europe
    "politico.eu": "Politico Europe",
    "lemonde.fr": "Le Monde",
    "lefigaro.fr": "Le Figaro",
    "liberation.fr": "Libération",
    "spiegel.de": "Der Spiegel",
    "faz.net": "Frankfurter Allgemeine Zeitung",
    "sueddeutsche.de": "Süddeutsche Zeitung",
    "zeit.de": "Die Zeit",
    "nzz.ch": "Neue Zürcher Zeitung",
    "elpais.com": "El País",
    "elmundo.es": "El Mundo",
    "corriere.it": "Corriere della Sera",
    "repubblica.it": "la Repubblica",
    # Russia, Ukraine and the region
    "themoscowtimes.com": "The Moscow Times",
    "meduza.io": "Meduza",
    "tass.com": "TASS",
    "interfax.com": "Interfax",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "pravda.com.ua": "Ukrainska Pravda",
    # Middle East, Asia and the Pacific
    "haaretz.com": "Haaretz",
    "timesofisrael.com": "The Times of Israel",
    "scmp.com": "South China Morning Post",
    "xinhuanet.com": "Xinhuanet",
    "news.cn": "Xinhua",
    "chinadaily.com.cn": "China Daily",
    "globaltimes.cn": "Global Times",
    "nhk.or.jp": "NHK",
    "asahi.com": "The Asahi Shimbun",
    "kyodonews.net": "Kyodo News",
    "japantimes.co.jp": "The Japan Times",
    "asia.nikkei.com": "Nikkei Asia",
    "thehindu.com": "The Hindu",
    "timesofindia.indiatimes.com": "The Times of India",
    "hindustantimes.com": "Hindustan Times",
    "smh.com.au": "The Sydney Morning Herald",
    "theglobeandmail.com": "The Globe and Mail",
    "theconversation.com": "The Conversation",
}

# Prefixes that name a mirror of the same site, not a different publication.
_OTHER_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:(?!\d)", re.IGNORECASE)  # mailto:, tel:, not host:port
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_MIRROR_PREFIXES = ("www.", "www2.", "m.", "mobile.", "amp.", "edition.", "international.", "uk.", "us.")


def domain_of(url: str) -> str:
    """The host of ``url`` in lower case, without a port or a trailing dot; ``""`` if none."""
    url = url.strip()
    if "//" not in url:
        if _OTHER_SCHEME.match(url):
            return ""
        url = "//" + url  # so "example.org/page" is read as a host, not a path
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return ""
    if parts.scheme not in ("", "http", "https"):
        return ""
    host = host.rstrip(".").lower()
    return host if _HOST.fullmatch(host) else ""


def publisher_name(url: str) -> str:
    """The outlet's name for ``url`` ("The Moscow Times"), else its bare domain, else ``""``."""
    host = domain_of(url)
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = PUBLISHERS.get(".".join(labels[i:]))
        if name:
            return name
    while host.startswith(_MIRROR_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    return host
