/// Agora's own sentiment vocabulary: boosters, negations, contrasts, idioms, emoji, and words
/// added to or corrected in the resource lexicons (opinion and tech vocabulary, tweets).
enum SentimentRules {
  /// Booster increment on VADER's scale (added in the direction of the boosted word's sign).
  static let boost = 0.293
  /// Factor applied to a negated word (VADER's N_SCALAR).
  static let negationFactor = -0.74
  /// Valence added to a word written in capitals inside a text that is not all capitals.
  static let capitalBoost = 0.733
  /// Factor on a positive English lexicon valence: VADER's lexicon reads review sentences too
  /// positively (negative sentences scored positive twice as often as the reverse).
  static let englishPositiveScale = 0.75
  /// Valence of English `too` before another word (`too long`, `too sweet`): excess.
  static let excess = -1.0
  /// Sum of an English sentence whose only opinion is a negation (`it does not fold`).
  static let bareNegation = -0.5

  /// Words after which English `like` compares (`feels like`, `is like`) rather than likes.
  static let comparisonVerbs: Set<String> = [
    "feel", "feels", "felt", "feeling", "look", "looks", "looked", "looking", "seem", "seems",
    "seemed", "sound", "sounds", "sounded", "is", "was", "are", "were", "be", "been", "being",
    "it", "more", "less", "much", "something", "nothing", "anything", "just", "plays", "play",
    "played", "acts", "act", "acted", "smells", "tastes", "taste", "thing", "things", "stuff",
  ]

  /// Intensifiers (+) and diminishers (−), English and French; values multiply `boost`.
  static let boosters: [String: Double] = {
    var map: [String: Double] = [:]
    let up =
      """
      absolutely amazingly awfully completely considerably decidedly deeply effing enormously
      entirely especially exceptionally extremely fabulously flipping fucking fully greatly
      hella highly hugely incredibly intensely majorly more most particularly purely quite
      really remarkably so substantially thoroughly totally tremendously uber unbelievably
      unusually utterly very truly super
      très trop vraiment tellement hyper extrêmement totalement complètement absolument
      particulièrement vachement carrément grave énormément franchement profondément
      terriblement incroyablement parfaitement tant plus
      """
    let down =
      """
      almost barely hardly marginally occasionally partly scarcely slightly somewhat
      sort kind kinda sorta less little
      peu légèrement moyennement plutôt assez presque guère moins
      """
    for word in up.split(whereSeparator: \.isWhitespace) { map[String(word)] = 1 }
    for word in down.split(whereSeparator: \.isWhitespace) { map[String(word)] = -1 }
    return map
  }()

  /// Words that negate what follows (within three words). English `no` is left out: it carries
  /// its own valence, as in VADER.
  static let negators: Set<String> = [
    "not", "never", "nor", "dont", "cant", "doesnt", "didnt", "isnt", "wont", "wasnt", "arent",
    "werent", "couldnt", "wouldnt", "shouldnt", "aint", "rarely", "seldom", "despite", "none",
    "nothing", "nobody", "neither", "without", "cannot",
    "nowhere", "hardly", "ne", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni",
    "nullement",
  ]

  /// Words after which the clause weighs more (×1.5) and before which less (×0.5).
  static let contrasts: Set<String> = [
    "but", "however", "nevertheless", "yet", "mais", "pourtant", "cependant", "toutefois",
    "néanmoins",
  ]

