import CFNParser
import Foundation
import TFEmitter
import Testing

/// The YAML templates of AWS's library (`../shared/aws-templates`): each converts, with the same
/// exceptions as the JSON ones (rain's templates get one error saying so), and for every
/// YAML/JSON twin the module written from the YAML is byte for byte the one written from the
/// JSON, apart from README.md, REPORT.md and the places that name the input file (the header
/// comments, the kept stack's description).
@Suite("AWS template library in YAML")
struct TemplateLibraryYAMLTests {
  /// Every YAML file under `../shared/aws-templates`, sorted.
  static let templates: [URL] = {
    guard let shared = Repository.shared else { return [] }
    let base = shared.appendingPathComponent("aws-templates")
    var found: [URL] = []
    let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      if ["yaml", "yml"].contains(url.pathExtension) { found.append(url) }
    }
    return found.sorted { $0.path < $1.path }
  }()

  /// Twins whose two files say different things (cfn-lint reads them to different trees), so
  /// their modules differ too, with why. The list may only shrink.
  static let differentTwins: [String: String] = [
    "aws-templates/AWSSupplyChain/SapPrivateLink/SapPrivateLink.yaml":
      "unquoted Yes and No are YAML 1.1 booleans (true, false); the JSON has the strings",
    "aws-templates/Solutions/ADConnector/templates/ADCONNECTOR.cfn.yaml":
      "unquoted Yes and No are YAML 1.1 booleans (true, false); the JSON has the strings",
    "aws-templates/ECS/EC2LaunchType/clusters/private-vpc.yaml":
      "the YAML's group uses a launch template, the JSON's a launch configuration",
    "aws-templates/Solutions/AmazonCloudWatchAgent/inline/suse.yaml":
      "the image mapping names SLES15SP5 in the YAML, RHEL9 in the JSON",
    "aws-templates/Solutions/AmazonCloudWatchAgent/ssm/redhat.yaml":
      "the image mapping has other AMI ids in the YAML",
  ]

  /// The JSON twin of a YAML template, when the library has one.
  static func twin(of url: URL) -> URL? {
    let json = url.deletingPathExtension().appendingPathExtension("json")
    return FileManager.default.fileExists(atPath: json.path) ? json : nil
  }

  @Test(
    "every YAML template converts; rain's get one error saying so, as their JSON twins do",
    .enabled(if: Repository.shared != nil, "../shared is absent"))
  func everyTemplateConverts() throws {
    #expect(Self.templates.count >= 75)
    var converted = 0
    for url in Self.templates {
      let name = TemplateLibraryTests.name(url)
      let errors = try TemplateLibraryTests.convert(url).diagnostics.filter(\.isError)
      if let first = errors.first, TemplateLibraryTests.isNotCloudFormation(first) {
        #expect(errors.count == 1, "\(name): \(errors)")
        if let twin = Self.twin(of: url) {
          let twinErrors = try TemplateLibraryTests.convert(twin).diagnostics.filter(\.isError)
          #expect(twinErrors.count == 1 && TemplateLibraryTests.isNotCloudFormation(twinErrors[0]))
        }
      } else {
        #expect(errors.isEmpty, "\(name): \(errors)")
        converted += 1
      }
    }
    #expect(converted >= 68)
  }

  @Test(
    "the module from each YAML template is byte for byte its JSON twin's",
    .enabled(if: Repository.shared != nil, "../shared is absent"))
  func twinsWriteTheSameModule() throws {
    var identical = 0
    var different: [String] = []
    for url in Self.templates {
      guard let twin = Self.twin(of: url) else { continue }
      let name = TemplateLibraryTests.name(url)
      let yaml = try TemplateLibraryTests.convert(url)
      let json = try TemplateLibraryTests.convert(twin)
      guard !yaml.diagnostics.containsErrors, !json.diagnostics.containsErrors else { continue }
      let yamlName = url.lastPathComponent
      let jsonName = twin.lastPathComponent
      let named = { (files: [GeneratedFile]) in
        files.filter { !["README.md", "REPORT.md"].contains($0.path) }
      }
      let yamlFiles = named(yaml.files)
      let jsonFiles = named(json.files)
      let same =
        yamlFiles.map(\.path) == jsonFiles.map(\.path)
        && zip(yamlFiles, jsonFiles).allSatisfy { a, b in
          a.bytes == b.bytes
            || String(decoding: a.bytes, as: UTF8.self).replacingOccurrences(
              of: yamlName, with: jsonName) == String(decoding: b.bytes, as: UTF8.self)
        }
      if same {
        identical += 1
        #expect(Self.differentTwins[name] == nil, "\(name) is now identical: take it off the list")
      } else {
        different.append(name)
        #expect(Self.differentTwins[name] != nil, "\(name): the modules differ")
      }
    }
    #expect(identical >= 50)
    #expect(different.count == Self.differentTwins.count)
  }

  @Test(
    "the modules of the templates that exist only as YAML pass tf-validate",
    .enabled(
      if: Repository.canValidate && Repository.shared != nil,
      "terraform, the provider mirror, tf-validate or ../shared is absent"))
  func yamlOnlyModulesValidate() throws {
    let directory = try Repository.temporaryDirectory("library-yaml")
    defer { try? FileManager.default.removeItem(at: directory) }
    var modules: [URL] = []
    for (index, url) in Self.templates.enumerated() where Self.twin(of: url) == nil {
      let conversion = try TemplateLibraryTests.convert(url)
      guard !conversion.diagnostics.containsErrors else { continue }
      let module = directory.appendingPathComponent("m\(index)")
      try Repository.write(conversion.files, to: module)
      modules.append(module)
    }
    #expect(modules.count >= 3)
    let (status, output) = try Repository.validate(modules)
    #expect(status == 0, "\(output)")
  }
}
