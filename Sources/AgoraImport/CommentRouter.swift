import AgoraModel
import AgoraText
import Foundation

/// Sends each comment to the survey's free-text question it speaks to.
///
/// Each question's cues are the term keys (Snowball stems or bilingual concepts, from
/// ``AgoraText``) of its `about:` keywords in every language (weight 2) and of its prompts
/// (weight 1). A cue's weight is multiplied by `ln(1 + Q / df)`, with `Q` the number of
/// questions and `df` how many of them share the cue. A keyword of several words counts only
/// when all its terms occur, then once per term. The question with the highest score wins (ties
/// go to the earlier question); its confidence is its score divided by the sum of all scores.
/// A comment that matches nothing goes to `survey.generalQuestion` with confidence 0.
/// Holds stemmers, so it is not `Sendable`: make one per import.
public final class CommentRouter {
  private struct Cue {
    /// Each word of the cue with the keys it matches by.
    var words: [[String]]
    var weight: Double
  }

  /// A cue with its keys numbered, for scoring.
  private struct NumberedCue {
    var words: [[Int]]
    var weight: Double
  }

  private let questionIDs: [String]
  private let cues: [[NumberedCue]]
  /// The number of each key some cue uses; other keys of a comment cannot score.
  private let vocabulary: [String: Int]
  private let general: String?
  private let forced: String?
  private let terms: RoutingTerms
  /// Routes of texts already seen in this import: copies of a comment are routed once.
  private var memo = RouteMemo(limit: CommentRouter.memoLimit)
  /// The key numbers of words already seen: each word is stemmed once.
  private var wordNumbers: [WordKey: [Int]] = [:]
  /// How many texts and words are remembered at most, so memory stays bounded.
  private static let memoLimit = 100_000

  /// A router over `survey`'s free-text questions; `forcedQuestion` sends everything there.
  public init(survey: Survey, forcedQuestion: String? = nil) throws(ImportError) {
    let questions = survey.textQuestions
    if let forcedQuestion, !questions.contains(where: { $0.id == forcedQuestion }) {
      throw .unknownQuestion(
        id: forcedQuestion, survey: survey.id, available: questions.map(\.id))
    }
    let terms = RoutingTerms()
    var raw: [[Cue]] = []
    for question in questions {
      var list: [Cue] = []
      for (code, keywords) in question.about.sorted(by: { $0.key < $1.key }) {
        for keyword in keywords {
          let words = terms.words(keyword)
          if !words.isEmpty { list.append(Cue(words: words, weight: 2)) }
        }
      }
      for (_, prompt) in question.prompt.values.sorted(by: { $0.key < $1.key }) {
        for word in Set(terms.words(prompt)).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
          list.append(Cue(words: [word], weight: 1))
        }
      }
      raw.append(list)
    }
    var documentFrequency: [String: Int] = [:]
    for list in raw {
      for key in Set(list.flatMap { $0.words.joined() }) { documentFrequency[key, default: 0] += 1 }
    }
    let count = Double(max(1, questions.count))
    var vocabulary: [String: Int] = [:]
    for key in raw.joined().flatMap({ $0.words.joined() }) where vocabulary[key] == nil {
      vocabulary[key] = vocabulary.count
    }
    cues = raw.map { list in
      list.map { cue in
        let df = cue.words.joined().map { Double(documentFrequency[$0] ?? 1) }.max() ?? 1
        return NumberedCue(
          words: cue.words.map { $0.compactMap { vocabulary[$0] } },
          weight: cue.weight * log(1 + count / df))
      }
    }
    self.vocabulary = vocabulary
    questionIDs = questions.map(\.id)
    general = survey.generalQuestion?.id
    forced = forcedQuestion
    self.terms = terms
  }

  /// The question `text` goes to, or `nil` when the survey has no free-text question.
  public func route(_ text: String) -> Route? {
    if let forced { return Route(questionID: forced, confidence: 1) }
    var bytes = text
    let (digest, known) = bytes.withUTF8 { utf8 in
      let digest = ByteDigest.of(utf8)
      return (digest, memo.route(of: utf8, digest: digest))
    }
    if let known { return known }
    let route = score(text)
    if let route {
      bytes.withUTF8 { memo.remember(route, of: $0, digest: digest) }
    }
    return route
  }

  private func score(_ text: String) -> Route? {
    var present = [Bool](repeating: false, count: vocabulary.count)
    // Held in a local for the whole text: each access to a stored property of a class is checked
    // for exclusivity at run time.
    var known = wordNumbers
    wordNumbers = [:]
    defer { wordNumbers = known }
    terms.forEachWord(text) { word, ascii in
      let key = WordKey(bytes: word)
      if let numbers = known[key] {
        for number in numbers { present[number] = true }
        return
      }
      let numbers = (terms.keys(ofWord: word, ascii: ascii) ?? []).compactMap { vocabulary[$0] }
      for number in numbers { present[number] = true }
      if known.count >= Self.memoLimit { known.removeAll(keepingCapacity: true) }
      known[key] = numbers
    }
    var best = -1
    var bestScore = 0.0
    var total = 0.0
    for (index, list) in cues.enumerated() {
      var score = 0.0
      for cue in list where cue.words.allSatisfy({ $0.contains { present[$0] } }) {
        score += cue.weight * Double(cue.words.count)
      }
      total += score
      if score > bestScore {
        best = index
        bestScore = score
      }
    }
    guard best >= 0, total > 0 else {
      return general.map { Route(questionID: $0, confidence: 0) }
    }
    let confidence = (bestScore / total * 1000).rounded() / 1000
    return Route(questionID: questionIDs[best], confidence: confidence)
  }
}
