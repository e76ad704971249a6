"""Russian spellings of Ukrainian place names, for build_gazetteer.py.

Russian-language reporting writes Ukrainian towns and villages in their Russian form: "Угледар" (Вугледар), "Часов Яр"
(Часів Яр), "Красногоровка" (Красногорівка), "Курахово" (Курахове), "Клещеевка" (Кліщіївка), "Марьинка" (Мар'їнка),
"Верхнекаменское" (Верхньокам'янське). The forms are derived from the official Ukrainian name by the regular
Ukrainian -> Russian correspondences for toponyms:

  -івка -> -овка / -евка (after a vowel: Андріївка -> Андреевка), -ів -> -ов, -ське -> -ское, -цьке -> -цкое,
  -ський -> -ский, -не -> -ное (Водяне -> Водяное) but possessive -ине -> -ино (Очеретине), -ове/-еве -> -ово/-ево
  (Курахове) or the adjective -овое (Степове), -ке -> -кое, -є -> -ее, -лля -> -лье (Привілля -> Приволье),
  і -> е / и / о by etymology, и -> и / ы, ї -> и (е before -вка), є -> е, ґ -> г, apostrophe -> ь or nothing,
  Верхньо- -> Верхне-, a few roots translated (Вугл- -> Угл-, Вовч- -> Волч-, Кам'ян- -> Камен-, Микола- ->
  Никола-, Олекс- -> Алекс-) and a few words (Велика -> Великая, Перша -> Первая, Північне -> Северное).

Where letters are ambiguous (і, и, ї, final -ове), a spelling attested in a Russian source wins: the Russian
dictionary of LanguageTool (org.languagetool:language-ru, LGPL; its nominative nouns and adjectives, which include
many toponyms written small: "андреевка", "марьинка"), the Russian names GeoNames gives places of Russia and Ukraine,
and HFLabs city.csv. Each word of a name is checked on its own; an unattested word keeps its regular (first) form.
"""
import itertools
import re

UKRAINIAN_LETTERS = set('іїєґ\'')
VOWELS = 'аеєиіїоуюяыэё'
LABIALS = 'бпвмф'
VELARS = 'кгхжшчщц'
MAXIMUM_VARIANTS = 512

# whole words translated rather than transcribed (besides any regular form)
WORDS = {
    'велика': ['великая'], 'великий': ['великий'], 'велике': ['великое'], 'великі': ['великие'],
    'мала': ['малая'], 'малий': ['малый'], 'мале': ['малое'], 'малі': ['малые'],
    'нова': ['новая'], 'новий': ['новый'], 'нове': ['новое'], 'нові': ['новые'],
    'стара': ['старая'], 'старий': ['старый'], 'старе': ['старое'], 'старі': ['старые'],
    'верхня': ['верхняя'], 'верхній': ['верхний'], 'верхнє': ['верхнее'], 'верхні': ['верхние'],
    'нижня': ['нижняя'], 'нижній': ['нижний'], 'нижнє': ['нижнее'], 'нижні': ['нижние'],
    'середня': ['средняя'], 'середній': ['средний'],
    'перша': ['первая'], 'перше': ['первое'], 'перший': ['первый'], 'друга': ['вторая'], 'друге': ['второе'],
    'другий': ['второй'], 'третя': ['третья'], 'третє': ['третье'],
    'північне': ['северное'], 'північний': ['северный'], 'південне': ['южное'], 'південний': ['южный'],
    'східне': ['восточное'], 'західне': ['западное'],
    'червоне': ['красное', 'червоное'], 'червона': ['красная', 'червоная'], 'червоний': ['красный', 'червоный'],
    'біла': ['белая'], 'білий': ['белый'], 'біле': ['белое'], 'чорна': ['черная'], 'чорне': ['черное'],
    'гола': ['голая'], 'зелена': ['зеленая'], 'зелений': ['зеленый'], 'сухий': ['сухой'], 'суха': ['сухая'],
    'жовте': ['желтое'], 'жовті': ['желтые'], 'води': ['воды'], 'яр': ['яр'], 'часів': ['часов'],
    'гуляйполе': ['гуляйполе'], 'дібрівка': ['дубровка'], 'діброва': ['дубрава'], 'кам\'янка': ['каменка'],
    'кам\'яне': ['каменное', 'каменское'], 'роботине': ['работино'], 'олешки': ['алешки', 'олешки'],
    'бердичі': ['бердычи'], 'кринки': ['крынки', 'кринки'], 'терни': ['терны'], 'піски': ['пески'],
    'лиман': ['лиман'], 'рівне': ['ровно', 'ровное'], 'київ': ['киев'], 'харків': ['харьков'], 'дніпро': ['днепр', 'днепро'],
}
# roots replaced wherever they occur in a word, each by its Russian forms (the first is the regular one)
ROOTS = [
    ("верхньо", ['верхне']), ("нижньо", ['нижне']), ("червоно", ['красно', 'червоно']),
    ("вугл", ['угл']), ("вузл", ['узл']), ("вовч", ['волч']), ("вовк", ['волк']), ("вільн", ['вольн']),
    ("кам'ян", ['камен', 'каменн']), ("микол", ['никол']), ("вогн", ['огн']), ("чорн", ['черн']), ("олександр", ['александр']), ("олекс", ['алекс']),
    ("оле", ['еле', 'але', 'оле']), ("ганн", ['анн', 'ганн']), ("катерин", ['екатерин', 'катерин']),
    ("пилип", ['филипп', 'пилип']), ("опанас", ['афанас']), ("гнат", ['игнат', 'гнат']), ("хом", ['фом', 'хом']), ("костянтин", ['константин']),
    ("слов'ян", ['славян']), ("дніпро", ['днепро']), ("жовт", ['желт']), ("пів", ['полу', 'пив']),
    ("лютів", ['лютов']), ("святогір", ['святогор']), ("піщан", ['песчан']), ("під", ['под']),
]
INITIAL_ROOTS = {'вогн', 'оле', 'пів', 'під', 'хом', 'гнат', 'ганн', 'пилип', 'опанас', 'катерин'}
NEUTER_ADJECTIVE = re.compile(r'(.*[^аеєиіїоуюяь\'])е$')


