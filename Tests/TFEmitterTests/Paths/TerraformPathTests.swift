import TFEmitter
import Testing

@Suite("Terraform paths")
struct TerraformPathTests {
  static let instance = TerraformPath.resource("aws_instance", "i")
  static let shapes: [(TerraformPath, String)] = [
    (.resource("aws_autoscaling_group", "g") / "min_size", "aws_autoscaling_group.g.min_size"),
    (instance / "ebs_block_device" / 0 / "iops", "aws_instance.i.ebs_block_device[0].iops"),
    (.resource("data.aws_ami", "transactor"), "data.aws_ami.transactor"),
    (
      TerraformPath(.data(type: "aws_region", name: "current")) / "name",
      "data.aws_region.current.name"
    ),
    (.variable("xmx"), "var.xmx"),
    (.local("tags"), "local.tags"),
    (.output("endpoint"), "output.endpoint"),
    (TerraformPath(.module("stack")) / "outputs", "module.stack.outputs"),
    (.file("templates/user-data.sh.tftpl"), "templates/user-data.sh.tftpl"),
    (TerraformPath(.argument("detector_id")), "detector_id"),
    (instance.appending([.splat, .attribute("id")]), "aws_instance.i[*].id"),
    (.data("aws_vpc", "default").splat / "id", "data.aws_vpc.default[*].id"),
    (.resource("aws_s3_bucket", "logs") / 0 / "id", "aws_s3_bucket.logs[0].id"),
  ]

  @Test("a path prints as Terraform writes it", arguments: shapes)
  func description(_ path: TerraformPath, _ text: String) {
    #expect(path.description == text)
  }

  @Test("a path writes its text after what a buffer holds, modules and multi-byte names too")
  func writing() {
    let path = TerraformPath(
      .resource(type: "aws_x", name: "é✓"), [.index(12), .splat, .attribute("ü")], inModule: "m")
    var bytes = Array("| ".utf8)
    path.write(into: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "| module.m.aws_x.é✓[12][*].ü")
    #expect(path.description == "module.m.aws_x.é✓[12][*].ü")
  }

  @Test("the fields say what the path names, without reading its text")
  func fields() {
    let path = TerraformPath.resource("aws_instance", "i") / "ebs_block_device" / 0 / "iops"
    #expect(path.root == .resource(type: "aws_instance", name: "i"))
    #expect(path.address == .resource("aws_instance", "i"))
    #expect(path.address.description == "aws_instance.i")
    #expect(path.attributeNames == ["ebs_block_device", "iops"])
    #expect(path.isResource)
    #expect(TerraformPath.resource("data.aws_ami", "a").root == .data(type: "aws_ami", name: "a"))
    #expect(TerraformPath.resource("data.aws_ami", "a").isResource)
    #expect(!TerraformPath.variable("x").isResource)
    #expect(TerraformPath.variable("x").root == .variable("x"))
  }
}
