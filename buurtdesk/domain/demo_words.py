"""The words of the demo neighbourhood: street-name parts, places, people, door notes and the
project's message. Data only; :mod:`buurtdesk.domain.demo` makes the neighbourhood from it."""

from __future__ import annotations

from .outcomes import Outcome
from .team import Role

# --- names ---------------------------------------------------------------------------------------

_PREFIXES = (
    # birds
    "Merel", "Lijster", "Vinken", "Zwaluw", "Specht", "Reiger", "Kievit", "Mees", "Wielewaal",
    "Roodborst", "Grutto", "Havik", "Buizerd", "Fazant", "Kwartel", "Leeuwerik", "Nachtegaal",
    "Patrijs", "Sperwer", "Tureluur", "Uilen", "Wulp", "Zwanen", "Ekster",
    # trees and shrubs
    "Linde", "Eiken", "Beuken", "Iepen", "Kastanje", "Wilgen", "Populieren", "Berken", "Esdoorn",
    "Hazelaar", "Meidoorn", "Vlier", "Elzen", "Hulst", "Platanen", "Acacia", "Seringen",
    "Jasmijn", "Vuurdoorn", "Essen", "Notenboom", "Appelgaard",
    # the old village and its landscape
    "Zand", "Klei", "Veen", "Heide", "Duin", "Beek", "Akker", "Weide", "Beemd", "Brink", "Molen",
    "Kerk", "School", "Dijk", "Haven", "Sluis", "Brug", "Veld", "Bos", "Hoeve", "Schuur", "Kolk",
    "Wetering", "Vaart", "Gasthuis", "Pastorie", "Smidse", "Bleek", "Hooi", "Koren",
)  # fmt: skip

# Street styles: the suffix says what kind of street it is, and the kind sets the houses.
_STYLE_SUFFIXES = {
    "row": ("straat", "straat", "straat", "hoek", "pad", "steeg"),  # terraced houses, ~6 m wide
    "semi": ("laan", "laan", "singel", "dreef", "weg"),  # semi-detached, ~9-11 m
    "court": ("hof", "erf", "gaarde"),  # a short close off a bigger street
}
_STYLE_WEIGHTS = (("row", 0.5), ("semi", 0.35), ("court", 0.15))
_SIZE_WEIGHT = {"row": (0.8, 1.4), "semi": (0.7, 1.3), "court": (0.3, 0.55), "square": (0.5, 0.6)}
MAX_SQUARE = 48  # households round one square
_SPACING = {"row": (5.6, 6.6), "semi": (8.5, 10.5), "court": (6.5, 8.0), "square": (6.2, 7.2)}
_MODIFIERS = ("Korte", "Lange", "Oude", "Nieuwe", "Grote", "Kleine", "Achterste", "Voorste")

_PLACES = (
    "Zandwaarde", "Lindehoven", "Merelveen", "Kleiwijk", "Essendal", "Wilgerode", "Bremhorst",
    "Veenhaar", "Rietmonde", "Heidebroek", "Beekzande", "Oosterbeemd",
)  # fmt: skip
_NEIGHBOURHOODS = (
    "De Linde", "Het Zandkwartier", "De Beemden", "Molenkwartier", "De Vogelbuurt",
    "De Bomenbuurt", "Het Oude Dorp", "De Brink", "Kerkebuurt", "De Akkers",
)  # fmt: skip

_FIRST_NAMES = (
    "Anouk", "Bram", "Carla", "Daan", "Els", "Fatima", "Gert", "Hanneke", "Ivo", "Joke", "Kees",
    "Lotte", "Mehmet", "Noor", "Olaf", "Petra", "Ruud", "Saskia", "Thijs", "Wim", "Yara", "Sanne",
    "Joost", "Ingrid", "Samira", "Henk", "Marieke", "Ahmed", "Ria", "Sven",
)  # fmt: skip
_SURNAMES = (
    "de Vries", "Jansen", "de Boer", "Visser", "Bakker", "Smit", "Meijer", "Mulder", "de Wit",
    "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kok", "Yılmaz", "El Amrani", "van Leeuwen",
    "Brouwer", "Dekker", "Verhoeven", "Kramer", "van der Linden", "Postma",
)  # fmt: skip

# The team: who does what (the Buurkracht roles; some people have two).
_TEAM = (
    (Role.ENTREPRENEUR, Role.CONNECTOR),  # the kartrekker
    (Role.EXPERT,),  # an energy coach
    (Role.EXPERT, Role.CONNECTOR),
    (Role.CONNECTOR,),
    (Role.CONNECTOR,),
    (Role.CONNECTOR, Role.ENTREPRENEUR),
    (Role.ENTREPRENEUR,),  # the local installer
)
_CONSENTING = (0, 1, 2, 5)  # team members who agreed to have phone and e-mail stored

# Final outcomes of a visited household, with their weights: about a third of the visited
# households take part by the fifth week, a few ask not to be visited again.
_OUTCOME_WEIGHTS = (
    (Outcome.NOT_HOME, 0.20),
    (Outcome.SPOKE, 0.13),
    (Outcome.INTERESTED, 0.20),
    (Outcome.TAKES_PART, 0.35),
    (Outcome.NOT_INTERESTED, 0.08),
    (Outcome.DO_NOT_VISIT, 0.04),
)
# Chance that a household is one of the project's initiators, by its final status.
_INITIATOR_CHANCE = {
    Outcome.TAKES_PART: 0.45,
    Outcome.INTERESTED: 0.15,
    Outcome.SPOKE: 0.05,
    None: 0.04,  # not visited yet: known from the kick-off evening
}
VISITED_SHARE = 0.35  # of all households, by the fifth week
_NOTES = {
    Outcome.NOT_HOME: ("deurkaart achtergelaten", "hond blaft, niemand open", ""),
    Outcome.SPOKE: ("denkt erover na", "huurwoning, vraagt de verhuurder", "belt zelf terug"),
    Outcome.INTERESTED: ("wil een energiescan", "komt naar de buurtavond", "vragen over isolatie"),
    Outcome.TAKES_PART: ("doet mee met de scan", "meldt zich ook aan voor zonnepanelen", ""),
    Outcome.NOT_INTERESTED: ("heeft al zonnepanelen", "geen tijd", ""),
    Outcome.DO_NOT_VISIT: ("nee-nee-sticker op de deur", "wil geen bezoek meer"),
}

PROJECT_THEME = "energy"
PROJECT_TITLE = "Samen energie besparen"
PROJECT_MESSAGE = (
    "Samen besparen we meer. Met de hele buurt vragen we één aanbod voor isolatie en "
    "zonnepanelen aan, met korting als de helft van de huishoudens meedoet. De eerste stap is "
    "een gratis energiescan door een buurtgenoot."
)
