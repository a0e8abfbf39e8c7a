"""Word lists the entity rules lean on, loaded once per process.

General lexicons only - titles, roles, organisation and place-type words, name particles -
plus two installed dictionaries: gender-guesser's ~45,000 first names from many countries,
and the lower-case words of Webster's 2nd (english-words), which tell "nice" from "Mosul".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from anyascii import anyascii


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (keeps the lists readable)."""
    return frozenset(text.split())


# Titles and ranks that mark the following capitalised words as a person (with the Amharic
# honorifics "Ato" (Mr) and "Weizero" (Mrs), and the professional titles Nigerian papers
# write before a name: "Barr Moses Udam", "Engr. Musa Bello", "Pharm. Ada Obi"; cities48).
STRICT_TITLES = words(
    """
mr mrs ms miss dr prof president vice-president premier minister secretary gen general pm cm
lt lieutenant col colonel maj major capt captain sgt sergeant cpl corporal pvt adm
admiral brig brigadier cmdr commander commandant marshal sheikh shaikh sheik mullah imam
ayatollah ayatullah cleric king queen prince princess emir sultan senator sen rep representative
gov governor mayor ambassador envoy spokesman spokeswoman spokesperson chairman
chairwoman chancellor pope cardinal bishop rabbi judge justice sir lord lady dame mufti
grand-mufti hajji haji hadj hadji hajj strongman kingpin deputy chief director leader activist
lawmaker lawmakers mp mps congressman congresswoman assemblyman assemblywoman councilman
councilwoman alderman sheriff ombudsman defender
officer official journalist photographer correspondent analyst reporter commentator
colonel-general lt-gen maj-gen brig-gen rev reverend revd fr msgr father brother sister
coordinator speaker prophet ven venerable
archimandrite archpriest hieromonk abbot abbess exarch catholicos nuncio
alhaji alhaja hajia hajiya mallam malam malama ustaz ustadh ustadz qari maulana mawlana pir
po1 po2 po3 spo1 spo2 spo3 spo4 patrolman patrolwoman pcpl pssg pmsg psms pcms pems plt
pcapt pmaj pltcol pcol pbgen pmgen pltgen
rifleman guardsman sapper fusilier kingsman bombardier lance-bombardier signaller craftsman
agent
sp ssp dsp asp igp dig sho dpo sdpo dgp adgp ig collector rpo cpo ccpo oc
lieut pte insp supt cmdt pfc ssg tsg msg spc comr commr
coms kombes akbp kompol iptu ipda aiptu irjen brigjen
ato weizero woizero weyzero
nabadon nabadoon ugaas
barr engr pharm
mawlawi maulvi moulvi molvi nawab nawabzada
justices judges generals senators
"""
)

# Words that stand in a title phrase before a name ("French Defense Minister", "Prime
# Minister of Iraq", "Taliban spokesman") but are not names themselves.
TITLE_WORDS = STRICT_TITLES | words(
    """
prime foreign affairs defense defence interior justice finance economy health education
state secretary-general undersecretary under assistant acting former late top senior
military army police security intelligence national international special first head
chief executive vice co-founder founder commander-in-chief supreme speaker council
member members presidential royal crown field air naval navy marine marines forces
infantry guard guards provincial district regional local federal opposition rebel
militant jihadist islamist sunni shiite shia kurdish coalition un u.n. us u.s. eu nato
information media communications oil energy trade industry agriculture transport
infrastructure development culture tourism labor labour youth sports water electricity
religious endowments refugees displaced humanitarian aid relief reconciliation foreign-
affairs homeland public prosecutor attorney mufti grand operations operation joint staff
lieutenant-general major-general brigadier-general nations united world
commissioner superintendent inspector constable magistrate administrator
counselor counsellor councillor councilor
pastor pastors deacon archbishop evangelist chaplain monsignor patriarch hojatoleslam apostle
policy relations cooperation rights planning reconstruction commerce welfare immigration
human
"""
)

