import CFNParser
// Benchmark: conversion time in-process and as a whole process, peak memory and instructions per
// resource, for the bundled Datomic example and generated templates of 500, 2,000 and 5,000
// resources.
//
//   swift build -c release && swift run -c release cfn2tf-bench [--iterations N] [--instructions]
//   cfn2tf-bench --write-template FILE [--resources N]
//   cfn2tf-bench --profile FILE [--runs N] [--read-only]
//
// Whole-process figures stand beside the floor measured in the same run: `cfn2tf-floor`, a bare
// Swift program that reads the Datomic template. `--instructions` counts instructions under
// `valgrind --tool=callgrind` (stable on a busy machine; slow: about a minute).
//
// Targets (issue 11): whole CLI on the Datomic template ≤ 1.5× the floor; in-process Datomic
// ≤ 1 ms; 500 resources ≤ 10 ms whole CLI and ≤ 50,000 instructions per resource; the cost per
// resource at 2,000 at most 1.2× that at 500; 5,000 resources under 100 MB peak memory.
// Issue 9: reading the Datomic template as YAML at most twice as long as reading it as JSON.
import Foundation
import TFEmitter

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let iterations = option("--iterations").flatMap(Int.init) ?? 50
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let datomicPath = root.appendingPathComponent("Tests/Fixtures/datomic/template.json")
let datomic = try [UInt8](Data(contentsOf: datomicPath))
let datomicYAML = try [UInt8](
  Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/datomic-yaml/template.yaml")))
// `--write-template FILE` writes a generated template (for profiling the CLI) and stops.
if let file = option("--write-template") {
  let resources = option("--resources").flatMap(Int.init) ?? 500
  try Data(GeneratedTemplate.text(resources: resources).utf8).write(
    to: URL(fileURLWithPath: file))
  exit(0)
}
// `--profile FILE [--runs N]` converts FILE in-process N times (default 100), prints the timing
// and stops: a steady loop to run under `valgrind --tool=callgrind` or `perf record`.
if let file = option("--profile") {
  let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
  // `--read-only`: only the reading of the text into a tree, JSON or YAML as the file holds.
  let readOnly = arguments.contains("--read-only")
  let measurement = Measurement.run(iterations: option("--runs").flatMap(Int.init) ?? 100) {
    if !readOnly {
      _ = Converter.convert(bytes: bytes, fileName: file)
    } else if bytes.first == UInt8(ascii: "{") {
      _ = JSONReader.read(bytes: bytes, fileName: file)
    } else {
      _ = YAMLReader.read(bytes: bytes, fileName: file)
    }
  }
  print(Measurement.header)
  print(
    measurement.row(
      name: "in-process: \(file.split(separator: "/").last ?? "")", bytes: bytes.count))
  exit(0)
}
let sizes = [500, 2000, 5000]
let generated = sizes.map { Array(GeneratedTemplate.text(resources: $0).utf8) }

print("cfn2tf-bench: \(iterations) iterations a case (after one warm-up run; fewer for the")
print("large generated templates); wall time in milliseconds")
print("")
print(Measurement.header)
var inProcess: [(String, [UInt8])] = [
  ("datomic example", datomic), ("datomic example, YAML", datomicYAML),
]
inProcess += zip(sizes, generated).map { ("generated, \($0) resources", $1) }
for (name, bytes) in inProcess {
  let conversion = Converter.convert(bytes: bytes, fileName: "bench.json")
  precondition(!conversion.diagnostics.containsErrors, "\(name) does not convert")
  let runs = max(3, iterations * 20_000 / max(20_000, bytes.count))
  let measurement = Measurement.run(iterations: runs) {
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
  readMedians[name] = measurement.median / 100
  print(String(format: "  %@ %6d bytes  %7.1f µs", name, bytes.count, readMedians[name]! * 1000))
}
print(
  String(
    format: "  YAML / JSON: %.2f× (target: at most 2×)", readMedians["YAML"]! / readMedians["JSON"]!
  ))
print("")

let directory = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent()
let binary = directory.appendingPathComponent("cfn2tf").path
let floor = directory.appendingPathComponent("cfn2tf-floor").path
guard FileManager.default.isExecutableFile(atPath: binary),
  FileManager.default.isExecutableFile(atPath: floor)
else {
  print("whole process: skipped, cfn2tf or cfn2tf-floor is not built (swift build -c release)")
  exit(0)
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
  "cfn2tf-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
// Removed at every way out: `exit` runs no `defer`.
func finish() -> Never {
  try? FileManager.default.removeItem(at: scratch)
  exit(0)
}
var templates: [Int: String] = [:]
for (size, bytes) in zip(sizes, generated) {
  let path = scratch.appendingPathComponent("generated-\(size).json").path
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  templates[size] = path
}
// Each case writes its own output folder, replaced (`--force`) by its next run: a case run after
// a larger one would otherwise also pay for removing the larger module (on tmpfs, about 9 ms of a
// Datomic conversion after the 2,000-resource one).
let convert = { (template: String) in
  let output = scratch.appendingPathComponent(
    "out-" + URL(fileURLWithPath: template).deletingPathExtension().lastPathComponent
  ).path
  return ["convert", template, "-o", output, "--force"]
}

// posix_spawn directly: Foundation's Process costs tens of milliseconds per launch on Linux,
// which would be measured instead of cfn2tf. The cases alternate within each round, so a busy
// moment of the machine touches them all alike.
var cases: [(name: String, program: String, arguments: [String], bytes: Int)] = [
  ("floor: bare Swift reading datomic", floor, [datomicPath.path], datomic.count),
  ("cfn2tf --version", binary, ["--version"], 0),
  ("cfn2tf convert datomic example", binary, convert(datomicPath.path), datomic.count),
]
for (size, bytes) in zip(sizes, generated) {
  cases.append(("cfn2tf convert \(size) resources", binary, convert(templates[size]!), bytes.count))
}
let rounds = min(iterations, 30)
var wall = Array(repeating: [Double](), count: cases.count)
// Peak memory from one run each, through the floor program (see its comment for why).
let report = scratch.appendingPathComponent("peak").path
let peak = cases.map { item -> Double in
  let status = Spawn.run(floor, ["--peak-memory", report, item.program] + item.arguments)
  let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
  guard status == 0, let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
  else { return 0 }
  return kilobytes / 1024
}
let clock = ContinuousClock()
for round in 0...rounds {
  for (index, item) in cases.enumerated() {
    if item.arguments.contains(templates[5000]!), round > 5 { continue }
    let start = clock.now
    let status = Spawn.run(item.program, item.arguments)
    let elapsed = start.duration(to: clock.now)
    precondition(status == 0, "\(item.name) failed with status \(status)")
    if round > 0 { wall[index].append(Measurement.milliseconds(elapsed)) }
  }
}
print("whole process (\(rounds) rounds; 5,000 resources: 5)")
print(Measurement.header + "    peak    × floor")
let floorMedian = Measurement(samples: wall[0].sorted()).median
for (index, item) in cases.enumerated() {
  let measurement = Measurement(samples: wall[index].sorted())
  print(
    measurement.row(name: item.name, bytes: item.bytes)
      + String(format: " %6.1fMB %7.2f×", peak[index], measurement.median / floorMedian))
}

guard arguments.contains("--instructions") else {
  print("")
  print("instructions: pass --instructions to count them under valgrind (about a minute)")
  finish()
}
print("")
guard let base = Instructions.count(binary, ["--version"]) else {
  print("instructions: skipped, valgrind is not on PATH or the run failed")
  finish()
}
print("instructions (callgrind; per resource = (convert - `cfn2tf --version`) / resources)")
func column(_ text: String, _ count: Int) -> String {
  "  " + text.padding(toLength: 26, withPad: " ", startingAt: 0)
    + String(repeating: " ", count: max(0, 16 - count.formatted().count)) + count.formatted()
}
print(column("cfn2tf --version", base))
var perResource: [Int: Double] = [:]
for size in [500, 2000] {
  guard let count = Instructions.count(binary, convert(templates[size]!)) else { continue }
  perResource[size] = Double(count - base) / Double(size)
  print(
    column("convert \(size) resources", count)
      + String(format: "   %9.0f a resource", perResource[size]!))
}
if let small = perResource[500], let large = perResource[2000] {
  print(String(format: "  2,000 / 500 a resource: %.2f× (target: at most 1.2×)", large / small))
}
finish()
