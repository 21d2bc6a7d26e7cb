import Foundation
import TFEmitter
import TestSupport
import Testing

/// `packer build` of the generated source against moto_server on 127.0.0.1 (aws-emulator.md §3):
/// a second file adds a build named `moto` that reuses `source.amazon-ebs.transactor` with moto's
/// endpoint and no communicator, so the provisioners (which need a real instance and the
/// network) do not run, while the base image filter, the AMI name, the tags with Packer's
/// `{{ .SourceAMI }}` and the manifest hand-off do. Skipped by name without packer, moto_server
/// or curl.
@Suite("Datomic Packer build against moto")
struct DatomicPackerBuildTests {
  static let motoBuild = """
    variable "moto_ec2_endpoint" {
      type = string
    }

    build {
      name = "moto"

      source "source.amazon-ebs.transactor" {
        name                = "moto"
        custom_endpoint_ec2 = var.moto_ec2_endpoint
        communicator        = "none"
      }

      post-processor "manifest" {
        output     = "${path.root}/manifest.json"
        strip_path = true
      }
    }

    """

  @Test(
    "packer build makes an image named and tagged for the module",
    .enabled(if: PackerTools.canBuildAgainstMoto, "packer, moto_server or curl is absent"))
  func buildsAgainstMoto() throws {
    let files = DatomicPacker.files(
      PackerSettings(region: "us-east-1"), header: DatomicPackerTests.header)
    let directory = try PackerTools.templateDirectory(
      files, extra: [("moto.pkr.hcl", Self.motoBuild)])
    defer { try? FileManager.default.removeItem(at: directory) }
    let moto = try MotoServer(logDirectory: directory)
    defer { moto.stop() }

    let build = try Packer.run(
      [
        "build", "-only=moto.amazon-ebs.moto", "-var", "datomic_version=1.0.7180",
        "-var", "moto_ec2_endpoint=\(moto.endpoint)", ".",
      ],
      in: directory, seconds: 180)
    #expect(build.status == 0, "\(build.output)\(build.errors)")

    // The hand-off of the README: the last build's artifact_id is "<region>:<ami id>".
    let manifest =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: directory.appendingPathComponent("manifest.json"))) as? [String: Any]
    let builds = manifest?["builds"] as? [[String: Any]] ?? []
    let artifact = builds.last?["artifact_id"] as? String ?? ""
    let parts = artifact.split(separator: ":").map(String.init)
    #expect(
      parts.count == 2 && parts[0] == "us-east-1" && parts[1].hasPrefix("ami-"), "\(artifact)")
    let amiID = parts.last ?? ""

    // The module's lookup when ami_id is null: the newest own image named <prefix>-<version>-*.
    let images = try moto.ec2(
      "Action=DescribeImages&Version=2016-11-15&Owner.1=self"
        + "&Filter.1.Name=name&Filter.1.Value.1=datomic-transactor-1.0.7180-*")
    #expect(images.status == 0, "\(images.errors)")
    let xml = images.output
    #expect(xml.components(separatedBy: "<imageId>").count == 2, "one image: \(xml)")
    #expect(xml.contains("<imageId>\(amiID)</imageId>"))
    // The name ends with the UTC build time as 14 digits.
    let name = Self.element("name", in: xml) ?? ""
    let stamp = name.dropFirst("datomic-transactor-1.0.7180-".count)
    #expect(name.hasPrefix("datomic-transactor-1.0.7180-"), "\(name)")
    #expect(stamp.count == 14 && stamp.allSatisfy(\.isNumber), "\(name)")
    #expect(Self.tag("Name", in: xml) == name)
    for (key, value) in [
      ("DatomicVersion", "1.0.7180"), ("JavaPackage", "java-21-amazon-corretto-headless"),
      ("Arch", "amd64"),
    ] {
      #expect(Self.tag(key, in: xml) == value, "\(key)")
    }
    // Packer filled in the base image that source_ami_filter found: an Amazon Linux 2023 image.
    let baseName = Self.tag("BaseAMIName", in: xml) ?? ""
    #expect(baseName.hasPrefix("al2023-ami-2023.") && baseName.hasSuffix("-x86_64"), "\(baseName)")
    #expect(Self.tag("BaseAMI", in: xml)?.hasPrefix("ami-") == true)
    #expect(Self.tag("BaseAMI", in: xml) != amiID)
  }

  /// The text of the first `<element>` of a response.
  static func element(_ element: String, in xml: String) -> String? {
    guard let open = xml.range(of: "<\(element)>"),
      let close = xml[open.upperBound...].range(of: "</\(element)>")
    else { return nil }
    return String(xml[open.upperBound..<close.lowerBound])
  }

  /// The value of tag `key` in a DescribeImages response.
  static func tag(_ key: String, in xml: String) -> String? {
    guard let keyRange = xml.range(of: "<key>\(key)</key>") else { return nil }
    let rest = xml[keyRange.upperBound...]
    guard let open = rest.range(of: "<value>"), let close = rest.range(of: "</value>") else {
      return nil
    }
    return String(rest[open.upperBound..<close.lowerBound])
  }
}
