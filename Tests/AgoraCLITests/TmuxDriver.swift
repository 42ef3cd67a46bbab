import Foundation

/// Drives a program in a detached tmux session on a private server, reading its screen.
struct TmuxDriver {
  let socket = "agora-test-\(UUID().uuidString.prefix(8))"
  let session = "answer"

  /// Whether tmux is installed.
  static var isAvailable: Bool {
    (try? Self.run(["tmux", "-V"]))?.status == 0
  }

  /// Runs a command, returning its exit status and standard output.
  ///
  /// `posix_spawn` rather than `Process`: Foundation notices a child's end through a descriptor
  /// the child inherits, and the tmux server that `new-session` leaves behind keeps it open.
  @discardableResult
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let outputFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("agora-tmux-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: outputFile) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Test threads block most signals, and a spawned child inherits that mask: a tmux server
    // with SIGCHLD and SIGTERM blocked never notices its panes end, nor exits when told to.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGTERM, SIGHUP, SIGINT, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
    guard spawned == 0 else { return (127, "") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    return ((status >> 8) & 0xff, output)
  }

  private func tmux(_ arguments: [String]) throws -> String {
    try Self.run(["tmux", "-L", socket] + arguments).output
  }

  /// Starts `command` (a shell line) in a 100×30 window in `directory`.
  func start(_ command: String, in directory: URL) throws {
    _ = try tmux([
      "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", directory.path,
      "env TERM=tmux-256color LANG=C.UTF-8 sh -c '\(command)'",
    ])
  }

  /// Sends keys in tmux's notation (`Enter`, `BTab`, `C-c`, or literal text with `literal`).
  func send(_ keys: String..., literal: Bool = false) throws {
    _ = try tmux(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
  }

  /// The screen's text.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-t", session])
  }

  /// A tmux format value of the pane, e.g. `#{alternate_on}`.
  func pane(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", session, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen contains `text`; returns the screen, or `nil` after `timeout`.
  func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      let screen = try screen()
      if screen.contains(text) { return screen }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return nil
  }

  /// Stops this test's tmux server (and only it).
  func stop() {
    _ = try? tmux(["kill-server"])
  }
}
