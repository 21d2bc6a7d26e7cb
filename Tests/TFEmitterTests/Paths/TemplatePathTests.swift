import TFEmitter
import Testing

@Suite("Template paths")
struct TemplatePathTests {
  static let ebs: TemplatePath = .property("BlockDeviceMappings", of: "I") / 0 / "Ebs"
  static let shapes: [(TemplatePath, String)] = [
    (.section("Parameters") / "Xmx", "Parameters.Xmx"),
    (.section("Description"), "Description"),
    (.resource("LaunchGroup"), "LaunchGroup"),
    (.resource("LaunchGroup") / "DependsOn", "LaunchGroup.DependsOn"),
    (.property("MinSize", of: "LaunchGroup"), "LaunchGroup.Properties.MinSize"),
    (.property("A", of: "Id") / 1 / "B", "Id.Properties.A[1].B"),
    (.property("A", of: "Id") / 0 / 2, "Id.Properties.A[0][2]"),
    (
      TemplatePath.property("UserData", of: "Lc").appending([.line("protocol")]),
      "Lc.Properties.UserData[protocol]"
    ),
    (ebs / "VolumeSize", "I.Properties.BlockDeviceMappings[0].Ebs.VolumeSize"),
  ]

  @Test("a path prints as the reports have always printed it", arguments: shapes)
  func description(_ path: TemplatePath, _ text: String) {
    #expect(path.description == text)
  }

  @Test("a path writes its text after what a buffer holds; a relative one has no leading dot")
  func writing() {
    var bytes = Array("| ".utf8)
    (Self.ebs / "Größe").write(into: &bytes)
    #expect(
      String(decoding: bytes, as: UTF8.self) == "| I.Properties.BlockDeviceMappings[0].Ebs.Größe")
    var relative: [UInt8] = []
    RelativeTemplatePath([.key("Ä"), .index(3), .line("k")]).write(into: &relative)
    #expect(String(decoding: relative, as: UTF8.self) == "Ä[3][k]")
  }

  @Test("the fields say where the path is, without reading its text")
  func fields() {
    let path = TemplatePath.property("A", of: "Id") / 1 / "B"
    #expect(path.logicalId == "Id")
    #expect(path.section == nil)
    #expect(path.propertySteps.map(Array.init) == [.key("A"), .index(1), .key("B")])
    let parameter = TemplatePath.section("Parameters") / "Xmx"
    #expect(parameter.logicalId == nil)
    #expect(parameter.section == "Parameters")
    #expect(parameter.propertySteps == nil)
    #expect((TemplatePath.resource("Id") / "DependsOn").propertySteps == nil)
    #expect(TemplatePath.resource("Id").appending([.key("Properties")]).propertySteps == nil)
  }

  @Test("a relative path attaches below a resource's properties")
  func relative() {
    let relative = RelativeTemplatePath.here / "Listeners" / 0 / "Port"
    #expect(relative.description == "Listeners[0].Port")
    #expect(RelativeTemplatePath.here.description == "")
    #expect((RelativeTemplatePath.here / 2).description == "[2]")
    let full = (TemplatePath.resource("Lb") / "Properties").appending(relative)
    #expect(full.description == "Lb.Properties.Listeners[0].Port")
    #expect(full == TemplatePath.property("Listeners", of: "Lb") / 0 / "Port")
  }

  @Test("a path contains itself and what lies below it, not a sibling with a longer name")
  func contains() {
    let data = TemplatePath.property("Data", of: "Id")
    #expect(data.contains(data))
    #expect(data.contains(data / "Key"))
    #expect(data.contains(data / 0))
    #expect(!data.contains(.property("DataSize", of: "Id")))
    #expect(!data.contains(.property("Data", of: "Other")))
    #expect(!(data / "Key").contains(data))
  }

  @Test("a key holding a dot stays one step, though it prints like two")
  func dottedKey() {
    let faked = TemplatePath.property("Ebs.VolumeSize", of: "I")
    let typed = TemplatePath.property("Ebs", of: "I") / "VolumeSize"
    #expect(faked.description == typed.description)
    #expect(faked != typed)
  }
}
