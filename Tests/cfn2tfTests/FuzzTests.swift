import Foundation
import TestSupport
import Testing

/// A bounded fuzz run: mutations of the corpus templates (`../shared/corpus/` and
/// `../shared/aws-templates/`, JSON and YAML; the bundled fixtures when those are absent) given to
/// the built binary's `convert`, `diff`, `graph` and `retain`, two at a time. It fails on a crash,
/// a hang, an exit status other than 0, 1 or 2, or a partial write: on status 1 the output is
/// absent (or, with `--force` over an existing directory, unchanged), no `.…cfn2tf-…` temporary
/// remains, and on status 0 the module holds every file the run says it wrote.
///
/// The seed is fixed, so every run tries the same cases; each case's input and command come from
/// the seed and its number alone. `CFN2TF_FUZZ_SEED`, `CFN2TF_FUZZ_COUNT`, `CFN2TF_FUZZ_SECONDS`
/// change the seed and the bounds; `CFN2TF_FUZZ_CASE=N` replays case N alone. A failing case's
/// input is saved and its replay command printed.
@Suite("Fuzz")
struct FuzzTests {
  static let environment = ProcessInfo.processInfo.environment
  static let seed = environment["CFN2TF_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x00C0_FFEE_2026
  static let count = environment["CFN2TF_FUZZ_COUNT"].flatMap { Int($0) } ?? 600
  static let seconds = environment["CFN2TF_FUZZ_SECONDS"].flatMap { Double($0) } ?? 40
  /// The longest one run may take before it counts as a hang.
  static let runTimeout: TimeInterval = 20
  /// Cases left out, by number, each with the reason (a crash or hang too large to fix here).
  static let leftOut: [Int: String] = [:]

  /// The templates to mutate, sorted by path so that case numbers keep their meaning.
  static let corpus: [URL] = {
    let root = RepositoryPaths.root
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    var files: [URL] = []
    for folder in ["corpus", "aws-templates"] {
      let base = shared.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
      while let relative = walker.nextObject() as? String {
        guard [".json", ".yaml", ".yml", ".template"].contains(where: relative.hasSuffix) else {
          continue
        }
        files.append(base.appendingPathComponent(relative))
      }
    }
    if files.isEmpty {
      files = ["datomic/template.json", "datomic-yaml/template.yaml"].map {
        Binary.fixtures.appendingPathComponent($0)
      }
    }
    return files.sorted { $0.path < $1.path }
  }()

  /// One case: the mutated input, its file name and the command line.
  struct Case {
    var number: Int
    var input: [UInt8]
    var fileName: String
    var source: String
    var mutations: [Mutation]
    var arguments: [String]
    /// Whether the output directory exists, holding one file, before the run (`--force`).
    var existingOutput: Bool
  }

  /// Case `number` of the run with `seed`.
  static func makeCase(_ number: Int, seed: UInt64) -> Case {
    var random = SplitMix64(seed: seed ^ (UInt64(number) &* 0x2545_F491_4F6C_DD1D))
    let source = random.pick(corpus)
    var input = Array((try? Data(contentsOf: source)) ?? Data())
    var mutations: [Mutation] = []
    for _ in 0...random.below(3) {
      let mutation = random.pick(Mutation.allCases)
      mutations.append(mutation)
      input = mutation.apply(input, &random)
    }
    let fileName = "t." + source.pathExtension
    var existingOutput = false
    let arguments: [String]
    switch random.below(4) {
    case 0:
      var flags = ["--generic", "--harden", "--launch-configuration", "--no-fallback"].filter {
        _ in random.below(3) == 0
      }
      if random.below(4) == 0 {
        existingOutput = true
        flags.append("--force")
      }
      arguments = ["convert", fileName, "-o", "out"] + flags
    case 1:
      arguments =
        ["diff", fileName, "--format", random.pick(["text", "markdown", "json"])]
        + (random.below(2) == 0 ? ["--strict"] : [])
        + (random.below(3) == 0 ? ["--generic"] : [])
    case 2:
      arguments = ["graph", fileName, "--format", random.pick(["dot", "mermaid"])]
    default:
      arguments = ["retain", fileName, "-o", "out." + source.pathExtension]
    }
    return Case(
      number: number, input: input, fileName: fileName,
      source: source.lastPathComponent, mutations: mutations, arguments: arguments,
      existingOutput: existingOutput)
  }

  @Test("mutated templates never crash, hang, exit oddly or leave a partial write")
  func fuzz() throws {
    let executable = try #require(
      Binary.executable, "cfn2tf was not found beside the test bundle; run 'swift test' to build it"
    )
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfn2tf-fuzz-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let numbers: [Int]
    if let only = Self.environment["CFN2TF_FUZZ_CASE"].flatMap({ Int($0) }) {
      numbers = [only]
    } else {
      numbers = (0..<Self.count).filter { Self.leftOut[$0] == nil }
    }
    let queue = FuzzQueue(numbers, deadline: Date().addingTimeInterval(Self.seconds))
    DispatchQueue.concurrentPerform(iterations: 2) { worker in
      let work = root.appendingPathComponent("worker-\(worker)")
      while let number = queue.next() {
        let fuzzCase = Self.makeCase(number, seed: Self.seed)
        let (status, problem) = FuzzCheck.run(fuzzCase, executable: executable, in: work)
        queue.record(status: status, problem: problem.map { Self.report(fuzzCase, $0) })
      }
    }
    let (ran, statuses, failures) = queue.results
    let tally = statuses.map { "\($0.value) exited \($0.key)" }.sorted().joined(separator: ", ")
    print("fuzz: \(ran) cases of seed \(Self.seed) in at most \(Int(Self.seconds)) s: \(tally)")
    #expect(ran > 0, "no case ran")
    #expect(
      failures.isEmpty, "\(failures.count) failing cases:\n\(failures.joined(separator: "\n\n"))")
  }

  /// Saves the failing input where it survives the run and says how to replay it.
  static func report(_ fuzzCase: Case, _ problem: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfn2tf-fuzz-failures")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let saved = folder.appendingPathComponent(
      "case-\(seed)-\(fuzzCase.number)-\(fuzzCase.fileName)")
    try? Data(fuzzCase.input).write(to: saved)
    let arguments = fuzzCase.arguments.map { $0 == fuzzCase.fileName ? saved.path : $0 }
    return """
      case \(fuzzCase.number) (\(fuzzCase.source), \(fuzzCase.mutations.map(\.rawValue).joined(separator: ", "))): \(problem)
        input saved as \(saved.path)
        replay: CFN2TF_FUZZ_SEED=\(seed) CFN2TF_FUZZ_CASE=\(fuzzCase.number) swift test --filter FuzzTests
        or: cfn2tf \(arguments.joined(separator: " "))\(fuzzCase.existingOutput ? " (out/ existing)" : "")
      """
  }
}

/// The case numbers still to run, shared by the workers, and the failures they found.
final class FuzzQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: ArraySlice<Int>
  private let deadline: Date
  private var ran = 0
  private var failures: [String] = []

  init(_ numbers: [Int], deadline: Date) {
    pending = numbers[...]
    self.deadline = deadline
  }

  /// The next case, unless the numbers or the time have run out.
  func next() -> Int? {
    lock.withLock {
      guard Date() < deadline, let number = pending.popFirst() else { return nil }
      ran += 1
      return number
    }
  }

  private var statuses: [Int32: Int] = [:]

  /// Counts a finished case's exit status, and keeps the report of what went wrong.
  func record(status: Int32?, problem: String?) {
    lock.withLock {
      if let status { statuses[status, default: 0] += 1 }
      if let problem { failures.append(problem) }
    }
  }

  var results: (ran: Int, statuses: [Int32: Int], failures: [String]) {
    lock.withLock { (ran, statuses, failures.sorted()) }
  }
}
