import CFNParser
import TestSupport
import Testing

/// A one-resource template with `value` as the value of output `X`: the smallest template that
/// decodes, for tests of one expression.
func templateWithOutput(_ value: String) -> String {
  """
  {"Parameters": {"Env": {"Type": "String"}},
   "Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}},
   "Outputs": {"X": {"Value": \(value)}}}
  """
}

/// Decodes marked text as `test.json`.
func decodeTemplate(_ marked: MarkedText) -> (template: Template?, diagnostics: [Diagnostic]) {
  TemplateDecoder.decode(bytes: marked.bytes, fileName: testFileName)
}

/// Decodes a template that must have no diagnostic at all.
func decodeValidTemplate(
  _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Template {
  let (template, diagnostics) = TemplateDecoder.decode(text, fileName: testFileName)
  #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
  return try #require(template, sourceLocation: sourceLocation)
}

/// The dump of output `X`'s value when `value` is put in `templateWithOutput`; the diagnostics'
/// text when it does not decode.
func decodedValue(_ value: String) -> String {
  let (template, diagnostics) = TemplateDecoder.decode(
    templateWithOutput(value), fileName: testFileName)
  guard let output = template?.outputs.first else {
    return diagnostics.map(\.description).joined(separator: "\n")
  }
  return output.value.dump
}

/// Expects decoding `marked` to give exactly one diagnostic: the error `error` at marker `1️⃣`,
/// with notes whose messages are `notes`; no template. Returns the diagnostic.
@discardableResult
func expectTemplateError(
  _ marked: String, _ error: TemplateError, notes: [String]? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  let text = MarkedText(marked)
  let (template, diagnostics) = decodeTemplate(text)
  #expect(template == nil, sourceLocation: sourceLocation)
  #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
  let diagnostic = diagnostics.first
  #expect(diagnostic?.severity == .error, sourceLocation: sourceLocation)
  #expect(diagnostic?.message == error.description, sourceLocation: sourceLocation)
  #expect(
    diagnostic?.location == text.location("1️⃣", sourceLocation: sourceLocation),
    sourceLocation: sourceLocation)
  if let notes {
    #expect(diagnostic?.notes.map(\.message) == notes, sourceLocation: sourceLocation)
  }
  return diagnostic
}

/// Expects decoding `marked` to give a template and exactly one diagnostic: a warning whose
/// message is `message`, at marker `1️⃣`, with notes whose messages are `notes`. Returns the
/// template.
@discardableResult
func expectTemplateWarning(
  _ marked: String, _ message: String, notes: [String]? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Template? {
  let text = MarkedText(marked)
  let (template, diagnostics) = decodeTemplate(text)
  #expect(template != nil, "\(diagnostics)", sourceLocation: sourceLocation)
  #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
  let diagnostic = diagnostics.first
  #expect(diagnostic?.severity == .warning, sourceLocation: sourceLocation)
  #expect(diagnostic?.message == message, sourceLocation: sourceLocation)
  #expect(
    diagnostic?.location == text.location("1️⃣", sourceLocation: sourceLocation),
    sourceLocation: sourceLocation)
  if let notes {
    #expect(diagnostic?.notes.map(\.message) == notes, sourceLocation: sourceLocation)
  }
  return template
}

/// Expects the value `marked` (output `X` of `templateWithOutput`) to fail with `error` at `1️⃣`.
@discardableResult
func expectValueError(
  _ marked: String, _ error: TemplateError, notes: [String]? = nil,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
  expectTemplateError(
    templateWithOutput(marked), error, notes: notes, sourceLocation: sourceLocation)
}

extension Expr {
  /// The tree without source ranges, one line: `join("-", ["a", ref(Env)])`. Strings are quoted,
  /// names are not.
  var dump: String {
    switch kind {
    case .string(let s): return JSONValue.quoted(s)
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .list(let items): return "[" + items.map(\.dump).joined(separator: ", ") + "]"
    case .object(let members):
      return "{" + members.map { "\($0.key): \($0.value.dump)" }.joined(separator: ", ") + "}"
    case .ref(let name): return "ref(\(name))"
    case .pseudo(let pseudo): return "pseudo(\(pseudo.rawValue))"
    case .getAtt(let resource, let attribute): return "getAtt(\(resource), \(attribute))"
    case .join(let separator, let values):
      return "join(\(JSONValue.quoted(separator)), \(values.dump))"
    case .sub(let parts, let variables):
      let variableText = variables.map { ", \($0.name): \($0.value.dump)" }.joined()
      return "sub([" + parts.map(\.dump).joined(separator: ", ") + "]\(variableText))"
    case .base64(let e): return "base64(\(e.dump))"
    case .findInMap(let m, let t, let s): return "findInMap(\(m.dump), \(t.dump), \(s.dump))"
    case .getAZs(let r): return "getAZs(\(r.dump))"
    case .select(let i, let l): return "select(\(i.dump), \(l.dump))"
    case .split(let d, let s): return "split(\(JSONValue.quoted(d)), \(s.dump))"
    case .if(let c, let t, let e): return "if(\(c), \(t.dump), \(e.dump))"
    case .equals(let a, let b): return "equals(\(a.dump), \(b.dump))"
    case .and(let items): return "and(" + items.map(\.dump).joined(separator: ", ") + ")"
    case .or(let items): return "or(" + items.map(\.dump).joined(separator: ", ") + ")"
    case .not(let e): return "not(\(e.dump))"
    case .condition(let name): return "condition(\(name))"
    case .importValue(let e): return "importValue(\(e.dump))"
    case .cidr(let a, let b, let c): return "cidr(\(a.dump), \(b.dump), \(c.dump))"
    case .length(let e): return "length(\(e.dump))"
    case .transform(let e): return "transform(\(e.dump))"
    case .toJsonString(let e): return "toJsonString(\(e.dump))"
    }
  }
}

extension SubPart {
  /// `"text"`, `${Name}`, or `getAtt(Resource, Attribute)` for `${Resource.Attribute}`.
  var dump: String {
    switch self {
    case .literal(let text): JSONValue.quoted(text)
    case .reference(let name): "${\(name)}"
    case .attribute(let resource, let attribute): "getAtt(\(resource), \(attribute))"
    }
  }
}
