import Foundation
import TFEmitter
import TestSupport
import Testing

/// The Packer template's files through the real tools: `packer fmt -check` and `packer validate`
/// (Packer 1.6.6, so without `plugins.pkr.hcl`), `shellcheck` and `systemd-analyze verify`.
/// Each test is skipped by name when its tool is not on `PATH`; none needs the network.
@Suite("Datomic Packer template oracles")
struct DatomicPackerOracleTests {
  static let settings = PackerSettings(datomicVersion: "0.9.5544", region: "eu-west-1")
  static let files = DatomicPacker.files(settings, header: DatomicPackerTests.header)
  static let hclPaths = files.map(\.path).filter { $0.hasSuffix(".pkr.hcl") }

  static func contents(_ path: String) -> String {
    files.first { $0.path == path }?.contents ?? ""
  }

  @Test(
    "packer fmt -check leaves every .pkr.hcl file alone",
    .enabled(if: Oracle.packerAvailable, "packer is absent"),
    arguments: hclPaths)
  func formatted(_ path: String) throws {
    let outcome = try Oracle.packerFormatCheck(Self.contents(path))
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
    #expect(outcome.output.isEmpty)
  }

  @Test(
    "packer validate accepts the template with datomic_version=1.0.7180",
    .enabled(if: Oracle.packerAvailable, "packer is absent"))
  func validates() throws {
    let directory = try PackerTools.templateDirectory(Self.files)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try PackerTools.validate(directory, ["datomic_version": "1.0.7180"])
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
  }

  @Test(
    "packer validate requires datomic_version",
    .enabled(if: Oracle.packerAvailable, "packer is absent"))
  func versionRequired() throws {
    let directory = try PackerTools.templateDirectory(Self.files)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try PackerTools.validate(directory, [:])
    #expect(outcome.status == 1)
    #expect((outcome.output + outcome.errors).contains("datomic_version"))
  }

  /// Versions that packer's rules and `PackerSettings.isPublicRelease` must judge alike.
  static let versions = [
    "1.0.7180", "1.0.6726", "1.1.0", "2.0.0", "0.9.5544.1", "0.9.5544", "0.9.5561.59",
    "1.0.6725", "1.0", "1.0.7180.1", "v1.0.7180", "1..6726", "",
  ]

  @Test(
    "packer validate and isPublicRelease agree on datomic_version",
    .enabled(if: Oracle.packerAvailable, "packer is absent"), arguments: versions)
  func versionRule(_ version: String) throws {
    let directory = try PackerTools.templateDirectory(Self.files)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try PackerTools.validate(directory, ["datomic_version": version])
    let accepted = PackerSettings.isPublicRelease(version)
    #expect(outcome.status == (accepted ? 0 : 1), "\(outcome.output)\(outcome.errors)")
    if !accepted {
      // Packer 1.6.6 prints validation errors on stdout.
      #expect((outcome.output + outcome.errors).contains("Invalid value for cmd variable"))
    }
  }

  static let variableCases: [(variables: [String: String], accepted: Bool)] = [
    (["arch": "arm64"], true),
    (["arch": "x86_64"], false),
    (["datomic_sha256": String(repeating: "0f", count: 32)], true),
    (["datomic_sha256": "abc"], false),
    (["datomic_sha256": String(repeating: "0F", count: 32)], false),
    (["ami_name_prefix": "team/datomic_tx-1.0"], true),
    (["ami_name_prefix": ""], false),
    (["ami_name_prefix": "datomic tx"], false),
    (["volume_size": "20"], true),
    (["volume_size": "4"], false),
    (["extra_packages": #"["htop", "jq"]"#, "tags": #"{ Team = "data" }"#], true),
    (
      ["install_cloudwatch_agent": "true", "enable_ssh": "true", "instance_type": "m7g.large"], true
    ),
  ]

  @Test(
    "packer validate applies the other variables' rules",
    .enabled(if: Oracle.packerAvailable, "packer is absent"), arguments: variableCases.indices)
  func variableRule(_ index: Int) throws {
    let (variables, accepted) = Self.variableCases[index]
    let directory = try PackerTools.templateDirectory(Self.files)
    defer { try? FileManager.default.removeItem(at: directory) }
    var all = variables
    all["datomic_version"] = "1.0.7180"
    let outcome = try PackerTools.validate(directory, all)
    #expect(
      outcome.status == (accepted ? 0 : 1), "\(variables): \(outcome.output)\(outcome.errors)")
  }

  @Test(
    "shellcheck finds nothing in install-datomic.sh",
    .enabled(if: PackerTools.shellcheckPath != nil, "shellcheck is absent"))
  func shellcheck() throws {
    let directory = try PackerTools.templateDirectory(Self.files)
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try Packer.run(
      ["--severity=style", "scripts/install-datomic.sh"], tool: PackerTools.shellcheckPath!,
      in: directory)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
    #expect(outcome.output.isEmpty)
  }

  @Test(
    "systemd-analyze verify finds nothing in the unit (ExecStart pointed at /bin/true)",
    .enabled(if: PackerTools.systemdAnalyzePath != nil, "systemd-analyze is absent"))
  func unitVerifies() throws {
    // The transactor is not installed here, and verify insists that ExecStart exists.
    let unit = Self.contents(DatomicPacker.unitPath).replacingOccurrences(
      of: "ExecStart=/opt/datomic/current/bin/transactor ", with: "ExecStart=/bin/true ")
    #expect(unit != Self.contents(DatomicPacker.unitPath))
    let directory = try Repository.temporaryDirectory("unit")
    defer { try? FileManager.default.removeItem(at: directory) }
    try Repository.write([("datomic-transactor.service", unit)], to: directory)
    let outcome = try Packer.run(
      ["verify", "--man=no", "./datomic-transactor.service"],
      tool: PackerTools.systemdAnalyzePath!, in: directory)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
    #expect(outcome.errors.isEmpty, "\(outcome.errors)")
  }
}