# A capitalised word sequence containing one of these is an organisation, building or
# region, not a person or a city ("Islamic State", "Radio Mogadishu", "Hotel Ambassador").
ORG_WORDS = words(
    """
state states group groups ministry ministries council committee commission agency
agencies army forces force brigade brigades battalion regiment division corps front
party parties movement organization organisation union league alliance coalition
association federation institute institution university college school academy hospital
clinic centre center foundation fund bank company corporation corp inc ltd co holdings
airlines airways news times post press tribune herald journal gazette telegraph guardian
independent
standard reader chronicle courier inquirer sentinel bulletin examiner recorder
observer monitor daily weekly magazine radio tv television channel network media
online mirror express insider dispatch
broadcasting service services office department bureau court tribunal parliament
assembly congress senate government administration authority authorities command
headquarters hq base airbase airport airfield port harbour harbor station bridge road
street avenue square highway hotel hall palace mosque church cathedral temple shrine
museum stadium tower towers prison jail camp camps compound complex market mall province
cemetery graveyard
governorate region state's district county oblast prefecture territory territories
republic kingdom emirate caliphate strip bank valley river lake sea gulf ocean mountains
mountain desert island islands peninsula crossing border checkpoint dam canal field
fields plain plains quarter neighbourhood neighborhood refinery plant factory project
program programme initiative conference summit talks accord accords agreement treaty
convention protocol resolution declaration charter operation offensive campaign war
revolution uprising intifada spring observatory watch doctors crescent cross amnesty
international daesh isis isil al-qaeda qaeda taliban hezbollah hamas houthi houthis
peshmerga shabaab boko haram jabhat nusra ahrar sham jaish liwa kataib hashd
mobilization mobilisation units unit pmu ypg sdf fsa ministers secretariat embassy militia
consulate mission missions nations affairs museum library gallery theater theatre
cartel cartels
festival cup championship olympics games twitter facebook youtube instagram telegram house
whatsapp google apple microsoft room rooms directorate directorates society
technologies technology systems industries labs solutions enterprises
award awards prize prizes medal medals plan doctrine fellowship scholarship trophy
"""
)

# Lower-case particles inside Arabic, European and other names ("al-Abadi", "bin Laden",
# "Le Drian", "van der Berg").
PARTICLES = words(
    """
al el bin ibn bint ben abu umm de da di du des del della der den van von le la dos das
ter zu ould ag wa los las ur ul dela delos
"""
)
# Particles that join a place's run only between two capitalised words, besides PARTICLES
# (which also shape person names): Portuguese "do" ("Nhica do Rovuma", "Rio do Sul") and
# Romanian "lui" ("Vadul lui Voda", "Valea lui Mihai"). Kept out of PARTICLES, where a
# capitalised "Do" would be dropped from Vietnamese names ("Do Van Thanh").
RUN_PARTICLES = PARTICLES | frozenset(["do", "lui"])
HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez|ul)-[A-Z]")

# Prepositions after which a capitalised run is a place, not a person ("in Balghatar").
PLACE_PREPOSITIONS = words("in at near from to outside into")

# Capitalised words that open sentences or headlines and are never names.
FUNCTION_WORDS = words(
    """
the a an in on at of for to from by with and or but as if when while after before since
this that these those there here it its his her their our we they he she you i mr monday
tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow
"""
)

