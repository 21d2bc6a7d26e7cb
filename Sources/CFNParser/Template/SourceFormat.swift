/// The two notations a CloudFormation template is written in. Which one a file uses is told by
/// its content, never its name: JSON starts with `{` (or `[`) after any whitespace; everything
/// else is read as YAML, of which JSON is nearly a subset. A file that starts with `{` but is
/// written in YAML's flow style (a key without quotes, as in `{Resources: {…}}`, or a string in
/// single quotes) is read as YAML when it reads without errors that way; any other JSON error (a
/// trailing comma, a missing one, a word without quotes) stands: it is a slip in a JSON file.
package enum SourceFormat: String, Hashable, Sendable {
  case json
  case yaml

  /// The notation `bytes` looks like: JSON when the first byte that is not whitespace (after a
  /// UTF-8 byte-order mark) is `{` or `[`; YAML otherwise.
  package static func detect(_ bytes: [UInt8]) -> SourceFormat {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    guard index < bytes.count else { return .yaml }
    return bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") ? .json : .yaml
  }

  /// Reads `bytes` as the notation they are in, naming `fileName` in locations: the same located
  /// tree either way. The value is `nil` after a syntax error.
  package static func read(bytes: [UInt8], fileName: String) -> (
    value: JSONValue?, diagnostics: [Diagnostic], format: SourceFormat
  ) {
    if detect(bytes) == .json {
      let json = JSONReader.readDetailed(bytes: bytes, fileName: fileName)
      guard json.value == nil, let error = json.syntaxError?.value, isYAMLStyle(error) else {
        return (json.value, json.diagnostics, .json)
      }
      let yaml = YAMLReader.read(bytes: bytes, fileName: fileName)
      if yaml.value != nil, !yaml.diagnostics.containsErrors {
        return (yaml.value, yaml.diagnostics, .yaml)
      }
      return (nil, json.diagnostics, .json)
    }
    let yaml = YAMLReader.read(bytes: bytes, fileName: fileName)
    return (yaml.value, yaml.diagnostics, .yaml)
  }

  /// True for the JSON errors that YAML's flow style makes: keys without quotes, strings in
  /// single quotes.
  private static func isYAMLStyle(_ error: JSONSyntaxError) -> Bool {
    switch error {
    case .unquotedKey, .singleQuotedString: true
    default: false
    }
  }
}
