// swift-tools-version: 6.1
// KRATKit's benchmarks: a package of its own that depends on the root package by path,
// so `swift test` at the root never builds them. Run: `cd Benchmarks && swift package benchmark`.

import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which depends on where it was cloned.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "KRATBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "KRATBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "KRATCore", package: root),
                .product(name: "KRATStorage", package: root),
                .product(name: "KRATSampleData", package: root),
                .product(name: "KRATStatistics", package: root),
                .product(name: "KRATExport", package: root),
            ],
            path: "Benchmarks/KRATBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ],
    swiftLanguageModes: [.v6]
)