  /// The first words of ``idioms``: only a text word among these can start one.
  static let idiomStarts: Set<String> = Set(
    idioms.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

  /// Two-word idioms and their valence, read before single words.
  static let idioms: [String: Double] = [
    "pas mal": 1.5, "pas terrible": -1.6, "pas top": -1.6, "pas fou": -1.2, "pas ouf": -1.2,
    "pas génial": -1.5, "pas grave": 0.8, "pas de souci": 1.0, "pas de problème": 1.0,
    "sans problème": 1.2, "sans souci": 1.2, "not bad": 1.5, "no problem": 1.2,
    "no doubt": 1.0, "not great": -1.5, "not good": -1.9, "bien joué": 2.2, "well done": 2.2,
    "à chier": -2.8, "de merde": -2.8, "trop bien": 2.6, "trop cool": 2.6, "must have": 2.0,
    "waste of": -2.0, "de rêve": 2.2, "sans intérêt": -2.0, "worth it": 2.0,
    "highly recommend": 2.8, "fell apart": -2.0, "stopped working": -2.2,
    "should have": -1.0, "could have": -0.8, "supposed to": -1.0,
    "the only": -0.5, "not work": -2.0, "not working": -2.0, "not buy": -1.8, "ne marche": -1.0,
    "ne fonctionne": -1.0,
  ]

  /// Emoji and their valence.
  static let emoji: [String: Double] = {
    var map: [String: Double] = [:]
    let positive = "😀😃😄😁😆😊🙂😉😍🥰😘😗😙😚😋😛😜😝🤗🤩😎👍👏🙌💪🎉🎊✨💯❤💕💖💗💙💚💛💜🧡🤍💓💞😇🥳🌟⭐🔥👌✅🙏🤣😂😹😸😺☺"
    let negative = "😞😟😠😡🤬😢😭😤😩😫😖😣😕🙁☹😒😔😓😰😨😱👎💔🤮🤢😷🙄😬😑😐❌⚠💩😿👿😾"
    let strong: Set<Character> = ["😍", "🥰", "🤩", "❤", "💯", "🥳", "😡", "🤬", "😭", "🤮", "💩", "💔"]
    for character in positive { map[String(character)] = strong.contains(character) ? 3.0 : 2.0 }
    for character in negative { map[String(character)] = strong.contains(character) ? -3.0 : -2.0 }
    map["😐"] = -0.5
    map["😑"] = -0.8
    map["🤔"] = -0.3
    return map
  }()

  /// English words added to or corrected in VADER's lexicon (product and tech opinion words).
  static let englishWords: [String: Double] = [
    "recommend": 2.0, "recommended": 2.0, "worth": 1.2, "reliable": 1.9, "unreliable": -2.0,
    "sturdy": 1.5, "flimsy": -1.8, "fast": 0.8, "slow": -1.2, "sluggish": -1.6, "laggy": -1.8,
    "buggy": -2.0, "bug": -1.2, "bugs": -1.2, "crash": -2.0, "crashes": -2.0, "crashed": -2.0,
    "broken": -2.0, "broke": -1.6, "defective": -2.3, "faulty": -2.0, "glitch": -1.6,
    "glitches": -1.6, "overpriced": -2.0, "cheap": -0.4, "affordable": 1.5, "intuitive": 1.9,
    "clunky": -1.6, "responsive": 1.3, "crisp": 1.4, "durable": 1.6, "refund": -1.2,
    "returned": -1.0, "junk": -2.4, "lemon": -1.2, "flawless": 2.8, "seamless": 2.0,
    "smooth": 1.3, "disappointing": -2.2, "disappointed": -2.1, "mediocre": -1.6,
    "bland": -1.5, "dull": -1.7, "tedious": -1.9, "boring": -1.9, "predictable": -1.2,
    "masterpiece": 3.2, "gem": 2.2, "unwatchable": -3.0, "forgettable": -1.6,
    "overlong": -1.3, "pointless": -1.8, "clichéd": -1.4, "cliched": -1.4, "cliché": -1.2,
    "formulaic": -1.5, "riveting": 2.4, "gripping": 2.0, "engrossing": 2.2, "compelling": 2.0,
    "witty": 2.0, "moving": 1.4, "poignant": 1.6, "touching": 1.8, "heartfelt": 2.0,
    "mess": -1.8, "misfire": -1.8, "stunning": 2.8, "superb": 3.0, "solid": 1.2,
    "top": 1.2, "hype": -0.3, "overrated": -1.8, "underrated": 1.2, "scam": -2.6,
    "fraud": -2.6, "lying": -2.0, "lies": -1.8, "trustworthy": 2.0, "untrustworthy": -2.2,
    "support": 0.5, "pretty": 0.5, "joke": -0.5, "jokes": 0, "unfunny": -2.0, "poorly": -1.8,
    "generic": -1.2, "stale": -1.5, "tiresome": -1.8, "devoid": -1.5, "pretentious": -1.8,
    "contrived": -1.6, "superficial": -1.4, "meandering": -1.4, "cheesy": -1.3,
    "clumsy": -1.5, "clumsily": -1.5, "incoherent": -1.8, "shallow": -1.4, "sloppy": -1.7,
    "hollow": -1.4, "listless": -1.6, "lifeless": -1.9, "uninspired": -1.8, "plodding": -1.5,
    "inept": -2.0, "amateurish": -1.9, "lacks": -1.3, "lacking": -1.3, "overwrought": -1.5,
    "uneven": -1.0, "implausible": -1.3, "derivative": -1.3, "unnecessary": -1.2,
    "leaden": -1.8, "soggy": -1.4, "stiff": -1.0, "unimaginative": -1.8, "inane": -2.0,
    "lackluster": -1.8, "soulless": -2.0, "wooden": -1.2, "stilted": -1.5,
    "unconvincing": -1.6, "banal": -1.6, "preachy": -1.4, "muddled": -1.5, "witless": -2.0,
    "simplistic": -1.2, "tepid": -1.4, "inconsequential": -1.3, "disposable": -1.0,
    "flaw": -1.2, "choppy": -1.2, "refreshing": 1.8, "refreshingly": 1.6, "inventive": 1.8,
    "mesmerizing": 2.3, "absorbing": 1.6, "tender": 1.4, "realistic": 1.0, "unexpected": 0.6,
    "intimate": 1.0, "captivating": 2.4, "enthralling": 2.4, "thoughtful": 1.8,
    "insightful": 2.0, "imaginative": 1.9, "ingenious": 2.3, "endearing": 2.0,
    "heartwarming": 2.3, "uplifting": 2.2, "exhilarating": 2.4, "affecting": 1.2,
    "handy": 1.2, "convenient": 1.4, "incredible": 2.6, "extraordinary": 2.4,
    "exceptional": 2.6, "superbly": 2.9, "masterful": 2.8, "polished": 1.6, "deft": 1.8,
    "deftly": 1.8, "nuanced": 1.6, "evocative": 1.6, "vivid": 1.5, "vividly": 1.5,
    "dazzling": 2.5, "striking": 1.6, "resonant": 1.5, "intoxicating": 1.8,
    "exquisitely": 2.6, "undeniably": 1.0, "unique": 1.3,
  ]

  /// French words added to or corrected in VADER-FR's lexicon (opinion, tweets, tech).
  static let frenchWords: [String: Double] = [
    "top": 2.0, "génial": 2.6, "géniale": 2.6, "géniaux": 2.6, "super": 2.0, "nul": -2.0,
    "nulle": -2.0, "nuls": -2.0, "nulles": -2.0, "bof": -1.0, "mdr": 1.5, "ptdr": 1.5,
    "lol": 1.2, "bravo": 2.5, "merci": 1.5, "honte": -2.5, "honteux": -2.6, "honteuse": -2.6,
    "scandale": -2.5, "scandaleux": -2.6, "scandaleuse": -2.6, "arnaque": -2.6,
    "catastrophe": -2.6, "catastrophique": -2.8, "lamentable": -2.6, "magnifique": 3.0,
    "parfait": 2.8, "parfaite": 2.8, "excellent": 3.0, "excellente": 3.0, "terrible": -2.0,
    "horrible": -2.8, "nickel": 2.0, "cool": 1.6, "chouette": 2.0, "bien": 1.0,
    "mal": -1.5, "mauvais": -2.0, "mauvaise": -2.0, "fiable": 1.9, "fiables": 1.9,
    "lent": -1.2, "lente": -1.2, "rapide": 0.8, "efficace": 1.8, "efficaces": 1.8,
    "inefficace": -1.8, "buggé": -2.0, "bug": -1.2, "bugs": -1.2, "plante": -1.0,
    "décevant": -2.2, "décevante": -2.2, "déçu": -2.0, "déçue": -2.0, "déçus": -2.0,
    "déception": -2.2, "mensonge": -2.0, "mensonges": -2.0, "menteur": -2.2,
    "dangereux": -2.0, "dangereuse": -2.0, "inquiétant": -1.8, "inquiétante": -1.8,
    "inquiet": -1.6, "peur": -1.8, "heureux": 2.7, "heureuse": 2.7, "content": 2.0,
    "contente": 2.0, "ravi": 2.6, "ravie": 2.6, "adore": 2.8, "adoré": 2.8, "j'adore": 2.8,
    "aime": 2.0, "aimé": 2.0, "déteste": -2.6, "détesté": -2.6, "marre": -2.0,
    "ras-le-bol": -2.2, "pire": -2.4, "meilleur": 2.0, "meilleure": 2.0, "bon": 1.6,
    "bonne": 1.6, "bons": 1.6, "bonnes": 1.6, "beau": 2.0, "belle": 2.0, "sympa": 2.0,
    "dommage": -1.6, "hélas": -1.4, "malheureusement": -1.6, "heureusement": 1.4,
    "gâchis": -2.0, "gaspillage": -1.8, "pollution": -1.6, "polluant": -1.6,
    "polluante": -1.6, "propre": 1.0, "propres": 1.0, "durable": 1.2, "durables": 1.2,
    "progrès": 1.6, "espoir": 1.8, "réussite": 2.4, "succès": 2.4, "échec": -2.2,
    "crise": -1.8, "danger": -2.0, "menace": -2.0, "risque": -1.0, "risques": -1.0,
    "mort": -2.4, "morts": -2.4, "tue": -2.4, "tuer": -2.6, "ridicule": -2.2,
    "absurde": -1.8, "stupide": -2.2, "débile": -2.4, "con": -2.2, "cons": -2.2,
    "connerie": -2.4, "conneries": -2.4, "merde": -2.6, "putain": -1.6, "chiant": -2.0,
    "chiante": -2.0, "énervant": -2.0, "énerve": -2.0, "fier": 2.0, "fière": 2.0,
    "félicitations": 2.8, "enfin": 0.6, "hâte": 1.6, "vivement": 1.4, "incroyable": 1.8,
    "impressionnant": 2.2, "impressionnante": 2.2, "intéressant": 1.8, "intéressante": 1.8,
    "utile": 1.6, "utiles": 1.6, "inutile": -1.8, "inutiles": -1.8, "cher": -0.8,
    "chère": -0.8, "trop": 0, "faux": -1.4, "fausse": -1.4, "vrai": 0.5, "non": -1.0,
  ]
}
