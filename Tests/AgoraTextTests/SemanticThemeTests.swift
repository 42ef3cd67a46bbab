import Testing

@testable import AgoraText

@Suite struct SemanticThemeTests {
  /// Three subjects, each in French and English, with a few texts that belong to none.
  static let texts: [String] = {
    let synthetic = [
      "Les données synthétiques ne remplacent pas les vraies données.",
      "Entraîner un modèle sur des données synthétiques, c'est risqué.",
      "Les données synthétiques générées par une IA appauvrissent le modèle.",
      "Des données synthétiques partout, la qualité du modèle va baisser.",
      "Synthetic data cannot replace real data for training.",
      "Training a model on synthetic data is risky.",
      "Synthetic data made by an AI makes the next model worse.",
    ]
    let bid = [
      "Musk veut racheter OpenAI pour 97 milliards de dollars.",
      "L'offre de rachat d'OpenAI par Musk est un coup de com.",
      "Le conseil d'OpenAI a refusé l'offre de Musk.",
      "Musk's bid to buy OpenAI for 97 billion dollars is a stunt.",
      "The OpenAI board rejected Musk's offer.",
      "Musk wants to buy OpenAI to slow it down.",
    ]
    let compute = [
      "Colossus compte cent mille GPU Nvidia H100.",
      "La puissance de calcul de Colossus est énorme : des GPU par milliers.",
      "Colossus has one hundred thousand Nvidia H100 GPUs.",
      "The compute of Colossus is huge: GPUs by the thousand.",
      "So many GPUs in one cluster, the power bill must be insane.",
    ]
    return synthetic + bid + compute
  }()

  @Test func nearestCandidateSaysTheSame() throws {
    let table = try #require(SemanticTable.bundled)
    let candidates = ["horaires train", "données réelles", "données synthétiques"]
    #expect(
      ThemeLabeller.closest(to: "synthetic data", among: candidates, table: table)
        == "données synthétiques")
    #expect(
      ThemeLabeller.closest(to: "synthetic data", among: candidates, table: nil)
        == "horaires train")
    // Nothing near enough: no pair.
    #expect(ThemeLabeller.closest(to: "grok", among: ["horaires train"], table: table) == nil)
  }

  @Test func isDeterministic() throws {
    try #require(SemanticTable.bundled != nil)
    let first = TextAnalyzer().analyze(Self.texts)
    let second = TextAnalyzer().analyze(Self.texts)
    #expect(first.themes == second.themes)
    #expect(first.texts == second.texts)
  }

  @Test func outliersStayWithinTheirShare() throws {
    try #require(SemanticTable.bundled != nil)
    var options = ThemeOptions()
    options.maxOutlierShare = 0.1
    let result = TextAnalyzer(themeOptions: options).themes(Self.texts)
    #expect(result.outliers.count == Self.texts.count)
    #expect(result.outlierShare <= 0.1)
    // Outliers are attached to a theme all the same.
    #expect(result.assignments.allSatisfy { $0 != nil })
  }

  @Test func bilingualThemeIsLabelledInBothLanguages() {
    let extractor = TermExtractor()
    let tokenizer = Tokenizer()
    let french = Self.texts.prefix(4).map {
      extractor.terms(tokens: tokenizer.tokens($0), language: .french)
    }
    let english = Self.texts[4..<7].map {
      extractor.terms(tokens: tokenizer.tokens($0), language: .english)
    }
    let documents = french + english
    let languages: [Language] =
      Array(repeating: .french, count: 4) + [.english, .english, .english]
    let labeller = ThemeLabeller(documents: documents, sample: Array(documents.indices))
    let terms = labeller.labelTerms(
      central: Array(documents.indices), documents: documents, languages: languages)
    #expect(terms.prefix(2) == ["données synthétiques", "synthetic data"])
    // With the word table, the English term is the one nearest to the French one.
    let table = SemanticTable.bundled
    let matched = labeller.labelTerms(
      central: Array(documents.indices), documents: documents, languages: languages,
      table: table)
    #expect(matched.prefix(2) == ["données synthétiques", "synthetic data"])
    // One English text in five is not enough for a second language in the label.
    let mostlyFrench = Array(0..<5)
    #expect(
      labeller.labelTerms(central: mostlyFrench, documents: documents, languages: languages)
        == labeller.labelTerms(members: mostlyFrench, documents: documents))
  }

  @Test func commonWordsWeighLessThanSpecificOnes() throws {
    let table = try #require(SemanticTable.bundled)
    let specific = try #require(table.specificity(of: "turbines"))
    let common = try #require(table.specificity(of: "juste"))
    #expect(common < 0.5 && specific > 0.8, "juste \(common), turbines \(specific)")
    #expect(table.specificity(of: "lmarena") == nil, "a word without a row has no weight")
  }

  @Test func labelsPreferWordsThatSetTheThemeApart() throws {
    // Every text holds "juste" and "turbines" once: equal counts, so only specificity decides.
    let texts = [
      "Juste des turbines à gaz pour alimenter le centre.",
      "Des turbines juste à côté des habitations.",
      "C'est juste du bruit, ces turbines.",
    ]
    let extractor = TermExtractor()
    let tokenizer = Tokenizer()
    let documents = texts.map { extractor.terms(tokens: tokenizer.tokens($0), language: .french) }
    var labeller = ThemeLabeller(documents: documents, sample: Array(documents.indices))
    labeller.maxTerms = 1
    let plain = labeller.labelTerms(members: Array(documents.indices), documents: documents)
    labeller.table = try #require(SemanticTable.bundled)
    let weighed = labeller.labelTerms(members: Array(documents.indices), documents: documents)
    #expect(plain == ["juste"], "alphabetical order breaks the tie without a table")
    #expect(weighed == ["turbines"])
  }
}
