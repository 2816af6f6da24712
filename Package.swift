// swift-tools-version: 6.1
import PackageDescription

/// Verbatim: raw customer verbatims in, per-touchpoint hot-spot tables out.
///
/// One library target per pipeline stage; data flows one way:
/// files → `Verbatim` (Ingest) → tokens (TextProcessing) → scores (Scoring) → themes and
/// touchpoints (Tagging) → aggregates (Aggregation) → files (Reporting). `Pipeline`
/// orchestrates and is the only target that knows every stage; `verbatim` only parses arguments.
let package = Package(
    name: "verbatim",
    products: [
        .executable(name: "verbatim", targets: ["verbatim"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // MARK: C boundary
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // glibc's <malloc.h> (`mallopt`), which the Glibc module leaves out: no library to link.
        .systemLibrary(name: "CMalloc"),

        // MARK: Stages
        .target(name: "VerbatimModel"),
        .target(name: "HTMLParsing", dependencies: ["CLibXML2"]),
        // What identifies a person in text (e-mail address, order number): one notion for the
        // identity evidence Ingest keys and the masking Reporting applies.
        .target(name: "PersonalData"),
        .target(
            name: "Ingest",
            dependencies: [
                "VerbatimModel", "HTMLParsing", "PersonalData", .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"]
        ),
        .target(name: "TextProcessing", dependencies: ["VerbatimModel"]),
        .target(name: "Lexicons", dependencies: ["VerbatimModel", "TextProcessing"]),
        .target(
            name: "Scoring", dependencies: ["VerbatimModel", "TextProcessing", "Lexicons"], exclude: ["README.md"]),
        .target(name: "Tagging", dependencies: ["VerbatimModel", "TextProcessing", "Lexicons"]),
        .target(name: "Aggregation", dependencies: ["VerbatimModel"]),
        .target(
            name: "Reporting", dependencies: ["VerbatimModel", "Aggregation", "TextProcessing", "PersonalData"],
            exclude: ["README.md"]),
        .target(
            name: "History",
            dependencies: ["VerbatimModel", "Aggregation", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "VerbatimModel", "Ingest", "TextProcessing", "Lexicons", "Scoring", "Tagging", "Aggregation",
                "Reporting", "History", "PersonalData", "CMalloc", .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"]
        ),

        // MARK: Executable (argument parsing only)
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "Pipeline",
                "Ingest",
                "VerbatimModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Benchmark corpus generator (deterministic; used by `make bench`)
        .executableTarget(name: "verbatim-corpus", dependencies: []),
        // `verbatim score` without the asynchronous runner, for `make bench` to count instructions.
        .executableTarget(name: "verbatim-score-probe", dependencies: ["Pipeline", "Scoring"]),

        // MARK: Tests
        .testTarget(name: "HTMLParsingTests", dependencies: ["HTMLParsing"]),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "Ingest", "VerbatimModel", "PersonalData",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TextProcessingTests", dependencies: ["TextProcessing"]),
        .testTarget(
            name: "LexiconsTests", dependencies: ["Lexicons", "TextProcessing"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ScoringTests",
            dependencies: [
                "Scoring", "Lexicons", "TextProcessing", "VerbatimModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "TaggingTests", dependencies: ["Tagging", "Lexicons", "TextProcessing", "VerbatimModel"]),
        .testTarget(
            name: "AggregationTests",
            dependencies: [
                "Aggregation", "VerbatimModel", .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "HistoryTests",
            dependencies: ["History", "Aggregation", "VerbatimModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "Reporting", "Aggregation", "VerbatimModel", "PersonalData",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "Ingest", "VerbatimModel", "Reporting", "History", "PersonalData",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Corpus")]
        ),
    ]
)

// Same language features everywhere (pattern from apple/swift-configuration); warnings are errors
// so that a sloppy change cannot land. System-library targets accept no settings, so skip them.
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.unsafeFlags(["-warnings-as-errors"]))
    target.swiftSettings = settings
}
