import Foundation
import Testing

@testable import CFNParser

/// The YAML reader against cfn-lint's decoder (`cfnlint.decode.cfn_yaml`, which reads YAML as
/// CloudFormation does, short-form tags included): for every YAML template of AWS's library, the
/// tree turned to JSON equals cfn-lint's, member order included. cfn-lint keeps dates as dates,
/// which are compared as their ISO text (CloudFormation has no timestamps: they are strings);
/// rain's directives (`!Rain::Embed`), which cfn-lint names `Fn::Rain::Embed`, are named as
/// rain's JSON names them (`Rain::Embed`), so that the decoder reports them as it does in JSON.
@Suite("YAML reader against cfn-lint")
struct YAMLReaderOracleTests {
  /// Compares each YAML file with the JSON beside it in a pair of arguments; prints one line per
  /// pair: `ok NAME` or `DIFF NAME PATH: ours vs cfn-lint's`.
  static let script = #"""
    import datetime, json, sys
    from cfnlint.decode import cfn_yaml

    def plain(value):
        if isinstance(value, dict):
            rain = lambda k: str(k)[4:] if str(k).startswith("Fn::Rain::") else str(k)
            return [(rain(k), plain(v)) for k, v in value.items()]
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if isinstance(value, str):
            return str(value)
        return value

    def ours(value):
        if isinstance(value, dict):
            return [(k, ours(v)) for k, v in value.items()]
        if isinstance(value, list):
            return [ours(v) for v in value]
        return value

    def diff(a, b, path):
        if isinstance(a, bool) or isinstance(b, bool):
            return None if (type(a) is type(b) and a == b) else path
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return None if a == b else path
        if type(a) is not type(b):
            return path
        if isinstance(a, list):
            if len(a) != len(b):
                return path + " (length)"
            for i, (x, y) in enumerate(zip(a, b)):
                if isinstance(x, tuple):
                    if x[0] != y[0]:
                        return path + " (key %r vs %r)" % (x[0], y[0])
                    found = diff(x[1], y[1], path + "/" + x[0])
                else:
                    found = diff(x, y, path + "/%d" % i)
                if found:
                    return found
            return None
        return None if a == b else path

    args = sys.argv[1:]
    for name, yaml_path, json_path in zip(args[0::3], args[1::3], args[2::3]):
        with open(yaml_path, encoding="utf-8") as f:
            theirs = plain(cfn_yaml.loads(f.read(), yaml_path))
        with open(json_path, encoding="utf-8") as f:
            mine = ours(json.load(f, object_pairs_hook=dict))
        where = diff(mine, theirs, "")
        print(("DIFF %s %s" % (name, where)) if where is not None else ("ok " + name))
    """#

  @Test(
    "every YAML template of AWS's library reads as cfn-lint reads it",
    .enabled(if: TemplateLibrary.directory != nil, "../shared/aws-templates is absent"),
    .enabled(if: TemplateLibrary.python != nil, "python3 with cfn-lint is not installed"))
  func libraryAgreesWithCFNLint() throws {
    let templates = TemplateLibrary.yamlTemplates
    #expect(templates.count >= 75)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfn2tf-yaml-oracle-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments: [String] = []
    for (index, url) in templates.enumerated() {
      let name = TemplateLibrary.name(url)
      let (value, diagnostics) = YAMLReader.read(
        bytes: try [UInt8](Data(contentsOf: url)), fileName: name)
      #expect(!diagnostics.containsErrors, "\(name): \(diagnostics)")
      guard let value else { continue }
      let output = directory.appendingPathComponent("\(index).json")
      try Data(value.compactText.utf8).write(to: output)
      arguments += [name, url.path, output.path]
    }
    let lines = try TemplateLibrary.runPython(Self.script, arguments).split(separator: "\n")
    let agreeing = lines.filter { $0.hasPrefix("ok ") }.count
    #expect(lines.filter { !$0.hasPrefix("ok ") } == [])
    #expect(agreeing == templates.count, "\(agreeing) of \(templates.count) agree")
  }
}
