import AgoraModel
import AgoraReport

/// A survey as the home lists it, with what was collected for it.
public struct HomeSurvey: Sendable, Hashable {
  /// The survey id.
  public var id: String
  /// The title in the survey's default language.
  public var title: String
  /// Complete responses.
  public var completeResponses: Int
  /// Responses still in progress.
  public var inProgressResponses: Int
  /// Imported comments.
  public var comments: Int

  /// Creates a survey row.
  public init(
    id: String, title: String, completeResponses: Int, inProgressResponses: Int, comments: Int
  ) {
    self.id = id
    self.title = title
    self.completeResponses = completeResponses
    self.inProgressResponses = inProgressResponses
    self.comments = comments
  }
}

/// One import batch as the home lists it.
public struct HomeImport: Sendable, Hashable {
  /// The batch id.
  public var id: Int64
  /// The file imported, as named on the command line.
  public var fileName: String
  /// The format it was read as (`disqus`, `csv`…).
  public var format: String
  /// When, as `YYYY-MM-DD HH:MM UTC`.
  public var importedAt: String
  /// What the import read, added, skipped and routed.
  public var counts: ImportCounts

  /// Creates an import row.
  public init(id: Int64, fileName: String, format: String, importedAt: String, counts: ImportCounts)
  {
    self.id = id
    self.fileName = fileName
    self.format = format
    self.importedAt = importedAt
    self.counts = counts
  }
}

/// What the home asks its owner to do after a key: the home itself never touches the store.
public enum HomeCommand: Sendable, Hashable {
  /// Nothing beyond redrawing.
  case none
  /// Leave the home.
  case quit
  /// Answer this survey (the answering screen takes over, then the home comes back).
  case answer(surveyID: String)
  /// Build this survey's summary under `filter`, then hand it over with `show(summary:)`.
  case loadSummary(surveyID: String, filter: FactFilter)
  /// Read this survey's import batches, then hand them over with `show(imports:)`.
  case loadImports(surveyID: String)
}

/// A page of the home, from the survey list down to a theme's quotes.
public enum HomePage: Sendable, Hashable {
  /// Every survey with its counts.
  case surveys
  /// What can be done with the selected survey.
  case survey
  /// The selected survey's questions.
  case questions
  /// One question's chart (by question id).
  case chart(question: String)
  /// One question's themes.
  case themes(question: String)
  /// One theme's quotes (by theme id).
  case quotes(question: String, theme: Int)
  /// The selected survey's import batches.
  case imports

  /// Whether the page shows the summary, and so follows the source and language filters.
  var showsResults: Bool {
    switch self {
    case .questions, .chart, .themes, .quotes: true
    case .surveys, .survey, .imports: false
    }
  }

  /// Whether the page is text that scrolls rather than a list with a selected row.
  var scrolls: Bool {
    switch self {
    case .chart, .quotes, .imports: true
    case .surveys, .survey, .questions, .themes: false
    }
  }
}

/// The actions of the survey page, in order.
enum SurveyAction: CaseIterable {
  case answer, results, imports

  var title: String {
    switch self {
    case .answer: "Answer"
    case .results: "Results"
    case .imports: "Imports"
    }
  }

  var hint: String {
    switch self {
    case .answer: "answer the survey here, on the full screen"
    case .results: "charts with 95% intervals, themes and quotes"
    case .imports: "imported comment files and their counts"
    }
  }
}