# After a place name, these say the place is a region, a facility or a landmark.
PLACE_TYPE_AFTER = words(
    """
province provinces governorate governorates region regions state district districts
county oblast prefecture territory area areas countryside valley river airport airfield
air airbase base hotel hall conference stadium university street road bridge dam lake
desert mountains border crossing checkpoint neighbourhood neighborhood quarter refinery
prison camp port harbour harbor square mosque brigade brigades division front council
"""
)
PLACE_TYPE_AFTER |= words(
    """
streets farm farms heights plateau hills hill plain plains neighbourhoods neighborhoods
districts villages suburb suburbs outskirts corridor gate mountain mount roundabout barracks
sector sectors junction highway motorway park township townships lga lgas crossroad
crossroads forest forests ranges peninsula peninsulas naval counties oblasts prefectures
lagoon lagoons
territories
"""
)
# persons22: an island is no town of its name ("Jolo island", "the island of Jolo"; the
# capital town is named so: "Jolo town", "the town of Jolo").
PLACE_TYPE_AFTER |= words("island islands")
# Continents and world regions: never a city, whatever GeoNames holds under the name.
WORLD_REGIONS = words(
    """
asia africa europe america americas oceania antarctica eurasia
"""
) | {
    "middle east",
    "latin america",
    "south america",
    "north america",
    "central america",
    "central asia",
    "south asia",
    "southeast asia",
    "east asia",
    "east africa",
    "west africa",
    "north africa",
    "southern africa",
    "horn of africa",
    "the sahel",
    "sahel",
    "levant",
    "the levant",
    "caucasus",
    "the caucasus",
    "balkans",
    "the balkans",
    "persian gulf",
    "the gulf",
    "scandinavia",
    "western europe",
    "eastern europe",
}
# Compass words: "Northwest", "Southern" are directions, never a person's name.
DIRECTIONS = words(
    """
north south east west northeast northwest southeast southwest northern southern eastern
western central northeastern northwestern southeastern southwestern
"""
)
# First words of Arabic place names ("Tal Hamis", "Kafr Nabl", "Deir al-Zor", "Khan
# Shaykhun", "Bab Touma", "Jabal al-Zawiya"), Philippine barangays and Spanish/Portuguese
# place heads ("Puerto Misael", "Boca de Leon"; not Villa/Rio/Valle, which are surnames
# too), and Hausa village heads of northern Nigeria ("Sabon Gari", new town; "Unguwar
# Rimi", "Angwan Kaje", quarter; "Tudun Wada", hill; "Gidan Jaja", house of; "Kurmin
# Masara", grove; "Rugan Ardo", herders' camp; "Birnin Magaji", walled town; "Kwanar Maje",
# junction; not "Dogon", the Malian people too): a run starting with one is a place.
PLACE_PREFIXES = words(
    """
tal tall tel tell kafr kfar deir dayr ain ein jabal jebel jabel wadi khan bab ras beit
bayt bir qasr marj tallat khirbet khirbat hayy souq suq maarat maaret maarrat dera
barangay brgy brgy.
puerto porto boca punta playa ciudad cerro bahia laguna pueblo vereda
"""
)
HAUSA_PLACE_PREFIXES = words(
    "sabon unguwar unguwan ungwan anguwan angwan tudun gidan kurmin rugan birnin kwanar"
)
PLACE_PREFIXES |= HAUSA_PLACE_PREFIXES
# Before a place name, these say the name is a city, town or village.
PLACE_CUE_BEFORE = words(
    """
in at from to near outside into toward towards around across between via of inside
through reached entered captured seized retook besieged bombed shelled struck hit
attacked stormed raided overran recaptured
"""
)
SETTLEMENT_WORDS = words(
    """
city cities town towns village villages capital
"""
)
# Before a settlement word, say whose the place is: "the home town of Saddam Hussein", "the
# native village of X" name a person after "of", not the place.
_BELONGING_WORDS = words("home native ancestral birth")


def owned_settlement(wide_before: Sequence[str]) -> bool:
    """The words before a run (a chunk's ``wide_before``) end "the home town of", "the native
    village of": the run is whose the place is, a person. After an owner the run is the
    place's name ("his home village of Tsentoroi", "Kadyrov's native town of X")."""
    last = [w.lower() for w in wide_before[-4:]]
    return len(last) == 4 and last[0] == "the" and last[1] in _BELONGING_WORDS and last[3] == "of"


# Plurals that close a list of settlements' names ("fled A, B and C villages").
SETTLEMENT_PLURALS = words("villages towns settlements hamlets")

# Territories that share their name with a city: bare, the name means the territory.
TERRITORY_NAMES = words(
    """
gaza kurdistan crimea sinai golan darfur kashmir
"""
)

