/// A template whose expected diagnostic locations are marked in the text with keycap emoji
/// (`1️⃣`), so no test counts a column by hand. The markers are removed; each records the line
/// and the UTF-8 column of the byte that followed it (lines end at LF).
struct MarkedTemplate {
  /// The text without markers.
  let text: String
  private let places: [String: String]

  init(_ marked: String) {
    var text = ""
    var places: [String: String] = [:]
    var line = 1
    var column = 1
    var scalars = Array(marked.unicodeScalars)[...]
    while let scalar = scalars.first {
      if scalars.count >= 3, ("0"..."9").contains(scalar),
        Array(scalars.prefix(3).dropFirst()) == ["\u{FE0F}", "\u{20E3}"]
      {
        places[String(String.UnicodeScalarView(scalars.prefix(3)))] = "\(line):\(column)"
        scalars = scalars.dropFirst(3)
        continue
      }
      text.unicodeScalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += String(scalar).utf8.count
      }
      scalars = scalars.dropFirst()
    }
    self.text = text
    self.places = places
  }

  /// `line:column` of a marker, such as `"1️⃣"`.
  func place(_ marker: String) -> String {
    guard let place = places[marker] else { preconditionFailure("no marker \(marker)") }
    return place
  }
}
