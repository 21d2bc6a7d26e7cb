/// Reads what `aws cloudformation get-template --stack-name NAME` prints (JSON, or YAML with
/// `--output yaml`): an object whose `TemplateBody` is the stack's template, as written. The
/// CLI gives a JSON template as an object and a YAML one as a string.
package enum StackTemplateReader {
  /// What can be wrong with such a file.
  package enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
    case notGetTemplateOutput
    case bodyNotTemplate(found: String)

    /// The message of the diagnostic.
    package var description: String {
      switch self {
      case .notGetTemplateOutput:
        "expected the output of 'aws cloudformation get-template' (an object with 'TemplateBody')"
      case .bodyNotTemplate(let found):
        "'TemplateBody' must be the template, an object or its text; found \(found)"
      }
    }
  }

  /// A stack's template, read out of the file.
  package struct Body: Hashable, Sendable {
    /// The template's own text: the object's text, or the string's content.
    package var text: [UInt8]
    /// The name diagnostics about `text` use: `FILE (TemplateBody)`.
    package var name: String
    /// The template where it stands, for diagnostics that point into the file itself: for an
    /// object, the file with every byte around the object blanked (line breaks kept); for a
    /// string, `text` again.
    package var inPlace: [UInt8]
    /// The name diagnostics about `inPlace` use: the file's for an object, `name` for a string.
    package var inPlaceName: String
  }

  /// The template of the get-template output in `bytes`, or the diagnostics saying why not.
  package static func read(bytes: [UInt8], fileName: String) -> (
    body: Body?, diagnostics: [Diagnostic]
  ) {
    let start = SourceLocation(file: fileName, line: 1, column: 1)
    let (value, diagnostics, _) = SourceFormat.read(bytes: bytes, fileName: fileName)
    guard let value, !diagnostics.containsErrors else { return (nil, diagnostics) }
    guard let body = value["TemplateBody"] else {
      let place = value.members == nil ? start : value.location
      return (nil, diagnostics + [.error(Problem.notGetTemplateOutput.description, at: place)])
    }
    let name = "\(fileName) (TemplateBody)"
    switch body.kind {
    case .string(let text):
      let textBytes = Array(text.utf8)
      return (
        Body(text: textBytes, name: name, inPlace: textBytes, inPlaceName: name),
        diagnostics
      )
    case .object:
      let range = body.range.startOffset..<body.range.endOffset
      var blanked = bytes
      for index in blanked.indices where !range.contains(index) {
        if blanked[index] != 0x0A, blanked[index] != 0x0D { blanked[index] = 0x20 }
      }
      return (
        Body(text: Array(bytes[range]), name: name, inPlace: blanked, inPlaceName: fileName),
        diagnostics
      )
    default:
      let problem = Problem.bodyNotTemplate(found: body.kindDescription)
      return (nil, diagnostics + [.error(problem.description, at: body.location)])
    }
  }
}
