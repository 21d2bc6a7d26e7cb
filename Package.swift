// swift-tools-version: 6.1
import PackageDescription

// Release builds reach generic type metadata through direct accessors instead of demangling a
// mangled name at first use (measured: README, Performance).
let startUp: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "cfn2tf",
  products: [
    .executable(name: "cfn2tf", targets: ["cfn2tf"])
  ],
  targets: [
    .target(name: "CFNParser", swiftSettings: startUp),
    .target(name: "TFEmitter", dependencies: ["CFNParser"], swiftSettings: startUp),
    .executableTarget(
      name: "cfn2tf", dependencies: ["CFNParser", "TFEmitter"], swiftSettings: startUp,
      // The release build is one static executable: no dynamic linker, no shared libraries to
      // load and bind at start (measured: README, Performance). It uses no NSS, locale or
      // dlopen; the Swift runtime's one dlopen (of a prespecialization library) fails quietly.
      linkerSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))]),
    .executableTarget(
      name: "cfn2tf-bench", dependencies: ["CFNParser", "TFEmitter"],
      path: "Benchmarks/cfn2tf-bench"),
    .executableTarget(name: "cfn2tf-floor", path: "Benchmarks/cfn2tf-floor"),
    .target(name: "TestSupport", dependencies: ["CFNParser"], path: "Tests/TestSupport"),
    .testTarget(name: "CFNParserTests", dependencies: ["CFNParser", "TestSupport"]),
    .testTarget(name: "TFEmitterTests", dependencies: ["CFNParser", "TFEmitter", "TestSupport"]),
    .testTarget(name: "cfn2tfTests", dependencies: ["CFNParser", "TFEmitter", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
