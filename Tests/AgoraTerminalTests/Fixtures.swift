import AgoraModel

/// A small survey with every kind of question, a condition and "other" options.
enum Fixture {
  static func text(_ fr: String, _ en: String) -> LocalizedText {
    LocalizedText(["fr": fr, "en": en])
  }

  static let color = Question(
    id: "color",
    kind: .single(options: [
      Choice(id: "red", label: text("Rouge", "Red")),
      Choice(id: "blue", label: text("Bleu", "Blue")),
      Choice(
        id: "other", label: text("Autre, précisez", "Other, please specify"), asksForText: true),
    ]), prompt: text("Couleur ?", "Colour?"), required: true)

  static let fruits = Question(
    id: "fruits",
    kind: .multi(
      options: [
        Choice(id: "apple", label: text("Pomme", "Apple")),
        Choice(id: "pear", label: text("Poire", "Pear")),
        Choice(id: "plum", label: text("Prune", "Plum")),
        Choice(id: "other", label: text("Autre", "Other"), asksForText: true),
      ], min: 1, max: 2), prompt: text("Fruits ?", "Fruits?"), required: true)

  static let pet = Question(
    id: "pet", kind: .yesNo, prompt: text("Un animal ?", "A pet?"), required: true)

  static let petScore = Question(
    id: "pet-score",
    kind: .scale(
      min: 1, max: 5, minLabel: text("Peu", "Little"), maxLabel: text("Beaucoup", "A lot")),
    prompt: text("Vous l'aimez ?", "Do you love it?"),
    when: Condition(question: "pet", test: .equals("yes")))

  static let age = Question(
    id: "age", kind: .number(min: 0, max: 120), prompt: text("Âge ?", "Age?"))

  static let story = Question(
    id: "story", kind: .text(maxLength: 20), prompt: text("Racontez.", "Tell us."))

  static let survey = Survey(
    id: "demo", title: text("Démo", "Demo"), languages: ["fr", "en"],
    questions: [color, fruits, pet, petScore, age, story])
}
