import CFNParser
// Benchmark: in-process conversion time of the bundled Datomic example and of a generated
// 500-resource template, and the wall time of whole `cfn2tf convert` runs.
//
//   swift run -c release cfn2tf-bench [--iterations N] [--write-template FILE]
//
// Targets (issue 2): the Datomic template converts in under 5 ms in-process; a whole CLI run
// takes under 20 ms.
import Foundation
import TFEmitter

let arguments = CommandLine.arguments
let iterations =
  arguments.firstIndex(of: "--iterations").flatMap { Int(arguments[$0 + 1]) } ?? 50
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let datomicPath = root.appendingPathComponent("Tests/Fixtures/datomic/template.json")
let datomic = try [UInt8](Data(contentsOf: datomicPath))
let generated = Array(GeneratedTemplate.text(resources: 500).utf8)
// `--write-template FILE` writes the generated template (for callgrind runs of the CLI) and stops.
if let index = arguments.firstIndex(of: "--write-template"), index + 1 < arguments.count {
  try Data(generated).write(to: URL(fileURLWithPath: arguments[index + 1]))
  exit(0)
}

print("cfn2tf-bench: \(iterations) iterations each (after one warm-up run)")
print("")
print(Measurement.header)
for (name, bytes) in [("datomic example", datomic), ("generated, 500 resources", generated)] {
  let conversion = Converter.convert(bytes: bytes, fileName: "bench.json")
  precondition(!conversion.diagnostics.containsErrors, "\(name) does not convert")
  let measurement = Measurement.run(iterations: iterations) {
    _ = Converter.convert(bytes: bytes, fileName: "bench.json")
  }
  print(measurement.row(name: "in-process: \(name)", bytes: bytes.count))
}

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
