import AgoraText
import ArgumentParser
import Foundation

extension Agora {
  /// `agora eval`: scores Agora's text analysis on labelled TSV files.
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score sentiment or themes against a labelled TSV file.",
      subcommands: [Sentiment.self, Clusters.self, Vectors.self]
    )
  }
}

extension Agora.Eval {
  /// `agora eval sentiment FILE.tsv`: accuracy, macro-F1 and binary accuracy.
  struct Sentiment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score sentiment labels on a TSV file with columns id, score, label, text.")

    @Argument(help: "UTF-8 TSV file with a header naming the label and text columns.")
    var file: String

    @Flag(help: "Print one JSON object on one line.")
    var json = false

    /// Overrides the neutral band of every language.
    @Option(help: .hidden) var threshold: Double?

    func run() throws {
      let rows = try Agora.Eval.readRows(file)
      var gold: [SentimentLabel] = []
      for row in rows {
        guard let label = SentimentLabel(rawValue: row.label.lowercased()) else {
          throw TextError.unknownLabel(file: file, line: row.line, label: row.label)
        }
        gold.append(label)
      }
      var analyzer = SentimentAnalyzer()
      if let threshold {
        analyzer.threshold = threshold
        analyzer.frenchThreshold = threshold
      }
      let results = TextAnalyzer(sentiment: analyzer).sentiments(rows.map(\.text))
      let predicted = results.map(\.overall.label)
      let labels = SentimentLabel.allCases.filter { gold.contains($0) }
      let accuracy = Metrics.accuracy(gold: gold, predicted: predicted)
      let macro = Metrics.macroF1(gold: gold, predicted: predicted, labels: labels)
      var binaryRight = 0
      var binaryCount = 0
      for (truth, result) in zip(gold, results) where truth != .neutral {
        binaryCount += 1
        let score = result.overall.score
        if (truth == .positive && score > 0) || (truth == .negative && score < 0) {
          binaryRight += 1
        }
      }
      let binary = binaryCount > 0 ? Double(binaryRight) / Double(binaryCount) : 0
      if json {
        print(
          "{\"task\":\"sentiment\",\"n\":\(rows.count),\"accuracy\":\(fmt(accuracy)),"
            + "\"macro_f1\":\(fmt(macro)),\"binary_accuracy\":\(fmt(binary))}")
        return
      }
      print("sentiment  \(file)")
      print("items            \(rows.count)")
      print("accuracy         \(fmt(accuracy))")
      print(
        "macro-F1         \(fmt(macro))   over \(labels.map(\.rawValue).joined(separator: ","))")
      print("binary accuracy  \(fmt(binary))   on \(binaryCount) pos/neg items")
      let all = SentimentLabel.allCases
      let matrix = Metrics.confusionMatrix(gold: gold, predicted: predicted, labels: all)
      print("\nconfusion (rows gold, columns predicted)")
      print("gold\\pred" + all.map { pad($0.rawValue, 8) }.joined())
      for (row, label) in all.enumerated() where labels.contains(label) {
        print(pad(label.rawValue, 9, left: false) + matrix[row].map { pad(String($0), 8) }.joined())
      }
    }
  }

  /// `agora eval clusters FILE.tsv`: NMI and ARI of the themes found against gold topics.
  struct Clusters: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score themes on a TSV file with columns label, text (k is found, not read).")

    @Argument(help: "UTF-8 TSV file with a header naming the label and text columns.")
    var file: String

    @Flag(help: "Print one JSON object on one line.")
    var json = false

    @Option(help: "Force this number of themes instead of choosing it.")
    var themes: Int?

    @Option(help: "The vector space themes are found in: semantic (default) or tfidf.")
    var vectors: VectorSpace = .semantic

    @Option(help: .hidden) var restarts = 10
    @Option(help: .hidden) var neighbours = ThemeOptions().neighbours
    @Option(help: .hidden) var resolution = ThemeOptions().resolution
    @Option(help: .hidden) var tfidfShare = ThemeOptions().tfidfShare
    @Option(help: .hidden) var sample = ThemeOptions().communitySample
    @Option(help: .hidden) var missingWeight = ThemeOptions().missingWordWeight
    @Flag(help: .hidden) var bigrams = false
    @Option(help: .hidden) var maxRatio = 0.5

    func validate() throws {
      if let themes, themes < 1 { throw ValidationError("--themes must be at least 1") }
    }

    func run() throws {
      let rows = try Agora.Eval.readRows(file)
      var options = ThemeOptions()
      options.restarts = restarts
      options.usesBigrams = bigrams
      options.maxDocumentRatio = maxRatio
      options.vectors = vectors
      options.neighbours = neighbours
      options.resolution = resolution
      options.tfidfShare = tfidfShare
      options.communitySample = sample
      options.missingWordWeight = missingWeight
      let result = TextAnalyzer(themeOptions: options).themes(rows.map(\.text), themeCount: themes)
      let gold = rows.map(\.label)
      let found = result.assignments.map { $0 ?? -1 }
      let nmi = Metrics.normalizedMutualInformation(gold, found)
      let ari = Metrics.adjustedRandIndex(gold, found)
      let goldCount = Set(gold).count
      if json {
        print(
          "{\"task\":\"clusters\",\"vectors\":\"\(result.vectors.rawValue)\",\"n\":\(rows.count),"
            + "\"k_gold\":\(goldCount),\"k_found\":\(result.themes.count),"
            + "\"outliers\":\(fmt(result.outlierShare)),\"nmi\":\(fmt(nmi)),\"ari\":\(fmt(ari))}")
        return
      }
      print("clusters  \(file)")
      print("items     \(rows.count)")
      print("k gold    \(goldCount)")
      print("vectors   \(result.vectors.rawValue)")
      print("k found   \(result.themes.count)")
      print("outliers  \(fmt(result.outlierShare))")
      print("NMI       \(fmt(nmi))")
      print("ARI       \(fmt(ari))")
      let scores = result.selectionScores.sorted { $0.key < $1.key }
      if !scores.isEmpty {
        print(
          "\nsilhouette by k: " + scores.map { "\($0.key):\(fmt($0.value))" }.joined(separator: " ")
        )
      }
      print("\nthemes")
      for theme in result.themes {
        print(pad(String(theme.size), 6) + "  " + theme.label)
      }
    }
  }

  /// `agora eval vectors FILE.tsv --count N`: load and embedding time of the semantic table.
  struct Vectors: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Time loading the semantic word table and embedding texts (repeated to --count).",
      shouldDisplay: false)

    @Argument(help: "UTF-8 TSV file with a header naming the label and text columns.")
    var file: String

    @Option(help: "How many texts to embed (the file's texts, repeated).")
    var count = 100_000

    func run() throws {
      let rows = try Agora.Eval.readRows(file)
      let clock = ContinuousClock()
      guard let files = SemanticTable.bundledFiles else {
        throw TextError.unreadableFile(
          path: "semantic-table.bin", reason: "not bundled — run make_vectors.py")
      }
      var loaded: SemanticTable?
      let load = try clock.measure {
        loaded = try SemanticTable(tableFile: files.table, wordsFile: files.words)
      }
      guard let table = loaded, !rows.isEmpty else { return }
      let texts = (0..<count).map { rows[$0 % rows.count].text }
      var vectors: [[Float]] = []
      let embed = clock.measure { vectors = table.vectors(texts) }
      let empty = vectors.filter(\.isEmpty).count
      print(
        "{\"words\":\(table.wordCount),\"dims\":\(table.dimension),\"load_ms\":\(ms(load)),"
          + "\"texts\":\(count),\"embed_ms\":\(ms(embed)),\"empty\":\(empty)}")
    }

    private func ms(_ duration: Duration) -> String {
      String(
        format: "%.1f",
        Double(duration.components.attoseconds) / 1e15
          + Double(duration.components.seconds) * 1000)
    }
  }

  /// The rows of a labelled TSV file, or a ``TextError`` naming the file.
  static func readRows(_ file: String) throws -> [LabelledFile.Row] {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      throw TextError.unreadableFile(path: file, reason: "no such file or not readable")
    }
    guard let contents = String(data: data, encoding: .utf8) else {
      throw TextError.unreadableFile(path: file, reason: "not valid UTF-8")
    }
    return try LabelledFile(contents: contents, file: file).rows
  }
}

extension VectorSpace: ExpressibleByArgument {}

private func fmt(_ value: Double) -> String {
  String(format: "%.4f", value)
}

private func pad(_ text: String, _ width: Int, left: Bool = true) -> String {
  let padding = String(repeating: " ", count: max(0, width - text.count))
  return left ? padding + text : text + padding
}
