// swift-tools-version: 6.1
// KRATKit: software for a county's Regional Anti-Trafficking Committee (KRAT).
// The module graph and its one direction of dependencies are described in README.md.

import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "KRATKit",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KRATCore", targets: ["KRATCore"]),
        .library(name: "KRATStorage", targets: ["KRATStorage"]),
        .library(name: "KRATSampleData", targets: ["KRATSampleData"]),
        .library(name: "KRATStatistics", targets: ["KRATStatistics"]),
        .library(name: "KRATExport", targets: ["KRATExport"]),
        .library(name: "KRATShell", targets: ["KRATShell"]),
        .library(name: "KRATCommands", targets: ["KRATCommands"]),
        .executable(name: "krat", targets: ["krat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // MARK: - Library modules (dependencies point down only)

        /// The domain, pure: value types, validation, periods, privacy model. No I/O.
        .target(
            name: "KRATCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        /// SQLite through GRDB: schema, migrations, stores, aggregates, encryption, audit.
        .target(
            name: "KRATStorage",
            dependencies: [
                "KRATCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        /// Deterministic, seeded sample data for the demo, tests, examples and benchmarks.
        .target(
            name: "KRATSampleData",
            dependencies: ["KRATCore", "KRATStorage", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        /// Period comparisons, trends, breakdowns, indicator progress, scorecards, suppression.
        .target(
            name: "KRATStatistics",
            dependencies: ["KRATCore", "KRATStorage"],
            swiftSettings: strict),
        /// Files in and out: CSV, JSON, HTCDS, the annual report, the coordinator bundle.
        .target(
            name: "KRATExport",
            dependencies: ["KRATCore", "KRATStorage", "KRATStatistics",
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        /// The REPL engine without a terminal and without a database: commands as plugins,
        /// parsing, completion, rendering. It knows the domain's values, nothing of storage.
        .target(
            name: "KRATShell",
            dependencies: ["KRATCore"],
            swiftSettings: strict),
        /// The domain commands on an open database, the session, and the small facade a front
        /// end uses to create, open and merge files. Only its demo path reaches KRATSampleData.
        .target(
            name: "KRATCommands",
            dependencies: ["KRATCore", "KRATShell", "KRATStorage", "KRATStatistics", "KRATExport", "KRATSampleData"],
            swiftSettings: strict),
        /// GNU readline, reached through a small shim header.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]),

        // MARK: - Front end

        .executableTarget(
            name: "krat",
            dependencies: [
                "KRATShell", "KRATCommands", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        // MARK: - Examples (each small and readable; the kratTests run them)
        // Library examples use the library modules as a county's developers would; the shell
        // examples go through KRATShell and KRATCommands, never KRATStorage.

        .executableTarget(name: "NewCountyKRAT", dependencies: ["KRATCore", "KRATStorage"], path: "Examples/NewCountyKRAT"),
        .executableTarget(name: "AnnualAnalysis",
                          dependencies: ["KRATCore", "KRATStorage", "KRATSampleData", "KRATStatistics", "KRATExport"],
                          path: "Examples/AnnualAnalysis"),
        .executableTarget(name: "AwarenessCalendar",
                          dependencies: ["KRATCore", "KRATStorage", "KRATStatistics", "KRATExport", "KRATShell"],
                          path: "Examples/AwarenessCalendar"),
        .executableTarget(name: "CaseIntake",
                          dependencies: ["KRATCore", "KRATStorage", "KRATSampleData", "KRATStatistics", "KRATShell"],
                          path: "Examples/CaseIntake"),
        .executableTarget(name: "CustomCommand", dependencies: ["KRATCore", "KRATShell", "KRATCommands", "KRATStatistics"],
                          path: "Examples/CustomCommand"),

        // MARK: - Tests (one target per module, the front end and examples, and shared helpers)

        /// Temporary folders, the fixed test day, a process runner that reads stdout and stderr together.
        .target(name: "KRATTestSupport", dependencies: ["KRATCore"], path: "Tests/KRATTestSupport"),
        .testTarget(name: "KRATCoreTests", dependencies: ["KRATCore", "KRATTestSupport"]),
        .testTarget(name: "KRATStorageTests", dependencies: ["KRATStorage", "KRATSampleData", "KRATTestSupport",
                                                             .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "KRATSampleDataTests", dependencies: ["KRATSampleData", "KRATStorage", "KRATTestSupport"]),
        .testTarget(name: "KRATStatisticsTests", dependencies: ["KRATStatistics", "KRATSampleData", "KRATTestSupport",
                                                                .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KRATExportTests", dependencies: ["KRATExport", "KRATSampleData", "KRATTestSupport",
                                                            .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KRATShellTests", dependencies: ["KRATShell", "KRATTestSupport"]),
        .testTarget(name: "KRATCommandsTests", dependencies: ["KRATCommands", "KRATShell", "KRATStorage", "KRATExport",
                                                              "KRATSampleData", "KRATTestSupport"]),
        /// The `krat` executable and the examples, run as processes.
        .testTarget(name: "kratTests", dependencies: ["KRATStorage", "KRATTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
