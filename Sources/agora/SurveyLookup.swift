import AgoraModel
import AgoraStore
import Foundation

/// Finds a survey by id in the store, loading it from `./surveys/` the first time it is named.
enum SurveyLookup {
  /// The folder searched for survey files that the store does not know yet.
  static let folder = "surveys"

  /// The stored survey with this id; when the store lacks it, the file in `./surveys/` whose
  /// `id` matches is loaded and saved first.
  static func find(_ id: String, in store: Store) throws -> StoredSurvey {
    if let stored = try store.survey(id) { return stored }
    for file in try surveyFiles(in: URL(fileURLWithPath: folder)) {
      let name = displayName(of: file, under: folder)
      guard let loaded = try? SurveyFile.load(from: file, name: name), loaded.survey.id == id
      else { continue }
      _ = try store.saveSurvey(loaded, fileName: name, at: Date())
      if let stored = try store.survey(id) { return stored }
    }
    throw StoreError.unknownSurvey(id)
  }

  /// Reads every survey file named by `paths` (files, or folders of `.yaml` files): the ones
  /// that load, named as messages name them, and the problems of the others.
  static func load(_ paths: [String]) throws -> (
    loaded: [(name: String, survey: LoadedSurvey)], failures: [ModelError]
  ) {
    var loaded: [(name: String, survey: LoadedSurvey)] = []
    var failures: [ModelError] = []
    for path in paths {
      let files = try surveyFiles(in: URL(fileURLWithPath: path))
      if files.isEmpty {
        throw ModelError.unreadable(file: path, reason: "no such file or folder of .yaml files")
      }
      for file in files {
        let name = displayName(of: file, under: path)
        do {
          loaded.append((name, try SurveyFile.load(from: file, name: name)))
        } catch {
          failures.append(error)
        }
      }
    }
    return (loaded, failures)
  }

  /// How messages name `file`, found under the path the user typed.
  static func displayName(of file: URL, under path: String) -> String {
    if file.path == URL(fileURLWithPath: path).path { return path }
    let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
    return "\(folder)/\(file.lastPathComponent)"
  }

  /// The `.yaml`/`.yml` files in a folder, sorted by name; a file is returned as itself.
  static func surveyFiles(in url: URL) throws -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return []
    }
    guard isDirectory.boolValue else { return [url] }
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      .map { url.appendingPathComponent($0) }
  }
}
