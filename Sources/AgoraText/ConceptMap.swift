/// A small bilingual map of domain words to shared concept terms, so that French and English
/// texts on one subject share features.
///
/// A concept term is the English word prefixed with `~` (`~data`), which no stem can be.
/// Lookup is on the lower-case word before stemming, accents kept.
public enum ConceptMap {
  /// Words (French and English, inflected forms included) and their concept term.
  public static let concepts: [String: String] = {
    let groups: [(String, String)] = [
      ("data", "data données donnée datas dataset datasets"),
      ("synthetic", "synthetic synthétique synthétiques synthetically"),
      ("reliable", "reliable fiable fiables reliability fiabilité unreliable"),
      ("buy", "buy buys bought buying racheter rachat rachète rachèterait rachats acheter achat"),
      ("performance", "performance performances"),
      ("model", "model models modèle modèles"),
      ("training", "training train trained entraînement entraîner entraîné entraînés"),
      ("truth", "truth true vérité vrai vraie"),
      ("lie", "lie lies lying mensonge mensonges ment mentir menteur"),
      ("intelligence", "intelligence"),
      ("artificial", "artificial artificielle artificiel"),
      ("privacy", "privacy confidentialité vie-privée"),
      ("security", "security sécurité safety"),
      ("price", "price prices prix cost costs coût coûts"),
      ("free", "free gratuit gratuite gratuits"),
      ("company", "company companies entreprise entreprises société sociétés"),
      ("government", "government gouvernement gouvernements"),
      ("energy", "energy énergie énergies"),
      ("climate", "climate climat climatique"),
      ("election", "election elections élection élections"),
      ("law", "law laws loi lois regulation régulation réglementation"),
      ("job", "job jobs emploi emplois travail"),
      ("future", "future avenir futur"),
      ("danger", "danger dangers dangerous dangereux dangereuse risk risks risque risques"),
      ("open", "open ouvert ouverte ouverts"),
      ("source", "source sources"),
      ("benchmark", "benchmark benchmarks"),
      ("computer", "computer computers ordinateur ordinateurs"),
      ("internet", "internet web"),
      ("phone", "phone phones téléphone téléphones smartphone smartphones"),
      ("bias", "bias biased biais biaisé biaisés"),
      ("censorship", "censorship censure"),
      ("misinformation", "misinformation désinformation disinformation"),
    ]
    var map: [String: String] = [:]
    for (concept, words) in groups {
      for word in words.split(separator: " ") { map[String(word)] = "~" + concept }
    }
    return map
  }()
}