def is_russian(name):
    """Whether a Cyrillic name may be Russian: no Ukrainian letters or apostrophe (it may still be Ukrainian too)."""
    return re.search(r'[А-Яа-яЁё]', name) is not None and not set(name.lower()) & UKRAINIAN_LETTERS


def _ending(word):
    """The Russian endings of a Ukrainian word's ending, regular first, and the stem before it."""
    rules = [
        ('ський', ['ский']), ('цький', ['цкий']), ('ська', ['ская']), ('цька', ['цкая']), ('ське', ['ское']),
        ('цьке', ['цкое']), ('ські', ['ские']), ('цькі', ['цкие']), ('ськ', ['ск']), ('цьк', ['цк']),
        ('іївка', ['еевка', 'иевка']), ('аївка', ['аевка']), ('оївка', ['оевка']), ("'ївка", ['ьевка']),
        ('ївка', ['евка']), ('івка', ['овка', 'евка', 'ьевка']), ('їнка', ['инка']), ("'їнка", ['ьинка']),
        ('ине', ['ино', 'иное']), ('іне', ['ино']), ('їне', ['ино', 'ьино']), ('нне', ['нное']), ('не', ['ное']),
        ('йове', ['ьево', 'йово']), ('ове', ['ово', 'овое']), ('еве', ['ево', 'евое']), ('єве', ['ево', 'евое']), ('ьове', ['ево', 'ьево']),
        ('ке', ['кое']), ('ге', ['гое']), ('є', ['ее']), ('ій', ['ий']), ('ий', ['ый', 'ий', 'ой']),
        ('ілля', ['олье', 'елье', 'илье']), ('лля', ['лье']), ('ння', ['нье']), ('ття', ['тье']),
        ('нна', ['нная']), ('ів', ['ов', 'ев']), ('їв', ['ев']), ("ір'я", ['орье', 'ерье']), ("'я", ['ье']),
        ('ччя', ['чье']), ('жжя', ['жье']), ('сся', ['сье']), ('ззя', ['зье']), ('ець', ['ец']), ('цько', ['цко']),
        ('сько', ['ско']),
    ]
    if re.search('[чшщж]івка$', word):
        return word[:-4], ['евка', 'овка']
    for ukrainian, russian in rules:
        if word.endswith(ukrainian) and len(word) > len(ukrainian) + 1:
            return word[:-len(ukrainian)], russian
    match = NEUTER_ADJECTIVE.match(word)
    if match and len(word) >= 5:
        return match.group(1), ['ое']
    if word.endswith('і') and len(word) >= 4:
        before = word[-2]
        return word[:-1], ['ы'] if before == 'ц' else ['ы', 'и'] if before not in VELARS + VOWELS else ['и']
    if word.endswith('и') and len(word) >= 4:
        before = word[-2]
        return word[:-1], ['ы', 'и'] if before not in VELARS else ['и']
    return word, ['']


