import AgoraModel
import AgoraReport
import AgoraStore
import AgoraTerminal
import Foundation

/// The home's data from the store, and answering through the full-screen answer flow.
struct StoreHomeSource: HomeSource {
  let store: Store
  let environment: [String: String]

  func surveys() throws -> [HomeSurvey] {
    try store.surveys().map { stored in
      HomeSurvey(
        id: stored.survey.id, title: stored.survey.title.text(in: stored.survey.defaultLanguage),
        completeResponses: stored.completeResponses,
        inProgressResponses: stored.inProgressResponses, comments: stored.comments)
    }
  }

  func summary(surveyID: String, filter: FactFilter) throws -> Summary {
    guard let stored = try store.survey(surveyID) else { throw StoreError.unknownSurvey(surveyID) }
    let facts = try store.facts(surveyID: surveyID, filter: filter)
    return SummaryBuilder(
      survey: stored.survey, revision: stored.revision, language: nil, filters: filter
    ).build(facts, at: Date())
  }

  func imports(surveyID: String) throws -> [HomeImport] {
    try store.importBatches(surveyID: surveyID).map { batch in
      HomeImport(
        id: batch.id, fileName: batch.fileName, format: batch.format,
        importedAt: Figures.timestamp(batch.importedAt), counts: batch.counts)
    }
  }

  /// Answers as `agora answer` does on a terminal, resuming a response in progress if asked.
  func answer(surveyID: String) throws -> String {
    guard let survey = try store.survey(surveyID)?.survey else {
      throw StoreError.unknownSurvey(surveyID)
    }
    let respondent = Agora.AnswerCommand.defaultRespondent()
    var language = survey.defaultLanguage
    let screen = FullScreenSession(environment: environment)
    let sink = StoreSink(
      store: store, surveyID: survey.id, respondent: respondent, language: language)
    var answers: [AgoraModel.Answer] = []
    if let existing = try store.inProgressResponse(surveyID: survey.id, respondent: respondent) {
      let offer = ResumeOffer(startedAt: existing.startedAt, answered: existing.answers.count)
      if try screen.askToResume(offer, language: language) {
        sink.responseID = existing.id
        answers = existing.answers
        language = existing.language
      }
    }
    let flow = AnswerFlow(survey: survey, language: language, answers: answers)
    let end = try screen.run(flow, sink: sink)
    let id = sink.responseID.map { "#\($0)" } ?? "-"
    switch end {
    case .submitted:
      return "\(Strings(language: language).thanks) (\(id), \(respondent))"
    case .stopped:
      return "Stopped before submitting: the answers given are kept (response \(id), in progress)."
    }
  }
}