# Abbreviated weekdays and months ("Sat Aug 31 2013") and auxiliaries that open sentences.
FUNCTION_WORDS |= words(
    """
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov
dec are is was were be been has have had do does did will would can could should might
must
"""
)
# Broadcasters and groups written as one hyphenated word.
ORG_WORDS |= words(
    """
al-manar al-mayadeen al-arabiya al-jazeera al-nusra al-qaeda al-shabaab
"""
)
# Words of Arabic, Persian and Pashto group names ("Front", "Army", "Liberation",
# "Movement", "Brigades", "Free men"...): "Hayat Tahrir al-Sham", "Jaish al-Islam",
# "Harakat al-Shabaab", "Liwa al-Quds" are organisations, never people.
ORG_WORDS |= words(
    """
jabhat jebhat tahrir harakat harakah jaish jaysh liwa kataib katibat saraya ahrar thuwar
hezbollah hizbollah hizballah hizb taliban tehreek tehrik lashkar sipah
"""
)
# "al-Hashd al-Shaabi", "Hashd Shaabi": Iraq's Popular Mobilisation ("hashd", mobilisation),
# no given name (cities47).
ORG_WORDS |= words("hashd al-hashd")
# Central America's street gangs: "the Mara Salvatrucha gang", "a member of the Mara
# Salvatrucha" ("Mara" is a given name too: cities50).
ORG_WORDS |= words("salvatrucha")

ABBREVIATIONS = words(
    """
lt gen col maj capt sgt cpl pvt adm brig cmdr mr mrs ms dr prof sen rep gov st jr sr rev
no vs fr brgy ven
lieut pte insp supt cmdt pfc ssg tsg msg spc comr commr
pcpl pssg pmsg psms pcms pems plt pcapt pmaj pltcol pcol pbgen pmgen pltgen
"""
)


def fold_word(word: str) -> str:
    return anyascii(word).lower().replace("’", "").replace("'", "") if word else word


# Given names of the Sahel and West Africa (Mali, Niger, Chad, Burkina Faso, Guinea,
# Senegal, Côte d'Ivoire, Nigeria, Ghana) that gender-guesser's dictionary lacks: "Alassane
# Ouattara", "Mahamat Idriss Déby", "Boubacar Keita", "Hissène Habré". Not those that are
# also towns ("Djibo", "Demba") or English words ("Samba"), nor names mostly borne as
# surnames ("Issoufou").
WEST_AFRICAN_GIVEN = words(
    """
amadou ahmadou amadu amadoun hamadou hamadoun mahamadou mohamadou mamadu mamady mamoudou
alassane alhassane ousmane souleymane seydou seidou saidou sekou sekouba modibo mahamat
mahamane hissene hissein idriss idrissa ibrahima ismaila cheick cheikh cheikhou aliou alou
bakary boukary boubacar aboubacar aboubakar bocar moctar moustapha choguel assimi sadio
salif drissa yacouba tiemoko tieman tiebile soumaila soumeylou oumarou lassina siaka
dramane boureima kassory lansana fode sidiki yero bassirou macky ousseini hamidou amidou
dioncounda boubou fatoumata oumou kadiatou mariama assetou rokia muhammadu atiku
goodluck yoweri uhuru kweku kwabena
"""
)