def _letters(stem, final):
    """Choice lists for the letters of a stem (the whole word when final), regular form first."""
    choices = []
    i = 0
    while i < len(stem):
        for root, forms in ROOTS:
            if stem.startswith(root, i) and (root not in INITIAL_ROOTS or i == 0):
                choices.append(forms)
                i += len(root)
                break
        else:
            c = stem[i]
            before = stem[i - 1] if i > 0 else ''
            after = stem[i + 1] if i + 1 < len(stem) else ''
            if c == 'і':
                if before == '' or before in VOWELS:
                    choices.append(['и'])
                elif final and re.fullmatch('[^' + VOWELS + ']+', stem[i + 1:]) or after == 'в' and i + 2 < len(stem) \
                        and stem[i + 2] not in VOWELS:
                    choices.append(['о', 'е', 'и'])  # a closed syllable: Єзупіль, Горбівці
                else:
                    choices.append(['е', 'и', 'о'])  # Біла, Сіверськ, Кліщіївка
            elif c == 'ї':
                choices.append(['и', 'е'] if before in VOWELS or before == '' else ['ьи', 'и'])
            elif c == 'и':
                choices.append(['и'] if before in VELARS or before == '' or before in VOWELS else ['и', 'ы'])
            elif c == 'є':
                choices.append(['е'])
            elif c == 'е':
                choices.append(['э', 'е'] if before == '' else ['е'])
            elif c == 'ґ':
                choices.append(['г'])
            elif c == after and c not in VOWELS and i + 2 < len(stem) and stem[i + 2] in 'ія':
                # "Іллінка" -> "Ильинка", "Весілля": a doubled consonant before і or я is one soft consonant
                choices.append([c + 'ьи', c + 'ье', c + c + 'и'] if stem[i + 2] == 'і' else [c + 'ья', c + c + 'я'])
                i += 2
            elif c == 'ь' and after == 'о':
                choices.append(['ье', 'ё', 'е'])
                i += 1
            elif c == 'й' and after == 'о' and before and before not in VOWELS:
                choices.append(['ье', 'ьё', 'йо'])  # Соловйове -> Соловьево
                i += 1
            elif c == "'":
                if before in LABIALS:
                    choices.append([''])
                else:
                    choices.append(['ь', 'ъ'])
            else:
                choices.append([c])
            i += 1
    return choices


def word_variants(word):
    """Russian forms of one lowercase Ukrainian word, cheapest (most regular) first."""
    if word in WORDS:
        return list(WORDS[word])
    stem, endings = _ending(word)
    choices = _letters(stem, endings == ['']) + [endings]
    combos = []
    for picks in itertools.islice(itertools.product(*[list(enumerate(c)) for c in choices]), MAXIMUM_VARIANTS * 8):
        cost = sum(rank for rank, _ in picks)
        combos.append((cost, ''.join(letter for _, letter in picks)))
    combos.sort(key=lambda c: c[0])
    return list(dict.fromkeys(form for _, form in combos[:MAXIMUM_VARIANTS]))


def russian_spellings(ukrainian, attested):
    """Russian spellings of a Ukrainian place name: per word (and hyphenated part), every attested form if any, else
    the regular one; the name's casing is kept word by word."""
    name = ukrainian.replace('’', "'").replace('ʼ', "'")

    def spell(word):
        lower = word.lower()
        variants = word_variants(lower)
        known = [v for v in variants if v in attested]
        chosen = known[:3] or variants[:1]
        if not known and re.search('[оеє]ве$', lower) and not lower.endswith('йове'):
            # possessive "Зайцеве" -> "Зайцево" or adjective "Степове" -> "Степовое": both when neither is attested
            chosen += [v for v in variants if v.endswith('вое')][:1]
        return [cased(v, word) for v in chosen]

    def cased(russian, word):
        parts = russian.split('-')
        originals = word.split('-')
        if len(parts) != len(originals):
            return russian[:1].upper() + russian[1:] if word[:1].isupper() else russian
        return '-'.join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, originals))

    def spell_part(word):
        if '-' in word:
            whole = [v for v in word_variants(word.lower()) if v in attested]
            if whole:
                return [cased(v, word) for v in whole[:2]]
            forms = ['']
            for i, part in enumerate(word.split('-')):
                forms = [f + ('-' if i else '') + p for f in forms for p in spell(part)]
            return forms
        return spell(word)

    words = name.split(' ')
    forms = ['']
    for i, word in enumerate(words):
        spelled = spell_part(word)
        # "Гола Пристань", "Зелена Балка": a feminine adjective before another word
        if i + 1 < len(words) and word.lower() not in WORDS and re.search('([нлтрв]|ок)а$', word):
            spelled = [s + 'я' if s.endswith('а') else s for s in spelled]
        forms = [f + (' ' if i else '') + s for f in forms for s in spelled]
    return [f for f in dict.fromkeys(forms) if f != ukrainian]
