import AgoraModel
import Foundation

/// Test fixtures: files under `Fixtures/` and the repository's survey files.
enum Fixture {
  /// The bytes of `Fixtures/<name>`.
  static func data(_ name: String) throws -> Data {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try Data(contentsOf: url)
  }

  /// The text of `Fixtures/<name>`.
  static func text(_ name: String) throws -> String {
    String(decoding: try data(name), as: UTF8.self)
  }

  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The `grok-3` survey from `surveys/`.
  static func survey() throws -> Survey {
    try SurveyFile.load(from: root.appendingPathComponent("surveys/grok-3.yaml")).survey
  }
}
