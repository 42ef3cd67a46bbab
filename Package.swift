// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Agora",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "agora", targets: ["agora"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto"),
    .target(
      name: "AgoraModel",
      dependencies: ["Yams", "CLibCrypto"]),
    .target(
      name: "AgoraStore",
      dependencies: [
        "AgoraModel", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .target(
      name: "AgoraText", dependencies: ["CStemmer"],
      exclude: ["Resources/vectors/README.md", "Resources/vectors/make_vectors.py"],
      resources: [.process("Resources")]),
    .target(
      name: "AgoraImport",
      dependencies: ["AgoraModel", "AgoraText"]),
    .target(name: "AgoraReport", dependencies: ["AgoraModel", "AgoraText"]),
    .target(name: "AgoraTerminal", dependencies: ["AgoraModel", "AgoraReport", "CNcurses"]),
    .executableTarget(
      name: "agora",
      dependencies: [
        "AgoraModel", "AgoraStore", "AgoraText", "AgoraImport", "AgoraReport", "AgoraTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(
      name: "AgoraModelTests", dependencies: ["AgoraModel"], resources: [.copy("Fixtures")]),
    .testTarget(name: "AgoraStoreTests", dependencies: ["AgoraStore", "AgoraModel"]),
    .testTarget(
      name: "AgoraTextTests", dependencies: ["AgoraText"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "AgoraTerminalTests", dependencies: ["AgoraTerminal", "AgoraModel", "AgoraReport"]),
    .testTarget(name: "AgoraCLITests", dependencies: ["agora", "AgoraModel", "AgoraStore"]),
    .testTarget(
      name: "AgoraReportTests", dependencies: ["AgoraReport", "AgoraModel"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "AgoraImportTests",
      dependencies: [
        "AgoraImport", "AgoraModel", "AgoraStore", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
