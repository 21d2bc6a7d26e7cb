import CFNParser
// Benchmark: in-process conversion time of the bundled Datomic example and of a generated
// 500-resource template, and the wall time of whole `cfn2tf convert` runs.
//
//   swift run -c release cfn2tf-bench [--iterations N] [--write-template FILE]
//
// Targets (issue 2): the Datomic template converts in under 5 ms in-process; a whole CLI run
// takes under 20 ms. Issue 9: reading the Datomic template as YAML (Tests/Fixtures/datomic-yaml,
// made from the JSON one with cfn-flip) takes no more than twice as long as reading it as JSON.
import Foundation
import TFEmitter

let arguments = CommandLine.arguments
let iterations =
  arguments.firstIndex(of: "--iterations").flatMap { Int(arguments[$0 + 1]) } ?? 50
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let datomicPath = root.appendingPathComponent("Tests/Fixtures/datomic/template.json")
let datomic = try [UInt8](Data(contentsOf: datomicPath))
let datomicYAML = try [UInt8](
  Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/datomic-yaml/template.yaml")))
let generated = Array(GeneratedTemplate.text(resources: 500).utf8)
// `--write-template FILE` writes the generated template (for callgrind runs of the CLI) and stops.
if let index = arguments.firstIndex(of: "--write-template"), index + 1 < arguments.count {
  try Data(generated).write(to: URL(fileURLWithPath: arguments[index + 1]))
  exit(0)
}

print("cfn2tf-bench: \(iterations) iterations each (after one warm-up run)")
print("")
print(Measurement.header)
for (name, bytes) in [
  ("datomic example", datomic), ("datomic example, YAML", datomicYAML),
  ("generated, 500 resources", generated),
] {
  let conversion = Converter.convert(bytes: bytes, fileName: "bench.json")
  precondition(!conversion.diagnostics.containsErrors, "\(name) does not convert")
  let measurement = Measurement.run(iterations: iterations) {
    _ = Converter.convert(bytes: bytes, fileName: "bench.json")
  }
  print(measurement.row(name: "in-process: \(name)", bytes: bytes.count))
}

// Reading alone, the tree the decoder gets: 100 reads a sample, the time of one shown.
print("")
print("reading the datomic example (one read; 100 reads a sample)")
var readMedians: [String: Double] = [:]
for (name, bytes, read) in [
  ("JSON", datomic, { (b: [UInt8]) in _ = JSONReader.read(bytes: b, fileName: "bench.json") }),
  ("YAML", datomicYAML, { (b: [UInt8]) in _ = YAMLReader.read(bytes: b, fileName: "bench.yaml") }),
] {
  let measurement = Measurement.run(iterations: iterations) {
    for _ in 0..<100 { read(bytes) }
  }
  readMedians[name] = measurement.samples[measurement.samples.count / 2] / 100
  print(String(format: "  %@ %6d bytes  %7.1f µs", name, bytes.count, readMedians[name]! * 1000))
}
print(
  String(
    format: "  YAML / JSON: %.2f× (target: at most 2×)", readMedians["YAML"]! / readMedians["JSON"]!
  ))
print("")

let binary = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent()
  .appendingPathComponent("cfn2tf")
if FileManager.default.isExecutableFile(atPath: binary.path) {
  let output = FileManager.default.temporaryDirectory.appendingPathComponent(
    "cfn2tf-bench-\(ProcessInfo.processInfo.processIdentifier)")
  defer { try? FileManager.default.removeItem(at: output) }
  // posix_spawn directly: Foundation's Process costs tens of milliseconds per launch on Linux,
  // which would be measured instead of cfn2tf.
  let measurement = Measurement.run(iterations: min(iterations, 30)) {
    Spawn.run(binary.path, ["convert", datomicPath.path, "-o", output.path, "--force"])
  }
  print(measurement.row(name: "whole CLI run: datomic example", bytes: datomic.count))
} else {
  print("whole CLI run: skipped, \(binary.path) is not built (swift build -c release)")
}
