import CFNParser
import Foundation
import Testing

@testable import TFEmitter

/// The Datomic profile's ledger is written beside its HCL: every target it names is something the
/// module declares, and the profile goes through the same entry as the generic conversion.
@Suite("Datomic ledger")
struct DatomicLedgerTests {
  /// True when `target` names something `conversion` writes: a file, a variable, a local, or a
  /// resource or data source (and, after its address, a block or argument of it).
  static func isDeclared(_ target: String, in conversion: Conversion) -> Bool {
    if conversion.file(target) != nil { return true }
    let hcl = conversion.files.filter { $0.path.hasSuffix(".tf") && !$0.path.contains("/") }
      .map(\.contents).joined(separator: "\n")
    let parts = target.split(separator: ".").map(String.init)
    switch parts.first {
    case "var": return parts.count == 2 && hcl.contains("variable \"\(parts[1])\" {")
    case "local":
      let locals = conversion.file("locals.tf")?.contents ?? ""
      return parts.count == 2 && locals.contains("\n  \(parts[1]) ")
    case "data":
      return parts.count == 3 && hcl.contains("data \"\(parts[1])\" \"\(parts[2])\" {")
    default:
      guard parts.count >= 2 else { return false }
      let header = "resource \"\(parts[0])\" \"\(parts[1])\" {"
      guard let start = hcl.range(of: header) else { return false }
      let rest = hcl[start.upperBound...]
      let body = rest.range(of: "\n}\n").map { rest[..<$0.lowerBound] } ?? rest
      return parts.dropFirst(2).allSatisfy {
        body.contains("\"\($0)\" {") || body.contains(" \($0) {")
      }
    }
  }

  @Test("every target of a Datomic ledger is declared in the module it was written with")
  func targetsAreDeclared() throws {
    for url in DatomicProfileTests.templates {
      let (_, conversion) = try DatomicProfileTests.convert(url)
      let targets = conversion.ledger.entries.compactMap { $0.target.map { "\($0)" } }
      #expect(!targets.isEmpty)
      let undeclared = targets.filter { !Self.isDeclared($0, in: conversion) }
      #expect(undeclared.isEmpty, "\(url.lastPathComponent)")
    }
  }

  @Test("a renamed resource is caught: the check is not vacuous")
  func checkFindsUndeclared() throws {
    let (_, conversion) = try DatomicProfileTests.convert(DatomicProfileTests.templates[0])
    #expect(Self.isDeclared("aws_launch_template.transactor", in: conversion))
    #expect(Self.isDeclared("aws_autoscaling_group.transactor.instance_refresh", in: conversion))
    #expect(Self.isDeclared("data.aws_ami.transactor", in: conversion))
    #expect(Self.isDeclared("var.transactor_count", in: conversion))
    #expect(Self.isDeclared("local.ami_id", in: conversion))
    #expect(!Self.isDeclared("aws_launch_template.launch_config", in: conversion))
    #expect(!Self.isDeclared("aws_autoscaling_group.transactor.warm_pool", in: conversion))
    #expect(!Self.isDeclared("var.no_such_input", in: conversion))
    #expect(!Self.isDeclared("templates/missing.tftpl", in: conversion))
  }

  @Test("the converter picks the Datomic profile, or the generic one with --generic or otherwise")
  func profileChoice() throws {
    let (template, _) = try DatomicProfileTests.convert(DatomicProfileTests.templates[0])
    let graph = GraphBuilder.build(template).graph
    #expect(
      Converter.profile(for: graph, options: ConversionOptions(), adopting: false) is DatomicProfile
    )
    #expect(
      Converter.profile(
        for: graph, options: ConversionOptions(useProfiles: false), adopting: false)
        is ModuleBuilder)
    let other = try #require(
      TemplateDecoder.decode(
        bytes: Array(#"{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}"#.utf8), fileName: "t.json"
      ).template)
    #expect(
      Converter.profile(
        for: GraphBuilder.build(other).graph, options: ConversionOptions(), adopting: false)
        is ModuleBuilder)
  }

  @Test("an addition is recorded at the address of the resource block written")
  func additionAtWrittenAddress() {
    var parts = ModuleParts(header: "h")
    let groups: [[HCLItem]] = [
      [.comment("c"), .block(HCLBlock("data", "aws_s3_bucket", "other") {})],
      [.block(HCLBlock("resource", "aws_s3_bucket", "logs") {})],
    ]
    parts.recordAddition(ofResource: "aws_s3_bucket", in: groups, "why")
    #expect(parts.ledger.entries.map(\.kind) == [.addition])
    #expect(parts.ledger.entries.first.map { $0.subject } == "aws_s3_bucket.logs")
    #expect(parts.ledger.entries.first?.target.map { "\($0)" } == "aws_s3_bucket.logs")
    #expect(HCLBlock("data", "aws_ami", "this") {}.address.description == "data.aws_ami.this")
    #expect(
      HCLBlock("resource", "aws_s3_bucket", "b") {}.address == .resource("aws_s3_bucket", "b"))
  }
}
