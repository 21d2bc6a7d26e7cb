import CFNParser
import Testing

/// `Template.parameter(_:)`, `mapping(_:)`, `condition(_:)` and `resource(_:)` read an index by
/// name built once per section (a conversion looks names up for every reference): they answer as
/// the linear search they replaced did, the first element of a name written twice included, and
/// follow every change of the sections.
@Suite("Template lookups by name")
struct TemplateLookupTests {
  @Test("each section's elements are found by name, and an unknown name is not")
  func findsByName() throws {
    let template = try decodeValidTemplate(TemplateDecoderTests.full)
    for parameter in template.parameters {
      #expect(template.parameter(parameter.name) == parameter)
    }
    for mapping in template.mappings { #expect(template.mapping(mapping.name) == mapping) }
    for condition in template.conditions {
      #expect(template.condition(condition.name) == condition)
    }
    for resource in template.resources {
      #expect(template.resource(resource.logicalId) == resource)
    }
    #expect(template.parameter("Vpc") == nil)
    #expect(template.mapping("Env") == nil)
    #expect(template.condition("RegionMap") == nil)
    #expect(template.resource("IsProd") == nil)
  }

  @Test("lookups follow sections replaced, appended to and shortened")
  func followsChanges() throws {
    var template = try decodeValidTemplate(TemplateDecoderTests.full)
    let env = try #require(template.parameter("Env"))
    var renamed = env
    renamed.name = "Stage"
    template.parameters.append(renamed)
    #expect(template.parameter("Stage") == renamed)
    template.parameters.removeAll { $0.name == "Env" }
    #expect(template.parameter("Env") == nil)
    #expect(template.parameter("Stage") == renamed)

    var region = try #require(template.mapping("RegionMap"))
    region.name = "Other"
    template.mappings = [region]
    #expect(template.mapping("RegionMap") == nil)
    #expect(template.mapping("Other") == region)

    template.conditions.removeFirst()
    #expect(template.condition("IsProd") == nil)
    #expect(template.condition("NotProd") != nil)

    template.resources[0].logicalId = "Network"
    #expect(template.resource("Vpc") == nil)
    #expect(template.resource("Network")?.type.value == "AWS::EC2::VPC")
  }

  @Test("a name written twice finds the first element, as a linear search does")
  func firstOfDuplicates() throws {
    var template = try decodeValidTemplate(TemplateDecoderTests.full)
    var first = try #require(template.parameter("Size"))
    first.description = "first"
    var second = first
    second.description = "second"
    template.parameters = [first, second]
    #expect(template.parameter("Size")?.description == "first")

    var condition = try #require(template.condition("IsProd"))
    condition.name = "NotProd"
    template.conditions.append(condition)
    #expect(template.condition("NotProd") == template.conditions[1])
  }
}
