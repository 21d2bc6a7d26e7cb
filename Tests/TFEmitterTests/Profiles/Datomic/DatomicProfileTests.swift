import CFNParser
import Foundation
import TFEmitter
import TestSupport
import Testing

/// The Datomic transactor profile on the bundled fixture and the real templates: recognition,
/// the properties reaching the rendered properties file unchanged, secrets kept out, the rendered
/// user data passing shellcheck.
@Suite("Datomic profile")
struct DatomicProfileTests {
  /// The bundled fixture and every generated (or generator-descended) corpus template.
  static let templates: [URL] =
    [Repository.fixtures.appendingPathComponent("datomic/template.json")]
    + Repository.corpus("datomic").filter { !$0.lastPathComponent.hasPrefix("candera") }

  static func convert(_ url: URL) throws -> (Template, Conversion) {
    let bytes = try [UInt8](Data(contentsOf: url))
    let template = try #require(
      TemplateDecoder.decode(bytes: bytes, fileName: url.lastPathComponent).template)
    return (template, Converter.convert(bytes: bytes, fileName: url.lastPathComponent))
  }

  @Test("Datomic templates get the transactor module; others do not")
  func recognition() throws {
    for url in Self.templates {
      let (_, conversion) = try Self.convert(url)
      #expect(conversion.file("transactor.tf") != nil, "\(url.lastPathComponent)")
      #expect(conversion.file("packer/datomic-transactor.pkr.hcl") != nil)
      #expect(conversion.file("examples/datomic/main.tf") != nil)
    }
    for url in Repository.corpus("general")
      + Repository.corpus("datomic").filter({
        $0.lastPathComponent.hasPrefix("candera")
      })
    {
      let (_, conversion) = try Self.convert(url)
      #expect(conversion.file("transactor.tf") == nil, "\(url.lastPathComponent)")
    }
  }

  /// `key=value` lines the template's user data writes into aws.properties, with literal values or
  /// parameter defaults; keys whose value is computed at boot are left out.
  static func templateProperties(_ template: Template) -> [(key: String, value: String)] {
    guard
      let lc = template.resources.first(where: { $0.type.value.hasSuffix("LaunchConfiguration") }),
      let userData = lc.property("UserData")
    else { return [] }
    var result: [(String, String)] = []
    var inside = false
    for line in Self.lines(userData.value) {
      if line.hasPrefix("cat <<EOF") { inside = true; continue }
      if line == "EOF" { inside = false; continue }
      guard inside, let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals].trimmingCharacters(in: .whitespaces)
      let value = String(line[line.index(after: equals)...])
      if value.contains("`") || value.contains("\u{1}") { continue }
      result.append((key, value))
    }
    return result
  }

  /// The user data as lines, with `Ref`s to parameters replaced by their defaults and anything
  /// else by U+0001 (unknown).
  static func lines(_ expr: Expr) -> [String] {
    func text(_ expr: Expr) -> String {
      switch expr.kind {
      case .string(let s): return s
      case .base64(let inner): return text(inner)
      case .join(let separator, let values):
        guard case .list(let items) = values.kind else { return "\u{1}" }
        return items.map(text).joined(separator: separator)
      default: return "\u{1}"
      }
    }
    return text(expr).components(separatedBy: "\n")
  }

  static let exampleValues = [
    "name": "test", "instance_type": "m5.large", "java_xmx": "4g", "datomic_version": "1.0.7491",
    "dynamodb_table_name": "datomic-test", "transactor_count": "1", "cloudwatch_dimension": "dim",
    "protocol": "ddb", "log_bucket_name": "logs-test", "memory_index_max": "512m",
    "memory_index_threshold": "32m", "object_cache_max": "1g",
  ]

  @Test(
    "the properties the template carried arrive in the rendered properties file",
    .enabled(if: Repository.canValidate, "terraform or the provider mirror is absent"))
  func propertiesArrive() throws {
    for url in Self.templates {
      let (template, conversion) = try Self.convert(url)
      let module = try TerraformModule(files: conversion.files.map { ($0.path, $0.contents) })
      defer { module.remove() }
      #expect(try module.initialise().status == 0)
      let required = TerraformModule.requiredVariables(
        in: conversion.file("variables.tf")!.contents)
      var variables: [String: String] = [:]
      for name in required {
        let value = Self.exampleValues[name]
        #expect(value != nil, "\(url.lastPathComponent): no example value for \(name)")
        variables[name] = value ?? "x"
      }
      // The provider's region is unknown to the console: pin the regions the template left to it
      // (AWS::Region), which it never compares below.
      for (key, variable) in [
        ("aws-dynamodb-region", "dynamodb_region"), ("aws-cloudwatch-region", "cloudwatch_region"),
      ] where !Self.templateProperties(template).contains(where: { $0.key == key }) {
        variables[variable] = "us-east-1"
      }
      let rendered = try #require(
        try module.evaluate("local.transactor_properties", variables: variables),
        "\(url.lastPathComponent): the properties do not render")
      let renderedPairs = rendered.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap {
        line -> (String, String)? in
        guard let equals = line.firstIndex(of: "=") else { return nil }
        return (String(line[..<equals]), String(line[line.index(after: equals)...]))
      }
      let skipped: Set<String> = ["host", "alt-host", "license-key"]
      var checked = 0
      for (key, value) in Self.templateProperties(template) where !skipped.contains(key) {
        if key.hasSuffix("secret-key") || key.hasSuffix("access-key-id") { continue }
        let found = renderedPairs.first { $0.0 == key }?.1
        #expect(found == value, "\(url.lastPathComponent): \(key)")
        checked += 1
      }
      #expect(checked >= 3, "\(url.lastPathComponent): only \(checked) properties compared")
    }
  }

  @Test("no secret of a template appears in any generated file, ledger entry or diagnostic")
  func secretsStayOut() throws {
    for url in Self.templates {
      let (template, conversion) = try Self.convert(url)
      var secrets: [String] = template.parameters.filter(\.noEcho).compactMap {
        $0.defaultValue?.stringValue
      }
      for (key, value) in Self.templateProperties(template)
      where ["license", "secret", "access-key", "password"].contains(where: key.contains) {
        secrets.append(value)
      }
      let haystacks =
        conversion.files.map(\.contents) + conversion.diagnostics.map(\.description)
        + conversion.ledger.entries.flatMap {
          [$0.sourceValue ?? "", $0.targetValue ?? "", $0.note]
        }
      for secret in secrets where secret.count >= 6 {
        #expect(
          !haystacks.contains { $0.contains(secret) }, "\(url.lastPathComponent) leaks a secret")
      }
    }
  }

  @Test("a NoEcho parameter's default, a Number's too, is said and copied nowhere")
  func noEchoDefaultSaid() throws {
    let url = Repository.fixtures.appendingPathComponent("datomic/template.json")
    let text = try String(contentsOf: url, encoding: .utf8).replacing(
      #""Type":"String",\#n   "Default":"1"}"#,
      with: #""Type":"Number", "NoEcho":true,\#n   "Default":7}"#)
    let conversion = Converter.convert(text, fileName: "template.json")
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let said = conversion.diagnostics.filter { $0.message.contains("NoEcho parameter 'GroupSize'") }
    #expect(
      said.map(\.message) == [
        "the default of NoEcho parameter 'GroupSize' is not copied: var.transactor_count has no default"
      ])
    #expect(said.first?.location?.line == 75)
    let entry = conversion.ledger.entries.first { $0.subject == "Parameters.GroupSize" }
    #expect(entry?.note.contains("the NoEcho default is not copied") == true)
    #expect(entry?.sourceValue == "(sensitive)")
  }

  @Test(
    "the rendered user data passes shellcheck",
    .enabled(
      if: Repository.canValidate
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/shellcheck"),
      "terraform, the provider mirror or shellcheck is absent"))
  func userDataPassesShellcheck() throws {
    let (_, conversion) = try Self.convert(Self.templates[0])
    let module = try TerraformModule(files: conversion.files.map { ($0.path, $0.contents) })
    defer { module.remove() }
    #expect(try module.initialise().status == 0)
    let expression = """
      templatefile("templates/user-data.sh.tftpl", { transactor_properties = "protocol=ddb\\n", \
      java_xmx = "4g", java_opts = "-XX:+UseG1GC", license_key = "k", \
      license_key_ssm_parameter = "/datomic/license", sql_password = "" })
      """
    let script = try #require(try module.evaluate(expression, variables: ["name": "test"]))
    let file = module.directory.appendingPathComponent("user-data.sh")
    try Data(script.utf8).write(to: file)
    let shellcheck = try Tool.run("/usr/bin/shellcheck", [file.path])
    #expect(shellcheck.status == 0, "\(shellcheck.output)")
    #expect(script.contains("license-key=k\n"))
    #expect(script.contains("--name '/datomic/license'"))
  }

  @Test(
    "every template's Packer files pass packer fmt -check and packer validate",
    .enabled(if: Oracle.packerAvailable, "packer is absent (apt-get install -y packer)"))
  func packerValidates() throws {
    for url in Self.templates {
      let (_, conversion) = try Self.convert(url)
      let packer = conversion.files.filter { $0.path.hasPrefix("packer/") }
      #expect(packer.count >= 5, "\(url.lastPathComponent)")
      let directory = try PackerTools.templateDirectory(packer)
      defer { try? FileManager.default.removeItem(at: directory) }
      for file in packer where file.path.hasSuffix(".pkr.hcl") {
        #expect(try Oracle.packerFormatCheck(file.contents).status == 0, "\(file.path)")
      }
      let outcome = try PackerTools.validate(directory, ["datomic_version": "1.0.7491"])
      #expect(outcome.status == 0, "\(url.lastPathComponent): \(outcome.output)\(outcome.errors)")
    }
  }

  @Test(
    "every module and example passes tf-validate",
    .enabled(if: Repository.canValidate, "terraform, the provider mirror or tf-validate is absent"))
  func modulesValidate() throws {
    let directory = try Repository.temporaryDirectory("datomic")
    defer { try? FileManager.default.removeItem(at: directory) }
    var roots: [URL] = []
    for url in Self.templates {
      let (_, conversion) = try Self.convert(url)
      let module = directory.appendingPathComponent(url.deletingPathExtension().lastPathComponent)
      try Repository.write(conversion.files.map { ($0.path, $0.contents) }, to: module)
      roots += [module, module.appendingPathComponent("examples/datomic")]
    }
    let (status, output) = try Repository.validate(roots)
    #expect(status == 0, "\(output)")
  }

  @Test("the table has point-in-time recovery behind a validated variable, on by default")
  func pointInTimeRecovery() throws {
    let (_, conversion) = try Self.convert(Self.templates[0])
    let storage = try #require(conversion.file("storage.tf")?.contents)
    #expect(
      storage.contains(
        """
          dynamic "point_in_time_recovery" {
            for_each = var.dynamodb_point_in_time_recovery ? [1] : []

            content {
              enabled = true
            }
          }
        """), "\(storage)")
    let variables = try #require(conversion.file("variables.tf")?.contents)
    #expect(
      variables.contains(
        """
        variable "dynamodb_point_in_time_recovery" {
          type        = bool
          description = "Turn on point-in-time recovery (continuous backups) of the DynamoDB table; false leaves it as the table has it (off for a new table)."
          default     = true

          validation {
            condition     = var.dynamodb_point_in_time_recovery != null
            error_message = "Set dynamodb_point_in_time_recovery to true or false."
          }
        }
        """), "\(variables)")
    #expect(
      conversion.file("README.md")?.contents.contains("`dynamodb_point_in_time_recovery`") == true)
  }

  @Test("the log bucket aborts incomplete multipart uploads when it is hardened")
  func abortIncompleteUploads() throws {
    let (_, conversion) = try Self.convert(Self.templates[0])
    let storage = try #require(conversion.file("storage.tf")?.contents)
    #expect(
      storage.contains(
        """
        resource "aws_s3_bucket_lifecycle_configuration" "logs" {
          count = var.create_log_bucket && var.log_bucket_name != null && (var.harden_log_bucket || var.log_retention_days > 0) ? 1 : 0

          bucket = aws_s3_bucket.logs[0].id

          rule {
            id     = "abort-incomplete-multipart-uploads"
            status = "Enabled"

            filter {}
            abort_incomplete_multipart_upload {
              days_after_initiation = 7
            }
          }

          dynamic "rule" {
            for_each = var.log_retention_days > 0 ? [1] : []
        """), "\(storage)")
  }

  @Test("adopting a stack leaves the table's backups and the log bucket as they are")
  func adoptionChangesNothing() throws {
    let url = Self.templates[0]
    let bytes = try [UInt8](Data(contentsOf: url))
    var stack = LiveStack(name: "tx")
    let at = SourceLocation(file: "resources.json", line: 1, column: 1)
    stack.resources = [
      .init(
        logicalId: "LaunchGroup", physicalId: "tx-group",
        type: "AWS::AutoScaling::AutoScalingGroup", status: nil, location: at),
      .init(
        logicalId: "LaunchConfig", physicalId: "tx-lc",
        type: "AWS::AutoScaling::LaunchConfiguration", status: nil, location: at),
    ]
    let conversion = Converter.convert(bytes: bytes, fileName: "template.json", liveStack: stack)
    let values = try #require(conversion.file("migration/terraform.tfvars")?.contents)
    #expect(values.contains("\ndynamodb_point_in_time_recovery = false\n"), "\(values)")
    #expect(values.contains("\nharden_log_bucket = false\n"), "\(values)")
  }
}