# Common given names of the other regions conflict news covers that gender-guesser lacks
# (its dictionary is European-centred): Arabic ("Khalifa", also a dictionary word, and
# spellings such as "Najeeb", "Khaleel", "Munther"), Kurdish ("Nechirvan", "Rebwar"),
# Persian and Afghan ("Hamidreza", "Zalmay"), South Asian ("Shehbaz", "Showkat"), Ukrainian
# and Chechen transliterations ("Yevhen", "Halyna", "Ramzan"), Colombian ("Jhon", "Yeison"),
# Hausa and Kanuri ("Babagana", "Bukar", "Hauwa"), Sudanese and South Sudanese ("Jibril",
# "Nhial"). Only names borne as given names by many people, none a town in the gazetteer.
MORE_GIVEN = words(
    """
khalifa hamdan jabir esmael najeeb gebran jubran rashed muqtada qays mazloum sleiman kadhim
khaleel monzer munther mutlaq nawaf sadiq yazan zayed murhaf maeen duaa doaa israa esraa
nisreen nesreen
nechirvan masrour bafel qubad kosrat shaswar rebwar karwan rizgar sherzad hoshyar hoshiyar
mohammadreza hamidreza saeid siamak yaqoob mirwais zalmay zalmai mujib mujibur
shehbaz bilawal mirwaiz mehbooba riyaz ishaq junaid pervaiz shoaib waqas mudasir mudassir
showkat showket fayaz ishfaq mehraj rouf
yevhen yevheniy heorhiy liudmyla halyna ramzan apti akhmat zelimkhan
jhon jhonatan yeison yesid yimmy eleazar
babagana kashim aminu garba lawal sani umaru nuhu tukur shehu modu bukar hauwa hadiza yerima
seyni salifou
jibril gibreel nhial akol kuol gatluak gatkuoth nyandeng
"""
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names (folded) from gender-guesser's multicultural dictionary, and the West
    African and other ones it lacks."""
    names = _gender_detector().names
    out = set(WEST_AFRICAN_GIVEN) | MORE_GIVEN
    for name in names:
        for part in re.split(r"[\s+-]+", name):
            if len(part) > 1:
                out.add(fold_word(part))
    return frozenset(out)


@lru_cache(maxsize=1)
def _gender_detector():  # type: ignore[no-untyped-def]
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=1 << 14)
def given_name_gender(word: str) -> str | None:
    """ "male" or "female" when gender-guesser's dictionary is sure (or mostly sure) of a
    given name, else None: "Maria" and "Mario" are two people, whatever one letter says."""
    gender = _gender_detector().get_gender(fold_word(word))
    return gender.removeprefix("mostly_") if gender.endswith(("male", "female")) else None


# Arabic compound given names are spelt in many ways ("Abdulrazaq", "Abd-Rabbu",
# "Zabiullah", "Abdiasis"); their shapes are regular enough to recognise by pattern.
_ARABIC_GIVEN = re.compile(
    r"^(?:abd|abdul|abdel|abdal|abdi|abu|umm|nasr|nur|noor|saif|seif|"
    r"zain|zein)\w*$|\w+(?:ullah|ullahi|allah|uddin|eddine|addin)$"
    # "-eldin", "-udin" (Sudanese, Egyptian and Moro spellings of "al-Din"): "Ezzeldin",
    # "Badreldin", "Nasreldin", "Salahudin", "Jamaludin"
    r"|^\w{3,}(?:eldin|eldeen|eldine|eddin|aldeen|udin|udeen|uddeen)$"
    # Muhammad and Muammar however transliterated: "Mohamud", "Mohamoud", "Muhumed", "Mohd",
    # "Moammar", "Mouammar"
    r"|^m[aou]h?[aou]m+[aeiou]+d$|^mohd$|^m[ou]+amm?ar$"
)


@lru_cache(maxsize=1 << 16)
def is_first_name(word: str) -> bool:
    w = fold_word(word.strip("."))
    if not w or len(w) < 2:
        return False
    if w in first_names() or _ARABIC_GIVEN.match(w):
        return True
    # Hyphenated given names: "Jean-Yves", "Abd-Rabbu".
    head, _, tail = word.strip(".").partition("-")
    return (
        bool(tail)
        and not tail.isupper()  # "Anti-IS" is no name
        and fold_word(head) not in PARTICLES
        and fold_word(head) in first_names()
    )


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English dictionary words: a capitalised one ("Nice", "Said") needs context."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    return frozenset(w for w in words if w.islower()) | FUNCTION_WORDS


def is_common_word(word: str) -> bool:
    return word.lower() in common_words()


@lru_cache(maxsize=1 << 16)
def is_common_form(word: str) -> bool:
    """A dictionary word or a regular inflection of one ("Prays", "Killed", "Civilians")."""
    low = word.lower()
    words = common_words()
    if low in words:
        return True
    return (
        any(
            low.endswith(suf) and len(low) > len(suf) + 2 and low[: -len(suf)] + add in words
            for suf, add in (
                ("s", ""),
                ("es", ""),
                ("ies", "y"),
                ("ed", ""),
                ("ed", "e"),
                ("ing", ""),
                ("ing", "e"),
            )
        )
        or _comparative(low, words)
        or _men_plural(low, words)
    )


def _men_plural(low: str, words: frozenset[str]) -> bool:
    """ "Gunmen", "Herdsmen", "Tribesmen": the plural of a "-man" noun (the word list holds
    the singular only); "Carmen" is a given name, no plural of "carman"."""
    return (
        low.endswith("men")
        and len(low) > 5
        and low[:-3] + "man" in words
        and not is_first_name(low)
    )


def _comparative(low: str, words: frozenset[str]) -> bool:
    """ "Earlier", "Heavier": the comparative of a "-y" adjective, when English text uses the
    form itself often (a surname such as "Mercier" is rare as a word)."""
    if not (low.endswith("ier") and len(low) > 5 and low[:-3] + "y" in words):
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(low, "en") >= EVERYDAY_ZIPF


def english_compound(word: str) -> bool:
    """ "Eye-witnesses", "Passers-by", "Well-wishers": a hyphenated word whose parts are all
    English words, in lower case after the first, is an English compound, no name ("Ki-moon",
    "Jean-Pierre" and "Sun-Young" are: a part no word, or capitalised) (cities45)."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(p.islower() for p in parts[1:])
        and all(len(p) > 1 and is_common_form(p) for p in parts)
    )


