import Testing

@testable import TFEmitter

@Suite("Traversals in the HCL tree")
struct HCLTraversalTests {
  @Test("a traversal prints as the reference it replaces")
  func printing() {
    let role = TerraformPath.resource("aws_iam_role", "transactor")
    #expect(HCLPrinter.printExpression(.traversal(role / "arn")) == "aws_iam_role.transactor.arn")
    #expect(HCLPrinter.printExpression(.variable("java_xmx")) == "var.java_xmx")
    #expect(HCLPrinter.printExpression(.local("tags")) == "local.tags")
    #expect(
      HCLPrinter.printExpression(
        .call("one", [.traversal(role.appending([.splat, .attribute("arn")]))]))
        == "one(aws_iam_role.transactor[*].arn)")
    #expect(HCLExpression.variable("x") == .traversal(.variable("x")))
    #expect(
      HCLExpression.local("x").isReference && HCLExpression.reference("each.value").isReference)
    #expect(!HCLExpression.string("x").isReference)
  }

  @Test("a traversal is an operand that needs no parentheses, as a reference was")
  func operand() {
    #expect(
      HCLPrinter.printExpression(EC2.negation(.local("is_prod"))) == "local.is_prod == false")
    #expect(
      HCLPrinter.printExpression(EC2.negation(.binary(.local("a"), "&&", .local("b"))))
        == "(local.a && local.b) == false")
  }

  @Test("a resource's attribute is a traversal when it is one name, else written as is")
  func resourceAttributes() {
    var target = ResourceTarget(
      type: "aws_instance", name: "web", refAttribute: "id", attributes: [:],
      isConditional: false)
    let instance = TerraformPath.resource("aws_instance", "web")
    #expect(target.expression(for: "private_ip") == .traversal(instance / "private_ip"))
    #expect(
      target.expression(for: "root_block_device[0].volume_id")
        == .reference("aws_instance.web.root_block_device[0].volume_id"))
    target.isConditional = true
    #expect(
      target.expression(for: "private_ip")
        == .call("one", [.traversal(instance.appending([.splat, .attribute("private_ip")]))]))
  }

  @Test(
    "a template variable is named from the traversal's parts",
    arguments: [
      (HCLExpression.variable("java_xmx"), "java_xmx"),
      (.local("bucket_name"), "bucket_name"),
      (.traversal(TerraformPath.resource("data.aws_region", "current") / "name"), "region"),
      (.traversal(TerraformPath.resource("aws_iam_role", "x") / "arn"), "x_arn"),
      (.attributeAccess(.traversal(TerraformPath.resource("aws_s3_bucket", "b")), "id"), "b_id"),
      (.reference("aws_iam_role.x.arn"), "x_arn"),
    ])
  func templateVariableName(_ expression: HCLExpression, _ name: String) {
    #expect(ResourceBuilder.templateVariableName(expression, taken: []) == name)
  }

  @Test("a path's names keep an index with the name before it")
  func names() {
    let path = TerraformPath.resource("aws_x", "y").appending([.index(0), .attribute("id")])
    #expect(path.names == ["aws_x", "y[0]", "id"])
    #expect(TerraformPath.variable("v").names == ["var", "v"])
    #expect(TerraformPath.resource("data.aws_ami", "a").names == ["data", "aws_ami", "a"])
  }
}
