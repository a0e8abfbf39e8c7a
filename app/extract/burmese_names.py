"""Burmese personal names: no surname, two to four syllables from a small common stock.

Names in Myanmar ("Kyaw San Htay", "Zarni Win", "Tun Tun Lin") are made of syllables that
recur across the population (Aung, Kyaw, Min, Myint, Tun, Win...), so a run made only of
them is a name, though no Western or Arabic given-name list holds its first word. The
stock below is the common one in Burmese naming; it is not a list of particular people.
Used only in articles that name Myanmar, since several syllables are English words too.
"""

from __future__ import annotations

from app.extract.lexicons import is_common_word, words

__all__ = ["BURMESE_HONORIFICS", "SHAN_PREFIXES", "is_burmese_name", "split_honorific"]

BURMESE_SYLLABLES = words(
    """
aung aye bo chan chit cho ei hein hla hlaing hmway hnin htay htet htike htoo htun htut
kaung khaing khant khin khine kyaw kyi kyu lay lin lwin lwan maung min moe mon mya myat
myint myo naing nandar naung nay nwe nyan nyein nyi nyunt ohn oo paing phyo phyu pyae pyi
san sandar sein shwe soe sone su suu tar than thandar thant thaung thazin thein thet thida
thiha thin thiri thu thukha thura thuzar tin tint tun wai win wint wunna yadanar yamin yan
ye yee yin zarni zaw zaya zeya zin
pa nu ni lei yu wah ngwe phoe pwint hsu thwe zar yi mar
"""
)


# A syllable that is no English word ("Kyaw", "Zaw"): a run of only "Win", "Than" and "Min"
# could be English words in a headline, so one such syllable is required, or a doubled one.
def is_burmese_name(core: list[str]) -> bool:
    """Two to four words, all common Burmese name syllables, one of them no English word;
    a Shan "Sai", "Nang", "Khun" or "Sao" may open it ("Sai Kyaw Thu"), before two or more."""
    if len(core) >= 3 and core[0].lower() in SHAN_PREFIXES and core[0][:1].isupper():
        core = core[1:]
    if not 2 <= len(core) <= 4:
        return False
    lows = [w.lower() for w in core]
    if not all(w in BURMESE_SYLLABLES and core[k][:1].isupper() for k, w in enumerate(lows)):
        return False
    # a doubled syllable ("Aye Aye Win", "Tun Tun Lin") is Burmese naming, not English
    doubled = len(lows) >= 3 and any(lows[k] == lows[k + 1] for k in range(len(lows) - 1))
    return doubled or any(not is_common_word(w) for w in core)


# Honorifics before Burmese, Karen, Mon and Chin names: U (Mr), Daw (Mrs), Ko, Maung, Ma,
# Naw and Saw (Karen), Nai and Mi (Mon), Salai (Chin), Mahn. They are no part of the name
# ("U Win Tin" is Win Tin) and vouch for what follows. The Shan "Sai", "Nang" and "Khun"
# are left in: they are written as part of the name ("Khun Thein Maung", "Sai Leik").
BURMESE_HONORIFICS = words("u daw ko maung ma naw saw nai mi salai mahn")
# The Shan prefixes written as the name's first word ("Sai Leik", "Nang Mo").
SHAN_PREFIXES = words("sai nang khun sao")


def split_honorific(name: list[str]) -> tuple[list[str], list[str]]:
    """(honorific, name) of a run opened by one and followed by capitalised words."""
    if (
        2 <= len(name) <= 5
        and name[0].lower() in BURMESE_HONORIFICS
        and name[0][:1].isupper()
        and all(w[:1].isupper() for w in name[1:])
    ):
        return name[:1], name[1:]
    return [], name
