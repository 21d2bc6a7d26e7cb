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
      let elapsed = clock.measure(body)
      samples.append(
        Double(elapsed.components.seconds) * 1000
          + Double(elapsed.components.attoseconds) / 1e15)
    }
    return Measurement(samples: samples.sorted())
  }

  func row(name: String, bytes: Int) -> String {
    let median = samples[samples.count / 2]
    let mean = samples.reduce(0, +) / Double(samples.count)
    func ms(_ value: Double) -> String { String(format: "%6.2fms", value) }
    let label = name.padding(toLength: 42, withPad: " ", startingAt: 0)
    return "\(label) \(String(format: "%7d", bytes)) \(ms(median)) \(ms(mean)) "
      + "\(ms(samples.first!)) \(ms(samples.last!))"
  }
}