# Below this Zipf frequency (one use in a million words) a dictionary word is rare enough in
# English text to be read as the place it also names ("juba", a dance; "meles", badgers).
EVERYDAY_ZIPF = 3.0


@lru_cache(maxsize=1 << 14)
def is_everyday_word(word: str) -> bool:
    """A dictionary word (or inflection) that English text actually uses as one."""
    from wordfreq import zipf_frequency

    return is_common_form(word) and zipf_frequency(word.lower(), "en") >= EVERYDAY_ZIPF


# Cardinal numbers and quantities open headline phrases ("Five Civilians Killed"), never a name.
NUMBER_WORDS = words(
    """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred hundreds thousand thousands million millions dozen dozens several scores
"""
)

# Faiths, sects and peoples: capitalised, name-like, never a place or a person (with the
# Fulani's other names and their language, "Fulfulde": "saying something in Fulfulde" gave
# a Nigerian village; cities48).
FAITHS_AND_PEOPLES = words(
    """
muslim muslims christian christians jew jews jewish alawite alawites druze
yazidi yazidis yezidi kurd kurds arab arabs turkmen turkmens sunnis shiites shiite shiiite
shia shias salafi salafist salafists wahhabi sufi assyrian assyrians armenian armenians
chechen chechens pashtun pashtuns tajik tajiks uzbek uzbeks hazara hazaras baloch tuareg
tuaregs fulani hausa somali somalis amhara tigrayan tigrayans berber berbers bedouin
bedouins catholic catholics orthodox protestant coptic copts mujahideen jihadi jihadis
masalit zaghawa nuer shilluk murle anuak rohingya yoruba igbo kanuri berom oromo hutu tutsi
banyamulenge lendu sahrawi janjaweed kakai kakais kakei kakeis shabak shabaks
fulfulde fula fulbe peul peuls
islamic hindu hindus sikh sikhs buddhist buddhists maoist maoists naxal naxals naxalite naxalites
slav slavs slavic bosniak bosniaks croat croats ossetian ossetians abkhaz abkhazian abkhazians
avar avars lezgin lezgins kumyk kumyks dargin dargins ingush circassian circassians kabardian
quechua aymara mapuche wayuu garifuna daghestani daghestanis
"""
)
# Ethnonyms that are also common surnames in South and Central Asia ("Waleed Saleh Baloch",
# "Abdul Ali Hazara"): after a given name, the last word of a name, not a people. "Avar",
# a Dagestani people since cities38, is a Turkish surname too ("Ramazan Avar"; review22).
PEOPLE_SURNAMES = words("baloch kurd turkmen hazara tajik uzbek pashtun avar")
# Demonyms that are also English surnames: after a given name that names no country, the
# surname ("Reporting by John Irish", "Howard French", "Sarah English"; "Chad French
# relations" and "Jordan English" are two countries' words).
DEMONYM_SURNAMES = words("irish french english welsh german")

