import AgoraModel

/// The words of the answering screens and prompts, in French or English (French otherwise).
public struct Strings: Sendable {
  /// The language code the words are in.
  public let language: String

  /// Creates the words for `language`.
  public init(language: String) { self.language = language }

  private var french: Bool { language != "en" }

  private func pick(_ fr: String, _ en: String) -> String { french ? fr : en }

  /// A notice in words.
  public func text(_ notice: Notice) -> String {
    switch notice {
    case .problem(let message): message
    case .required: pick("Une réponse est nécessaire.", "An answer is required.")
    case .pickWithSpace:
      pick(
        "Choisissez au moins une option avec Espace, puis Entrée.",
        "Pick at least one option with Space, then press Enter.")
    case .pickAtMost(let max):
      pick("\(max) choix au plus.", "At most \(max) picks.")
    case .sayMore: pick("Précisez votre réponse.", "Please say more.")
    case .tooLong(let max): pick("\(max) caractères au plus.", "At most \(max) characters.")
    case .notANumber: pick("Tapez un nombre.", "Type a number.")
    case .unknownOption(let given):
      pick("« \(given) » n'est pas une option.", "'\(given)' is not an option.")
    case .missingRequired(let places):
      pick("Questions obligatoires sans réponse : ", "Required questions not answered: ")
        + places.map(String.init).joined(separator: ", ")
    case .firstQuestion: pick("C'est la première question.", "This is the first question.")
    }
  }

  /// "Review" page title.
  public var review: String { pick("Vos réponses", "Your answers") }
  /// The submit line of the review page.
  public var submit: String { pick("Envoyer mes réponses", "Submit my answers") }
  /// Shown for a question without an answer.
  public var notAnswered: String { pick("(pas de réponse)", "(not answered)") }
  /// Marks a required question.
  public var requiredMark: String { pick("obligatoire", "required") }
  /// The label of the language key.
  public var languageName: String { pick("Français", "English") }
  /// Shown after submitting.
  public var thanks: String {
    pick("Merci ! Vos réponses sont enregistrées.", "Thank you! Your answers are saved.")
  }

  /// The keys that work on a question of this kind, for the footer.
  public func keys(for kind: QuestionKind, editingOther: Bool = false) -> String {
    let common = pick(
      "Maj-Tab/Échap retour · F2 langue · Ctrl-C quitter",
      "Shift-Tab/Esc back · F2 language · Ctrl-C quit")
    if editingOther {
      return pick(
        "Tapez le texte · Entrée valider · Échap retour aux options · Ctrl-C quitter",
        "Type the text · Enter confirm · Esc back to options · Ctrl-C quit")
    }
    let specific =
      switch kind {
      case .single:
        pick("↑/↓ choisir · 1-9 aller · Entrée valider", "↑/↓ move · 1-9 jump · Enter pick")
      case .multi:
        pick("↑/↓ aller · Espace cocher · Entrée valider", "↑/↓ move · Space toggle · Enter submit")
      case .yesNo: pick("←/→ choisir · o/n · Entrée valider", "←/→ choose · y/n · Enter submit")
      case .scale: pick("←/→ ou chiffre · Entrée valider", "←/→ or digit · Enter submit")
      case .number: pick("Tapez un nombre · Entrée valider", "Type a number · Enter submit")
      case .text: pick("Entrée envoyer · Ctrl-J nouvelle ligne", "Enter submit · Ctrl-J new line")
      }
    return specific + " · " + common
  }

  /// The keys of the review page, for the footer.
  public var reviewKeys: String {
    pick(
      "↑/↓ aller · Entrée modifier/envoyer · Échap retour · F2 langue · Ctrl-C quitter",
      "↑/↓ move · Enter edit/submit · Esc back · F2 language · Ctrl-C quit")
  }
}

extension Strings {
  /// The title of the resume question.
  public var resumeTitle: String { pick("Réponse en cours", "Response in progress") }

