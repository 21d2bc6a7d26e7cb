import Foundation

/// Wall-clock timings of repeated runs: median, mean, min and max in milliseconds.
struct Measurement {
  var samples: [Double]

  static let header =
    "case                                          bytes   median     mean      min      max"

  static func run(iterations: Int, _ body: () -> Void) -> Measurement {
    body()
    var samples: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<max(1, iterations) {
      samples.append(milliseconds(clock.measure(body)))
    }
    return Measurement(samples: samples.sorted())
  }

  /// The median sample; 0 without samples.
  var median: Double { samples.isEmpty ? 0 : samples[samples.count / 2] }

  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }

  func row(name: String, bytes: Int) -> String {
    guard !samples.isEmpty else { return name }
    let median = self.median
    let mean = samples.reduce(0, +) / Double(samples.count)
    func ms(_ value: Double) -> String { String(format: "%6.2fms", value) }
    let label = name.padding(toLength: 42, withPad: " ", startingAt: 0)
    return "\(label) \(String(format: "%7d", bytes)) \(ms(median)) \(ms(mean)) "
      + "\(ms(samples.first!)) \(ms(samples.last!))"
  }
}