# Countries whose place names reach English news through transliteration (Arabic, Persian,
# Pashto, Somali, Kurdish): spellings vary, so a place there may be found by its consonant
# skeleton ("Deir Ezzor" -> Deir ez-Zor).
TRANSLITERATED_COUNTRIES = words(
    "SY IQ YE LY SA JO LB PS EG SD TN DZ MA MR SO DJ AF IR PK KW QA BH AE OM TD ML NE"
)
# Holders of an office over a place: "the governor of", "President of" ("the home district
# of", "the son of" are no office); "the Deputy Commissioner of Rajouri", "the District
# Magistrate of Kathua": South Asia's district officers (lead20).
OFFICE_HOLDERS = words(
    """
president vice-president head governor leader mayor chief commander ruler emir king queen
prince premier chairman chairwoman chairperson speaker mufti patriarch archbishop bishop
sultan founder administrator prefect minister commissioner magistrate
"""
)
# South Asian place names reach English romanised in many ways too, mostly one vowel or one
# doubled letter apart ("Rajouri"/"Rajauri", "Baramulla"/"Baramula"); ``respelt_towns``.
RESPELLED_COUNTRIES = words("IN BD NP LK")
# Administrative units below a region, after a name: "the Djenné circle" (Mali's cercles),
# "Jamrud tehsil", "Kherson raion", "Afar woreda" (also spelt "Guliso Wereda"). Not
# "municipality": "the municipality of El Carmen" is a town.
PLACE_TYPE_AFTER |= words(
    """
circle cercle cercles tehsil tehsils taluka taluk upazila woreda woredas wereda weredas kebele
kebeles raion rayon
hromada subdistrict sub-district subprefecture sub-prefecture chiefdom chiefdoms chefferie
"""
)
# ... and the plurals of the former Soviet states' units, which close lists of their names:
# "the Bryansk, Kursk and Belgorod oblasts", "the Melitopol and Berdiansk raions".
PLACE_TYPE_AFTER |= words("oblasts raions rayons hromadas krai krais")
# cities45: Uganda's and Kenya's units below the district or county ("Kamwenge sub-county",
# "Businge parish", "Bweramule Sub County"), and Louisiana's parishes: a unit, not its town.
PLACE_TYPE_AFTER |= words("sub-county sub-counties subcounty subcounties parish parishes")
# A stretch of shore named after a place is no settlement: "the Azov coast", "the Tartus
# coastline".
PLACE_TYPE_AFTER |= words("coast coastline shore shores")
# South Sudan's units below the county, named after their villages: "Padiet Payam of Uror
# County", "Poktap Boma of Ageer Payam" (a payam holds bomas; a name so followed is the
# unit, neither a person nor the Congolese port of Boma).
PLACE_TYPE_AFTER |= words("payam payams boma bomas")
# Ukraine's regional (oblast) administrations by their acronyms: "the head of the Donetsk RMA",
# "Kharkiv OVA", "Sumy ODA" name the oblast's authority, not the city (cities43; a city's own
# military administration, "Kharkiv MVA", stays the city's).
PLACE_TYPE_AFTER |= words("rma ova oda")
# An outpost named after its hill or its founder is no person: "settlers from a nearby Givat
# Ronen outpost", "the Ramat Migron outpost" (cities43).
PLACE_TYPE_AFTER |= words("outpost outposts")
# Ethiopia's and Somalia's units between region and district, often named after their
# towns: "South Gondar Zone", "the North Wollo zone".
PLACE_TYPE_AFTER |= words("zone zones")
# Cantons (Switzerland's; the Kurdish-led administration's in northern Syria, named after
# their towns): "Kobane Canton", "the Afrin canton", "Defense Minister of Kobane Canton X".
PLACE_TYPE_AFTER |= words("canton cantons")
# Indonesia's regencies ("Maybrat regency", "the regency of Puncak") and Cameroon's
# divisions and sub-divisions ("Mbonge sub-division"), named after their seats.
PLACE_TYPE_AFTER |= words(
    "regency regencies divisions subdivision subdivisions sub-division sub-divisions"
)
# Departments of Colombia, Peru, Bolivia, Haiti, France, Benin...: "the Cauca department"
# ("the police department" has no capitalised name before it).
PLACE_TYPE_AFTER |= words("department departments")