  /// The resume question for an offer.
  public func resumeQuestion(_ offer: ResumeOffer) -> String {
    let date = offer.startedAt.formatted(.iso8601.year().month().day())
    return pick(
      "Vous avez commencé à répondre le \(date) (\(offer.answered) réponse(s)). Reprendre ?",
      "You started answering on \(date) (\(offer.answered) answer(s)). Resume?")
  }

  /// The keys of the resume question.
  public var resumeKeys: String {
    pick("Entrée/o reprendre · n recommencer", "Enter/y resume · n start over")
  }
}

// MARK: - Plain mode

extension Strings {
  /// The conventions, printed once under the title.
  public var plainIntro: String {
    pick(
      "« < » revient à la question précédente ; une ligne vide passe une question facultative.",
      "'<' goes back to the previous question; an empty line skips an optional question.")
  }

  /// How to pick options on a line, followed by the numbered options.
  func optionHint(_ options: [Choice], multi: Bool) -> String {
    let how =
      multi
      ? pick(
        "Numéros ou ids séparés par des virgules (ex. 1,3) :",
        "Numbers or ids separated by commas (e.g. 1,3):")
      : pick("Numéro ou id de l'option :", "Option number or id:")
    let list = options.enumerated().map { index, option in
      "    \(index + 1). \(option.label.text(in: language)) [\(option.id)]"
    }
    return ([how] + list).joined(separator: "\n")
  }

  /// How to answer yes or no.
  var yesNoHint: String { pick("o (oui) ou n (non)", "y (yes) or n (no)") }

  /// How to answer a scale.
  func scaleHint(min: Int, max: Int, minLabel: String?, maxLabel: String?) -> String {
    let ends = [minLabel.map { "\(min) = \($0)" }, maxLabel.map { "\(max) = \($0)" }]
      .compactMap { $0 }.joined(separator: ", ")
    return pick("Un nombre entier de \(min) à \(max)", "A whole number from \(min) to \(max)")
      + (ends.isEmpty ? "" : " (\(ends))")
  }

  /// How to answer a number.
  func numberHint(min: Double?, max: Double?) -> String {
    var bounds: [String] = []
    if let min { bounds.append("≥ \(AnswerValue.format(min))") }
    if let max { bounds.append("≤ \(AnswerValue.format(max))") }
    return pick("Un nombre", "A number")
      + (bounds.isEmpty ? "" : " (\(bounds.joined(separator: ", ")))")
  }

  /// How to answer in text.
  func textHint(maxLength: Int) -> String {
    pick(
      "Texte sur une ligne (\(maxLength) caractères au plus) ; \"\"\" seul pour plusieurs lignes, "
        + "terminées par une ligne « . ».",
      "Text on one line (at most \(maxLength) characters); \"\"\" alone for several lines, "
        + "ended by a line holding only '.'.")
  }

  /// Asks for the text of an option that asks for it.
  var specify: String { pick("Précisez :", "Please specify:") }

  /// Marks a required question in plain mode.
  var requiredSuffix: String { pick(" (obligatoire)", " (required)") }

  /// Shows the answer given before, which an empty line keeps.
  func keepAnswer(_ answer: String) -> String {
    pick(
      "Réponse actuelle : \(answer) (ligne vide pour la garder)",
      "Current answer: \(answer) (empty line keeps it)")
  }

  /// The review's heading in plain mode.
  var reviewHeading: String { pick("Vos réponses :", "Your answers:") }

  /// The question under the review.
  var plainReviewPrompt: String {
    pick(
      "Envoyer ? « o » envoie, un numéro modifie cette réponse, « < » revient.",
      "Submit? 'y' submits, a number changes that answer, '<' goes back.")
  }

  /// The resume prompt of plain mode.
  func plainResume(_ offer: ResumeOffer) -> String {
    resumeQuestion(offer) + pick(" [O/n]", " [Y/n]")
  }
}
