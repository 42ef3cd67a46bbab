import AgoraModel
import AgoraText
import Foundation

/// One question a comment was routed to, with how sure the router is.
public struct Route: Sendable, Hashable, Codable {
  /// The free-text question's id.
  public var questionID: String
  /// The share of the comment's keyword score that went to this question, in [0, 1]; 0 when
  /// nothing matched and the comment went to the general question.
  public var confidence: Double

  /// Creates a route.
  public init(questionID: String, confidence: Double) {
    self.questionID = questionID
    self.confidence = confidence
  }
}

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
    var keys: [String]
    var weight: Double
  }

  private let questionIDs: [String]
  private let cues: [[Cue]]
  private let general: String?
  private let forced: String?
  private let terms: RoutingTerms
  /// Routes of texts already seen in this import: copies of a comment are routed once.
  private var memo: [String: Route] = [:]

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
          let keys = terms.keys(keyword, languageCode: code)
          if !keys.isEmpty { list.append(Cue(keys: keys, weight: 2)) }
        }
      }
      for (code, prompt) in question.prompt.values.sorted(by: { $0.key < $1.key }) {
        for key in Set(terms.keys(prompt, languageCode: code)).sorted() {
          list.append(Cue(keys: [key], weight: 1))
        }
      }
      raw.append(list)
    }
    var documentFrequency: [String: Int] = [:]
    for list in raw {
      for key in Set(list.flatMap(\.keys)) { documentFrequency[key, default: 0] += 1 }
    }
    let count = Double(max(1, questions.count))
    cues = raw.map { list in
      list.map { cue in
        let df = cue.keys.map { Double(documentFrequency[$0] ?? 1) }.max() ?? 1
        return Cue(keys: cue.keys, weight: cue.weight * log(1 + count / df))
      }
    }
    questionIDs = questions.map(\.id)
    general = survey.generalQuestion?.id
    forced = forcedQuestion
    self.terms = terms
  }

  /// The question `text` goes to, or `nil` when the survey has no free-text question.
  public func route(_ text: String) -> Route? {
    if let forced { return Route(questionID: forced, confidence: 1) }
    if let known = memo[text] { return known }
    let route = score(text)
    if let route, memo.count < 200_000 { memo[text] = route }
    return route
  }

  private func score(_ text: String) -> Route? {
    let present = Set(terms.keys(text, languageCode: nil))
    var best = -1
    var bestScore = 0.0
    var total = 0.0
    for (index, list) in cues.enumerated() {
      var score = 0.0
      for cue in list where cue.keys.allSatisfy(present.contains) {
        score += cue.weight * Double(cue.keys.count)
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

/// The seam between routing and text analysis: term keys of a text.
final class RoutingTerms {
  private let extractor = TermExtractor()
  private let tokenizer = Tokenizer(keepsSpecialTokens: false)
  private let detector = LanguageDetector()

  /// The term keys of `text`, read in the language `languageCode` names, else the detected one.
  func keys(_ text: String, languageCode: String?) -> [String] {
    let tokens = tokenizer.tokens(text)
    let language: Language =
      switch languageCode {
      case "fr": .french
      case "en": .english
      default: detector.detect(tokens: tokens, raw: text)
      }
    // Version numbers ("Grok 2" against "Grok 3") tell questions apart; the analysis terms
    // drop one-digit numbers, so they are added back here.
    let numbers = tokens.filter { $0.kind == .number && $0.text.count == 1 }.map { "#\($0.text)" }
    return extractor.terms(tokens: tokens, language: language).map(\.key) + numbers
  }
}
