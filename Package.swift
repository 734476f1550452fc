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
        /// The REPL engine without a terminal: commands as plugins, parsing, rendering.
        .target(
            name: "KRATShell",
            dependencies: ["KRATCore", "KRATStorage", "KRATSampleData", "KRATStatistics", "KRATExport"],
            swiftSettings: strict),
        /// GNU readline, reached through a small shim header.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]),

        // MARK: - Front end

        .executableTarget(
            name: "krat",
            dependencies: [
                "KRATShell", "KRATStorage", "KRATSampleData", "KRATExport", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        // MARK: - Examples (each small and readable; CI builds and runs them)

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
        .executableTarget(name: "CustomCommand", dependencies: ["KRATCore", "KRATStorage", "KRATSampleData", "KRATShell"],
                          path: "Examples/CustomCommand"),

        // MARK: - Tests (one target per library module)

        .testTarget(name: "KRATCoreTests", dependencies: ["KRATCore"]),
        .testTarget(name: "KRATStorageTests", dependencies: ["KRATStorage", "KRATSampleData",
                                                             .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KRATStatisticsTests", dependencies: ["KRATStatistics", "KRATSampleData",
                                                                .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KRATExportTests", dependencies: ["KRATExport", "KRATSampleData",
                                                            .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KRATShellTests", dependencies: ["KRATShell", "KRATStorage", "KRATSampleData"]),
    ],
    swiftLanguageModes: [.v6]
)