# Carmakers named like towns or people (Toyota, Japan; Mercedes, Uruguay; Honda, Colombia),
# and the words for a vehicle or its model that follow the make: "a Toyota pickup", "the
# Toyota land-cruiser", "a Mercedes car" name the make (review20).
VEHICLE_MAKES = words(
    """
toyota honda mercedes mercedes-benz nissan mitsubishi isuzu ford hyundai kia suzuki mazda
chevrolet lada kamaz ural
"""
)
_VEHICLE_WORDS = words(
    """
truck pickup pick-up car vehicle jeep suv van minibus bus lorry lorrie sedan saloon taxi
technical motorcycle motorbike land land-cruiser landcruiser cruiser hilux corolla camry
hiace tacoma pajero patrol benz sprinter 4x4
"""
)


def vehicle_word(word: str) -> bool:
    """A vehicle's word or model, singular or plural ("pickups", "minibuses")."""
    low = word.lower()
    return low in _VEHICLE_WORDS or low.rstrip("s") in _VEHICLE_WORDS or low[:-2] in _VEHICLE_WORDS


# Spanish nouns that open the names of quarters, streets and communal villages, which are
# often named after people or towns: "Colonia Lázaro Cárdenas", "calle Benito Juárez",
# "ejido Emiliano Zapata", "barrio Simón Bolívar" (cities38): no person, no town.
SPANISH_QUARTERS = words("colonia colonias fraccionamiento barrio calle avenida ejido")


# persons24: the Russian and the Ukrainian forms of one East Slavic given name, each line
# one name in its usual romanisations ("Kirill Budanov" and "Kyrylo Budanov", "Vladimir
# Zelensky" and "Volodymyr Zelensky" in one article are one person). Lines whose forms are
# a letter apart or one a prefix of the other ("Sergei"/"Sergey", "Yuri"/"Yuriy") need no
# entry: ``person_merge`` joins those already.
_EAST_SLAVIC_GIVEN_NAMES = """
kirill kyrylo kyril
dmitry dmitri dmitriy dmytro dmytriy
oleg oleh
sergei sergey sergiy serhiy serhii serhij
alexander aleksandr alexandr oleksandr olexandr
vladimir volodymyr wolodymyr
andrei andrey andriy andrii andrij
yevgeny evgeny evgeniy yevgeniy yevgenii yevhen yevhenii evhen
nikolai nikolay mykola
pavel pavlo
alexei alexey aleksei aleksey oleksiy oleksii olexiy
mikhail mykhailo mykhaylo
grigory grigori grigoriy hryhoriy hryhorii
igor ihor
galina halyna
vitaly vitali vitaliy vitalii
anatoly anatoliy anatolii
vasily vasiliy vassily vasyl
pyotr petr petro
olga olha
tatiana tatyana tetiana tetyana
irina iryna
yelena elena olena
maxim maksim maksym
denis denys
ilya illia illya
konstantin kostiantyn kostyantyn
valery valeriy valerii
gennady gennadiy hennadiy hennadii
georgy georgiy heorhiy heorhii
lyudmila ludmila liudmyla lyudmyla
natalia natalya nataliya nataliia
svetlana svitlana
nadezhda nadiya nadiia
yekaterina ekaterina kateryna
fyodor fedor fedir
timofei timofey tymofiy tymofii
matvei matvey matviy matvii
nikita mykyta
bogdan bohdan
"""
EAST_SLAVIC_GIVEN_FORMS = {
    form: line.split()[0] for line in _EAST_SLAVIC_GIVEN_NAMES.split("\n") for form in line.split()
}
