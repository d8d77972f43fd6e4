"""Sound-alike matching for foreign place names written in Hangul, kana or Chinese characters.

GeoNames (as packaged) records few Korean, Japanese and Chinese exonyms for foreign towns:
무나카타 (Munakata), キングストン・アポン・ハル (Kingston upon Hull), 库里蒂巴 (Curitiba) are not in
the index. When a name in one of those scripts finds nothing in the country it is placed in, the
resolver romanises it (Revised Romanisation for Hangul, Hepburn for kana, pinyin for Chinese
characters when ``pypinyin`` is installed) and compares a coarse *sound skeleton* of it with the
skeletons of that country's place names. The skeleton removes what the three transcription
systems add or lose (epenthetic vowels, l/r, b/v, p/f, doubled letters), so both sides meet:
``skeleton("munakata") == skeleton(romanise("무나카타"))``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t"]

_KANA = {}
_KATAKANA = ("アa イi ウu エe オo カka キki クku ケke コko サsa シshi スsu セse ソso タta チchi ツtsu テte トto "
             "ナna ニni ヌnu ネne ノno ハha ヒhi フfu ヘhe ホho マma ミmi ムmu メme モmo ヤya ユyu ヨyo ラra リri "
             "ルru レre ロro ワwa ヲwo ンn ガga ギgi グgu ゲge ゴgo ザza ジji ズzu ゼze ゾzo ダda ヂji ヅzu デde ドdo "
             "バba ビbi ブbu ベbe ボbo パpa ピpi プpu ペpe ポpo ヴvu ァa ィi ゥu ェe ォo ャya ュyu ョyo ヮwa")
for _pair in _KATAKANA.split():
    _KANA[_pair[0]] = _pair[1:]
    _KANA[chr(ord(_pair[0]) - 0x60)] = _pair[1:]  # the hiragana of the same sound
_SMALL = set("ァィゥェォャュョヮぁぃぅぇぉゃゅょゎ")
_SUFFIXES = ("특별자치시", "광역시", "특별시", "시", "군", "구", "주", "성", "도", "市", "町", "村", "区", "區", "県", "縣",
             "县", "州", "省", "镇", "鎮", "郡")

# Korean writes a Japanese town's word by its sound (町 machi 마치, 村 mura 무라, 町 chō 초) or its Sino-Korean reading
# (町 정, 村 촌): "간다마치" is Kanda (苅田町). Stripped only from a name placed in Japan.
_HANGUL_JAPANESE_SUFFIXES = ("마치", "무라", "초", "정", "촌")


def _hangul(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out.append(_INITIALS[o // 588] + _MEDIALS[(o % 588) // 28] + _FINALS[o % 28])
    return "".join(out)


def _kana(text: str) -> str:
    out: list[str] = []
    double = False
    for ch in text:
        if ch in "ッっ":
            double = True
            continue
        if ch == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            continue
        r = _KANA.get(ch)
        if r is None:
            continue
        if ch in _SMALL and out:
            prev = out.pop()
            # キャ -> kya, シャ -> sha, ティ -> ti, ファ -> fa, ウォ -> wo
            base = prev[:-1] if prev[-1] in "aiueo" else prev
            if r.startswith("y") and base.endswith(("sh", "ch", "j")):
                r = r[1:]
            r = base + r
        if double and r:
            r = r[0] + r
        double = False
        out.append(r)
    return "".join(out)


# letter-by-letter romanisations of the alphabets foreign towns are also written in: Cyrillic
# (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh, Mongolian), Greek, and the
# Arabic script (Arabic, Persian, Urdu), whose short vowels are not written: its names are compared
# by their consonants alone (``consonant_key``)
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђјљњћџѓќѕәғқңөұүһ",
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g u dj j lj nj c dz g k dz "
    "a g k ng o u u h".split()))
_GREEK = dict(zip(
    "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
    "a a v g d e e z i i th i i i i k l m n x o o p r s s t y y y y f ch ps o o".split()))
# (alif, waw and ya mostly write long vowels: left out, "_", like ʿayn and hamza)
_ARABIC = dict(zip(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤپچژگکی",
    "_ b t th j h kh d dh r z s sh s d t z _ gh f q k l m n h _ _ h _ _ _ _ _ y w p ch zh g k _".split()))
# the letters Urdu adds: retroflex ٹ ڈ ڑ, nasal ں, bari ye ے, the aspiration mark ھ and the heh ہ ۃ, which
# mostly write a final vowel ("تازہ" Taza)
_ARABIC.update(zip("ٹڈڑںےھہۃ", "t d r n _ _ _ _".split()))
# Hebrew, also without written short vowels (vav and yod as in Arabic); a geresh after gimel, zayin,
# tsadi or tav makes the sounds Hebrew spells foreign names with (ג׳ j, ז׳ zh, צ׳ ch, ת׳ th)
_HEBREW = dict(zip(
    "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
    "_ b g d h w z kh t y k k l m m n n s _ p p ts ts k r sh t".split()))
_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th"}


_GREEK_PAIRS = (("ου", "u"), ("ού", "u"), ("αι", "e"), ("αί", "e"), ("ει", "i"), ("εί", "i"), ("οι", "i"),
                ("οί", "i"), ("μπ", "b"), ("ντ", "d"), ("γγ", "ng"), ("γκ", "g"), ("αυ", "av"), ("ευ", "ev"))


def _letters(text: str, table: dict[str, str]) -> str:
    text = text.lower()
    if table is _GREEK:
        for pair, latin in _GREEK_PAIRS:
            text = text.replace(pair, latin)
    out = []
    for ch in text:
        if table is _GREEK and ch.isascii() and ch.isalpha():
            out.append(ch)  # a Greek digraph already romanised
            continue
        r = table.get(ch)
        if r is None:
            return ""  # a letter of another script: not this alphabet's name
        out.append("" if r == "_" else r)
    return "".join(out)


def consonant_key(latin: str) -> str:
    """A sound key of consonants only, for names written without short vowels (the Arabic script):
    the skeleton's consonant foldings, then vowels, y, w and h dropped. ``consonant_key("scottsdale")
    == "sktjtr"``; ``سكوتسديل`` romanised gives ``skjtr``."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    for pattern, repl in _CONSONANT_FOLDS:
        s = pattern.sub(repl, s)
    s = re.sub(r"[aeiouyhw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def by_consonants(name: str) -> bool:
    """A name best compared by its consonants: Arabic or Hebrew script (short vowels unwritten) or Devanagari (the
    vowels of a foreign name's transcription vary: ल्यूवेन lyūven for Leuven) or the Ethiopic script (its sixth
    order is a consonant with or without a vowel: ሚላን milan)."""
    return is_abjad(name) or any("\u0900" <= ch <= "\u097f" or "\u1200" <= ch <= "\u137f" for ch in name)


def is_abjad(name: str) -> bool:
    """A name in the Arabic or the Hebrew script (short vowels unwritten)."""
    return any("\u0600" <= ch <= "\u06ff" or "\u05d0" <= ch <= "\u05ea" for ch in name)


# Devanagari (Hindi, Marathi, Nepali), letter by letter: a consonant carries the vowel "a" unless a vowel sign or the
# virama follows; nukta letters are the Persian and English sounds (ज़ z, फ़ f); anusvara and chandrabindu a nasal
_DEVA_CONSONANTS = dict(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h".split()))
_DEVA_VOWELS = dict(zip("अआइईउऊऋएऐओऔऑ", "a a i i u u ri e ai o au o".split()))
_DEVA_SIGNS = dict(zip("ािीुूृेैोौॉ", "a i i u u ri e ai o au o".split()))
_DEVA_NUKTA = {"ज": "z", "फ": "f", "क": "q", "ख": "kh", "ग": "gh", "ड": "r", "ढ": "rh"}


def _devanagari(text: str) -> str:
    out: list[str] = []
    chars = list(text)
    for i, ch in enumerate(chars):
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _DEVA_CONSONANTS:
            cons = _DEVA_NUKTA.get(ch, _DEVA_CONSONANTS[ch]) if nxt == "\u093c" else _DEVA_CONSONANTS[ch]
            after = chars[i + 2] if nxt == "\u093c" and i + 2 < len(chars) else nxt
            out.append(cons + ("" if after in _DEVA_SIGNS or after == "\u094d" or not after else "a"))
        elif ch in _DEVA_VOWELS:
            out.append(_DEVA_VOWELS[ch])
        elif ch in _DEVA_SIGNS:
            out.append(_DEVA_SIGNS[ch])
        elif ch in "\u0902\u0901":  # anusvara, chandrabindu
            out.append("n")
    return "".join(out)


# Ethiopic (Ge'ez fidel: Amharic, Tigrinya), syllable by syllable: the block U+1200-U+137F holds a consonant's
# syllables in rows of eight, each column a vowel order: ä u i a e ə(or none) o and the labialised wa. The
# consonants row by row (a row of eight from U+1200); "" for the vowel carriers አ and ዐ, "*w" for the
# labialised rows (ቈ ኈ ኰ ዀ ጐ: qwä _ qwi qwa qwe qwə)
_ETHIOPIC_ROWS = ("h l h m s r s sh q *qw q *qw b v t ch h *hw n ny _ k *kw kh *kw w _ z zh y d d j g *gw g "
                  "t ch p ts ts f p").split()
_ETHIOPIC_ORDERS = ("a", "u", "i", "a", "e", "", "o", "wa")
_ETHIOPIC_LABIAL_ORDERS = ("a", "", "i", "a", "e", "", "", "")


def _ethiopic(text: str) -> str:
    out: list[str] = []
    for ch in text:
        o = ord(ch) - 0x1200
        if not 0 <= o < 8 * len(_ETHIOPIC_ROWS):
            continue  # word space, punctuation, numerals
        cons, order = _ETHIOPIC_ROWS[o // 8], o % 8
        if cons.startswith("*"):
            out.append(cons[1:] + _ETHIOPIC_LABIAL_ORDERS[order])
        elif cons == "_":  # a vowel carrier: the vowel alone, its sixth order an i (እንግሊዝ ingliz)
            out.append("i" if order == 5 else _ETHIOPIC_ORDERS[order])
        else:
            out.append(cons + _ETHIOPIC_ORDERS[order])
    return "".join(out)


def _hebrew(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        r = _HEBREW.get(ch)
        if r is None:
            continue  # points, geresh, gershayim
        if ch in _GERESH and text[i + 1: i + 2] in ("'", "\u05f3", "’"):
            r = _GERESH[ch]
        out.append("" if r == "_" else r)
    return "".join(out)


def _pinyin(text: str) -> str:
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # optional dependency
        return ""
    return "".join(lazy_pinyin(text))


_INITIALS_AFTER = re.compile(r"(?<=\S)\s+(?:[^\W\d_]{1,2}\.){1,3}(?:[^\W\d_]{1,2}\.?)?$")


@lru_cache(maxsize=20_000)
def romanise(name: str) -> str:
    """Latin letters for a name written wholly in Hangul, kana, Chinese characters, Cyrillic, Greek, the
    Arabic, the Hebrew, the Devanagari or the Ethiopic script, else ""."""
    # initials after the name ("ዋሽንግተን ዲ.ሲ.", Washington D.C.) are no part of its sound
    s = _INITIALS_AFTER.sub("", name or "")
    s = re.sub(r"[\s・·\-]", "", s)
    for suffix in _SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
            break
    if not s:
        return ""
    if all("\uac00" <= ch <= "\ud7a3" for ch in s):
        return _hangul(s)
    if all("\u3040" <= ch <= "\u30ff" for ch in s):
        return _kana(s)
    if all("\u4e00" <= ch <= "\u9fff" for ch in s):
        return _pinyin(s)
    first = s[0]
    if "\u0400" <= first <= "\u04ff":
        return _letters(s, _CYRILLIC)
    if "\u0370" <= first <= "\u03ff":
        return _letters(s, _GREEK)
    if "\u0600" <= first <= "\u06ff":  # compared by its consonants; marks and other letters skipped
        return "".join(r for r in (_ARABIC.get(ch, "") for ch in s) if r != "_")
    if "\u0590" <= first <= "\u05ff":
        return _hebrew(s)
    if "\u0900" <= first <= "\u097f":
        return _devanagari(s)
    if "\u1200" <= first <= "\u137f":
        return _ethiopic(s)
    return ""


#: the foldings of consonants the transcription systems disagree on (also ``consonant_key``)
_CONSONANT_FOLDS = [(re.compile(a), b) for a, b in (
    ("tch", "ch"), ("c(?=[eiy])", "s"), ("ch", "C"), ("c", "k"), ("ph", "p"), ("th", "t"), ("sh", "s"), ("t[sz]", "C"),
    ("q", "k"), ("x", "ks"), ("ck", "k"), ("[fv]", "p"), ("l", "r"), ("z", "j"), ("C", "j"), ("d", "t"), ("g", "k"),
    ("b", "p"))]
_SKELETON_STEPS = _CONSONANT_FOLDS + [(re.compile(a), b) for a, b in (
    ("w", "u"), ("y", "i"), ("eo", "o"), ("eu", ""), ("ae", "e"), ("oe", "e"), ("(?<=[^aeiou])h", ""), ("ng", "n"),
    ("(?<=[aeiou])r(?![aeiou])", ""),  # non-rhotic transcriptions: Hannover = ハノーバー
    # epenthetic vowels of the transcriptions: a u or o between consonants, or after one at the end
    ("(?<=[^aeiou])[uo](?=[^aeiou]|$)", ""), ("(?<=[^aeiou])i$", ""),
    (r"(.)\1+", r"\1"))]


@lru_cache(maxsize=400_000)
def skeleton(latin: str) -> str:
    """A coarse sound key of a romanised or Latin name (ASCII letters only)."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    for pattern, repl in _SKELETON_STEPS:
        s = pattern.sub(repl, s)
    return s


# ---------------------------------------------------------------- Sino-Korean readings

_HANJA_ENTRY = re.compile(r'"\\u([0-9A-Fa-f]{4,5})":\s*"\\u([0-9A-Fa-f]{4})"')
# the initial-sound rule (두음법칙) at the start of a word: 려 -> 여 (麗水 = 여수), 라 -> 나 (羅州 = 나주)
_IOTIZED = {2, 3, 6, 7, 12, 17, 20}  # medials ya yae yeo ye yo yu i


@lru_cache(maxsize=1)
def _hanja_table() -> dict[str, str]:
    """Chinese character -> its Sino-Korean reading in Hangul, from the ``hanja`` package's table
    (read as data, without importing the package), or {} when it is not installed."""
    from intercity.core.paths import package_dir

    root = package_dir("hanja")
    try:
        text = (root / "table.yml").read_text(encoding="utf-8") if root else ""
    except OSError:
        return {}
    return {chr(int(a, 16)): chr(int(b, 16)) for a, b in _HANJA_ENTRY.findall(text)}


def _initial_rule(syllable: str) -> str:
    o = ord(syllable) - 0xAC00
    if not 0 <= o < 11172:
        return syllable
    initial, medial, final = o // 588, (o % 588) // 28, o % 28
    if initial == 5:  # ㄹ
        initial = 11 if medial in _IOTIZED else 2  # ㅇ before an iotized vowel, else ㄴ
    elif initial == 2 and medial in _IOTIZED:  # ㄴ
        initial = 11
    return chr(0xAC00 + initial * 588 + medial * 28 + final)


@lru_cache(maxsize=20_000)
def korean_reading(name: str) -> str:
    """The Sino-Korean reading of a name written wholly in Chinese characters (富川市 -> 부천시,
    麗水 -> 여수), as a Korean place name is written in Chinese or Japanese text; "" when any
    character has no reading or the table is not installed."""
    s = re.sub(r"[\s・·]", "", name or "")
    if not s or not all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in s):
        return ""
    table = _hanja_table()
    out = [table.get(ch, "") for ch in s]
    if not all(out):
        return ""
    out[0] = _initial_rule(out[0])
    return "".join(out)


# ---------------------------------------------------------------- transcriptions of foreign names

# Chinese writes a foreign name with a fixed set of characters (the Xinhua transcription table, and
# Taiwan's usage beside it) whose pinyin is often far from the sound they stand for: 斯 is an "s", 克
# a "k", 尔 an "r", 顿 "ton", 治 the "ge" of George. Each character's usual Latin value, with "/"
# between alternatives (圣 is San/Santa/Saint, 吉 a "g" or a "j", 南 "nan" or the "south" of
# Southampton); a character not listed is read by its pinyin. Keys are simplified characters (the
# name is folded to simplified script first).
_HAN_SOUNDS = """
阿a 埃e 艾ai 爱ai 安an 昂an 奥o/au 欧o 鸥o 敖ao 傲ao
巴ba 芭ba 拜bai 班ban 邦bon 保bo 堡burg/bor 鲍bo 贝be 本ben 比bi 彼pi 毕bi 宾bin 波po/bo 伯ber/b 博bo 布b/bu
采kai 查cha 柴chai 昌chan 彻che 楚chu 茨ts 慈ts 次ts 村tson 措cho
达da 代dai 戴dai 丹dan 当dan 道do 德d/de 登den 迪di 狄di 蒂ti/di 帝di 底di 第di 典den 东don/dom 杜du 顿ton/don 敦don 多do 堤ti 迭de
厄e 恩en 尔r/l 二r
法fa 凡van 梵van 范van 菲fi 斐fi 费fe 芬fin 丰fon 冯fon 佛fo 弗f 伏vo 夫f/v 福fo 富fu 腓fe
伽ga 盖gai 甘gan 冈gan 刚gan 岗gon 高go 戈go 哥go 格g/ge 根gen 贡gon 古gu 瓜gua 圭gui 贵gui 果go
哈ha 海hai 汉han 豪ho 赫h 黑he 亨hen 洪hon 胡hu 华hua/wa 怀wai 惠hui/wi 霍ho 火ho
基ki/ji 吉gi/ji 加ga/ka 迦ga 贾ja 嘉ga 杰je 捷je 金kin 津jin 京kin 久ku 居ju 君jun 俊jun 焦jo
卡ka 凯kai/kei 坎kan 康kon 考ko 柯ko 科ko 可ko 克k 肯ken 孔kon 库ku 夸kwa 奎kui 昆kun 寇ko 蔻ko
拉la/ra 腊la 莱le/lai/ra 来lai 兰lan/ran 朗lon/ron 劳lo 勒le/r 雷le/re 蕾le 里li/ri 理li 力li 立li 利li/ri 丽li 莉li
列lie 林lin/rin 琳lin 灵lin 卢lu/ru 鲁lu/ru 路lu 露lu 伦ren/ron/len 仑lun 罗lo/ro 洛lo/ro 吕lu 略lio 廖lio/lyo 隆lon/ron 龙lon 陆lu
马ma 玛ma 麦mai/me 迈mai 曼man 芒man 毛mo 茂mo 梅me 美mei 门men 蒙mon 孟men 米mi 密mi 明min 缪mu 摩mo 莫mo 墨me/mo 默mo 姆m 穆mu 慕mu
那na 纳na 娜na 奈nai/ne 南nan/sout 瑙no/nau 内ne 尼ni 妮ni 宁nin 纽nu/new 努nu 诺no
帕pa 派pai 潘pan 庞pon 佩pe 彭pen 皮pi 匹pi 平pin 坡po 珀per/pe 普p/pu 浦pu 朴po 蒲pu
齐chi 奇chi/ki 契chi 恰cha 乔jo 切che 钦chin 琼jon 丘chu 屈ku 琪ki
热je/ge 日j/zh 瑞rui/swi 若jo/jo 让jan 茹ju 儒ju 荣ron
萨sa 塞se/sai 赛sai 桑san 瑟se 森sen/son 沙sha 莎sha 山shan 尚shan 绍sho 舍she 申shen 圣san/santa/saint 施sh 什sh 史sh 士s 舒shu 斯s/z 思s 苏su 索so 松son 孙sun
塔ta 泰tai 太tai 坦tan 汤ton/tan 唐ton 陶to/tau 特t 滕ten 提ti 梯ti 廷tin 亭tin 通ton 图tu 土tu 托to 拖to 陀to 屯tun 廷tin
瓦va/wa 娃wa 外wai 万van/wan 旺wan 威wi/vi 韦we/ve 维vi/wi 温wen/win 文wen/win 沃wo/vo 乌u/w 伍wu 武wu 卧wo
夏sha 希hi/gi 锡si 西si/xi 谢she 辛sin 欣sin 休hu/hou 许shu 旭shu 薛se 雪she 逊son 勋shun 匈hun 修su 肖sho 晓sho
雅ya 亚a/ya 扬yan 杨yan 耶ye 叶ye 伊i/e 依i 怡i 因in 英in/en 尤yu 于yu 宇yu 约yo/jo 岳yue
扎za 泽ze 曾zen 宰zai 赞zan 兹z/s 佐zo 祖zu 朱ju 珠ju 卓jo 治j/ge 芝chi 哲je 真jen 郑jen
何ho/he 翁on 茅mo/mou 城city 港port 新new 北north 堡burg 湖lake
"""
_HAN_TABLE = {item[0]: tuple(item[1:].split("/")) for item in _HAN_SOUNDS.split()}
_MAX_READINGS = 24


def _han_readings(text: str) -> list[str]:
    """Transcription readings of a name in Chinese characters: every choice of the listed values
    (up to ``_MAX_READINGS``, the first values first), pinyin for an unlisted character."""
    from intercity.core.places.normalize import fold

    s = fold(text).replace(" ", "")
    try:
        from pypinyin import lazy_pinyin
        plain = lazy_pinyin(s)
    except ImportError:  # optional dependency
        plain = []
    if len(plain) != len(s):
        plain = [""] * len(s)
    readings = [""]
    for i, ch in enumerate(s):
        values = _HAN_TABLE.get(ch)
        if values is None:
            if not plain[i] or not plain[i].isascii():
                return []
            values = (plain[i],)
        elif i > 0:
            values = tuple(v for v in values if v not in ("sout", "new", "north", "santa", "saint", "san")
                           or ch != "南" and ch != "纽" and ch != "北") or values
        readings = [r + v for r in readings for v in values][:_MAX_READINGS]
    return readings


def _hangul_readings(text: str, country: str) -> list[str]:
    """Hangul readings beside Revised Romanisation: ㅓ also as "o" (Korean writes the English o and
    u so: 더니든 Dunedin), 쓰 as "tsu", and for a Japanese name 후 as "fu" (Korean writes ふ so); then
    the same without the vowels Korean adds to a foreign consonant cluster (``_marked_hangul``:
    프라이부르크 -> pEraiburEkE, Freiburg)."""
    base = _hangul(text)
    out = [base]
    alt = []
    for ch in text:
        r = _hangul(ch)
        if ch == "쓰":
            r = "tsu"
        elif ch == "후" and country == "JP":
            r = "fu"
        alt.append(r)
    out.append("".join(alt))
    out.append(out[-1].replace("eo", "o"))
    marked = _marked_hangul(text)
    if marked != base:
        out.append(marked)
        out.append(marked.replace("eo", "o").replace("ae", "a"))  # 뱅크스타운 Bankstown
    return list(dict.fromkeys(out))


def _marked_hangul(text: str) -> str:
    """Revised Romanisation with the vowels Korean adds to a foreign consonant marked weak (an upper-case
    vowel, ``WEAK_VOWELS``): the ㅡ of a syllable without a final consonant after a consonant (스 sE, 트 tE,
    크 kE, 프 pE, 르 rE: 프라이부르크 -> pEraiburEkE, Freiburg)."""
    out = []
    for ch in text:
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            continue
        initial, medial, final = o // 588, (o % 588) // 28, o % 28
        if initial != 11 and not final and medial == 18:
            out.append(_INITIALS[initial] + "E")
        else:
            out.append(_INITIALS[initial] + _MEDIALS[medial] + _FINALS[final])
    return "".join(out)


#: vowels a reading marks as possibly epenthetic (added by Japanese or Korean to a foreign consonant):
#: ``transcription_distance`` drops or exchanges them cheaply
WEAK_VOWELS = frozenset("AEIOU")
_CONSONANT = "bcdfghjklmnpqrstvwxz"
_KANA_EPENTHESIS = [(re.compile(a), b) for a, b in (
    # an u after a consonant before another consonant or at the end (ス sU, ク kU, ル rU, ブ bU, ツ tsU),
    # an o after t or d so (ト tO, ド dO), an i after a doubled ch or j at the end (ッチ tchI, ッジ jjI)
    (rf"(?<=[{_CONSONANT}])u(?=[{_CONSONANT}]|$)", "U"),
    (rf"(?<=[td])o(?=[{_CONSONANT}]|$)", "O"),
    (r"(?<=tch|.jj)i$", "I"))]


def _marked_kana(latin: str) -> str:
    """A Hepburn reading with the vowels Japanese adds to a foreign consonant marked weak
    (ノボシビルスク noboshibirUsUkU, フライブルク furaibUrUkU)."""
    for pattern, repl in _KANA_EPENTHESIS:
        latin = pattern.sub(repl, latin)
    return latin


def readings(name: str, country: str = "") -> list[str]:
    """Latin readings of a foreign town's name written in Chinese characters, kana or Hangul (the
    administrative suffix 市/시/… removed): transcription-aware ones first, the plain romanisation
    last; the romanisation of one in Devanagari or Ethiopic; [] for another script."""
    s = re.sub(r"[\s・·\-]", "", name or "")
    suffixes = _HANGUL_JAPANESE_SUFFIXES + _SUFFIXES if country == "JP" else _SUFFIXES
    for suffix in suffixes:
        if s.endswith(suffix) and len(s) > len(suffix) + 1:
            s = s[: -len(suffix)]
            break
    if not s:
        return []
    if all("\uac00" <= ch <= "\ud7a3" for ch in s):
        return _hangul_readings(s, country)
    if all("\u3040" <= ch <= "\u30ff" for ch in s):
        k = _kana(s)
        return list(dict.fromkeys((k, _marked_kana(k)))) if k else []
    if all("\u4e00" <= ch <= "\u9fff" for ch in s):
        return _han_readings(s)
    if "\u0900" <= s[0] <= "\u097f" or "\u1200" <= s[0] <= "\u137f":  # syllabic scripts that write the vowels
        r = romanise(s)
        return [r] if r else []
    return []


_SOUND_STEPS = [(re.compile("ng(?![aeiou])"), "n")] + _CONSONANT_FOLDS + [(re.compile(a), b) for a, b in (
    ("w", "u"), ("y", "i"), ("(?<=[^aeiou])h", ""), (r"(.)\1+", r"\1"))]


@lru_cache(maxsize=400_000)
def sound_letters(latin: str) -> str:
    """A name's sound as letters, vowels kept: the skeleton's consonant foldings, w/y as u/i, h after a
    consonant and doubled letters dropped. Compared by ``transcription_distance``."""
    s = re.sub(r"[^a-zAEIOU]", "", "".join(ch if ch in WEAK_VOWELS else ch.lower() for ch in latin))
    for pattern, repl in _SOUND_STEPS:
        s = pattern.sub(repl, s)
    return s


_VOWELS = frozenset("aeiou")
# consonant exchanges the transcription systems make after folding: a soft g (j/k), Spanish j and
# Chinese x/h (h/k, h/s), m/n codas, a y glide as j
_NEAR = frozenset(frozenset(p) for p in ("jk", "hk", "hs", "mn", "ij", "js", "kt", "jt"))
# what one side adds or drops: an epenthetic vowel, an unwritten r or h, a coda n
_INDEL = {"r": 0.45, "h": 0.45, "n": 0.7, "m": 0.8, "s": 0.8, "t": 0.85, "k": 0.85}


def transcription_distance(a: str, b: str) -> float:
    """Weighted edit distance between two ``sound_letters`` strings, cheap where transcriptions
    differ (vowels 0.3, an added or lost vowel 0.35, r/h 0.45, the exchanges in ``_NEAR`` 0.55) and
    dear for any other consonant (1.0). A weak (epenthetic, upper-case) vowel of a kana or Hangul reading
    is dropped for 0.1 and stands for the same vowel for 0.05, another for 0.3."""
    la, lb = len(a), len(b)
    prev = [0.0] * (lb + 1)
    for j in range(1, lb + 1):
        prev[j] = prev[j - 1] + _indel(b[j - 1])
    for i in range(1, la + 1):
        x = a[i - 1]
        cur = [prev[0] + _indel(x)] + [0.0] * lb
        for j in range(1, lb + 1):
            y = b[j - 1]
            if x == y:
                sub = 0.0
            elif x in WEAK_VOWELS or y in WEAK_VOWELS:  # an epenthetic vowel of the reading for a real one
                sub = 0.05 if x.lower() == y.lower() else 0.3 if x in _ANY_VOWEL and y in _ANY_VOWEL else 2.0
            elif x in _VOWELS and y in _VOWELS:
                sub = 0.3
            elif x in _VOWELS or y in _VOWELS:
                sub = 2.0
            elif frozenset((x, y)) in _NEAR:
                sub = 0.55
            else:
                sub = 1.0
            cur[j] = min(prev[j - 1] + sub, prev[j] + _indel(x), cur[j - 1] + _indel(y))
        prev = cur
    return prev[lb]


def _indel(ch: str) -> float:
    return 0.35 if ch in _VOWELS else 0.1 if ch in WEAK_VOWELS else _INDEL.get(ch, 1.0)


_ANY_VOWEL = frozenset("aeiouAEIOU")


def strong_length(letters: str) -> int:
    """The length of ``sound_letters`` without its weak vowels (what a transcription distance is divided by)."""
    return len(letters) - sum(letters.count(v) for v in WEAK_VOWELS)


# ---------------------------------------------------------------- how French and German say a name

_FRENCH_STEPS = [(re.compile(a), b) for a, b in (
    ("eaux?$", "o"), ("aux?$", "o"), ("(?<=[^aeiou])ch", "sh"), ("^ch", "sh"), ("oi", "wa"), ("ou", "u"), ("qu", "k"),
    ("gn", "ny"), ("(?<=[aeiou])ill", "y"), ("eu", "e"), ("au", "o"),
    # silent endings: -es, -s, -x, -t, -d after a vowel or a consonant, a final mute e
    ("(?<=..)(?:es|[sxtdz]|(?<=[^aeiou])e)$", ""))]
_GERMAN_STEPS = [(re.compile(a), b) for a, b in (
    ("sch", "sh"), ("^w", "v"), ("(?<=[^aeiou])w", "v"), ("(?<=[aeiou])w(?=[aeiou])", "v"), ("ei", "ai"), ("eu", "oi"),
    ("ie", "i"), ("(?<=[aeiou])h(?=[^aeiou]|$)", ""))]


def french_sound(name: str) -> str:
    """A French place name spelt as it is said (what kana and Hangul transcribe): silent endings dropped
    (Nantes nant), ch as sh, oi as wa (Charleroi sharlerwa), eau as o (Bordeaux bordo)."""
    for pattern, repl in _FRENCH_STEPS:
        name = pattern.sub(repl, name)
    return name


_PINYIN_STEPS = tuple((re.compile(p, re.I), r) for p, r in (
    (r"zh", "j"), (r"c(?!h)", "ch"), (r"q", "ch"), (r"x", "sh")))


def pinyin_sound(name: str) -> str:
    """A Chinese place name in pinyin spelt as it is said, as Korean and Japanese transcribe it: q and c as ch
    (Wangqing 왕칭, Cangzhou 창저우), x as sh (Xiamen 샤먼), zh as j (Zhuhai 주하이)."""
    for pattern, repl in _PINYIN_STEPS:
        name = pattern.sub(repl, name)
    return name


def german_sound(name: str) -> str:
    """A German place name spelt as it is said: w as v (Würzburg vurzburg), ei as ai, eu as oi, ie as i,
    sch as sh, a lengthening h dropped."""
    for pattern, repl in _GERMAN_STEPS:
        name = pattern.sub(repl, name)
    return name
