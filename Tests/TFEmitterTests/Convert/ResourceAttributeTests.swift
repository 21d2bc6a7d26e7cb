import CFNParser
import Foundation
import TFEmitter
import TestSupport
import Testing

/// Resource attributes with no Terraform meaning are dropped out loud: a comment on the resource
/// in `main.tf` and a ledger entry at the key, with the reason.
@Suite("Resource attributes")
struct ResourceAttributeTests {
  static let template = MarkedText(
    """
    {"Resources": {
      "Bucket": {"Type": "AWS::S3::Bucket", "Version": 1️⃣"1.0", 2️⃣"Colour": "red",
                 "Metadata": {"Owner": "me"}, "Properties": {"BucketName": "logs"}}}}
    """)

  static func convert() -> Conversion {
    Converter.convert(template.text, fileName: "t.json")
  }

  @Test("Version is dropped, with the reason, in main.tf and the ledger")
  func version() throws {
    let conversion = Self.convert()
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    let block = try #require(MappingProbe.block("aws_s3_bucket.bucket", in: conversion))
    #expect(
      block.contains(
        "# cfn2tf: 'Version' is dropped: 'Version' has no Terraform counterpart (CloudFormation reads it on custom resources only)\n"
      ), "\(block)")
    let entry = try #require(MappingProbe.entry("Bucket.Version", in: conversion))
    #expect(entry.kind == .attribute)
    #expect(entry.status == .dropped)
    #expect(entry.target == nil)
    #expect(entry.location == Self.template.location("1️⃣", file: "t.json"))
  }

  @Test("a key CloudFormation does not know is a warning, dropped in main.tf and the ledger")
  func unknownKey() throws {
    let conversion = Self.convert()
    let warnings = conversion.diagnostics.filter { $0.message.contains("'Colour'") }
    #expect(warnings.map(\.severity) == [.warning])
    #expect(warnings.first?.location == Self.template.location("2️⃣", file: "t.json"))
    let block = try #require(MappingProbe.block("aws_s3_bucket.bucket", in: conversion))
    #expect(
      block.contains(
        "# cfn2tf: 'Colour' is dropped: CloudFormation does not know this resource attribute; it is ignored\n"
      ), "\(block)")
    let entry = try #require(MappingProbe.entry("Bucket.Colour", in: conversion))
    #expect(entry.kind == .attribute)
    #expect(entry.status == .dropped)
    #expect(entry.location == Self.template.location("2️⃣", file: "t.json"))
  }
}

/// The Datomic profile, which writes its own ledger for the transactor's group, records the same
/// two attributes.
@Suite("Resource attributes: the Datomic profile")
struct DatomicResourceAttributeTests {
  @Test("the transactor group's Version and unknown key are dropped in the ledger")
  func profileRecordsThem() throws {
    let url = Repository.fixtures.appendingPathComponent("datomic/template.json")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let group = #"{"Type":"AWS::AutoScaling::AutoScalingGroup","#
    #expect(text.contains(group))
    let edited = text.replacingOccurrences(
      of: group, with: group + #""Version":"1.0","Colour":"red","#)
    let conversion = Converter.convert(edited, fileName: "cf.json")
    #expect(!conversion.diagnostics.containsErrors, "\(conversion.diagnostics)")
    #expect(conversion.file("transactor.tf") != nil)
    for key in ["Version", "Colour"] {
      let entry = conversion.ledger.entries.first { $0.subject.hasSuffix(".\(key)") }
      #expect(entry?.kind == .attribute, "\(key)")
      #expect(entry?.status == .dropped, "\(key)")
    }
  }
}
