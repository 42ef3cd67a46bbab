/// French and English stop words: function words left out of terms, themes and labels.
///
/// Lists are lower case, accents kept; elided forms appear expanded (`l'` is `le`).
/// Negations (`pas`, `not`) are stop words for themes but are read by the sentiment rules.
public enum StopWords {
  /// French stop words.
  public static let french: Set<String> = Set(
    """
    a à afin ai aie aient aies ait alors as au aucun aucune aura aurai auraient aurais aurait
    auras aurez auriez aurions aurons auront aussi autre autres aux avaient avais avait avant
    avec avez aviez avions avoir avons ayant ayez ayons bah ben bon ça car ce ceci cela celle
    celles celui cependant certes ces cet cette ceux chaque chez ci comme comment d dans de
    des donc dont du elle elles en encore entre es est et étaient étais était étant été êtes
    étiez étions être eu eue eues eûmes eurent eus eusse eut eux fait faire fais ferait font
    furent fus fut ici il ils j je jusque l la le les leur leurs lors lorsque lui m ma mais me
    même mêmes mes moi mon n na ne ni nos notre nous on ont ou où par parce pas peu peut
    peuvent plus pour pourquoi puis puisque qu quand que quel quelle quelles quels qui quoi
    quoique s sa sans se sera serai seraient serais serait seras serez seriez serions serons
    seront ses si sien soi soient sois soit sommes son sont sous suis sur t ta te tes toi ton
    tous tout toute toutes très tu un une unes uns v va vais voici voilà vont vos votre vous vu
    y déjà ainsi après avant-hier aujourd'hui hier demain oui non rt via cc lol mdr ptdr svp
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// English stop words.
  public static let english: Set<String> = Set(
    """
    a about above after again against all also am an and any are aren as at be because been
    before being below between both but by can cannot could couldn did didn do does doesn
    doing don down during each few for from further get gets got had hadn has hasn have
    haven having he her here hers herself him himself his how i if in into is isn it its
    itself just let me more most mustn my myself no nor not now of off on once only or other
    ought our ours ourselves out over own same shan she should shouldn so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up upon us very was wasn we were weren what when where which while who whom why
    will with won would wouldn you your yours yourself yourselves one two may might must
    shall also via etc e.g i.e rt amp im ive youre thats dont doesnt cant wont
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// The stop words for `language`; for `.other`, the union of both lists.
  public static func list(for language: Language) -> Set<String> {
    switch language {
    case .french: return french
    case .english: return english
    case .other: return otherLanguage
    }
  }

  private static let otherLanguage: Set<String> = french.union(english)
}
