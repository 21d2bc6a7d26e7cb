// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "cfn2tf",
  products: [
    .executable(name: "cfn2tf", targets: ["cfn2tf"])
  ],
  targets: [
    .target(name: "CFNParser"),
    .target(name: "TFEmitter", dependencies: ["CFNParser"]),
    .executableTarget(
      name: "cfn2tf", dependencies: ["CFNParser", "TFEmitter"],
      // The release build carries the Swift runtime in the executable rather than loading it
      // (measured: README, Performance).
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
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
