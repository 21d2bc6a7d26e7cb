import CFNParser

extension DatomicProfile {
  /// `data.tf`: what the module looks up, with the ledger entries of the mappings the image lookup
  /// replaces.
  mutating func writeData() {
    module.write("data.tf", dataItems)
    let lookup = amiLookup.address
    for mapping in template.mappings {
      let replaced = mapping.name == "AWSRegionArch2AMI" || mapping.name == "AWSInstanceType2Arch"
      module.record(
        .mapping, .section("Mappings") / mapping.name, at: mapping.range.start,
        target: mapping.name == "AWSRegionArch2AMI" ? lookup : nil, .dropped,
        replaced
          ? "replaced by \(lookup): the mapping names Datomic's own years-old images, which relied on the deploy bucket; the module runs the image packer/ bakes"
          : "no longer used: the module does not look anything up in it")
    }
  }

  /// Replaces the template's `AWSRegionArch2AMI` mapping: the newest image `packer/` baked.
  private var amiLookup: HCLBlock {
    HCLBlock("data", "aws_ami", "transactor") {
      HCLAttribute(
        "count",
        .countIf(
          .and(
            .equal(.variable("ami_id"), .null),
            .equal(.variable("launch_configuration_name"), .null))))
      HCLBlank()
      HCLAttribute("most_recent", .bool(true))
      HCLAttribute("owners", .variable("ami_owners"))
      HCLBlank()
      HCLBlock("filter") {
        HCLAttribute("name", .string("name"))
        HCLAttribute(
          "values", .list(.interpolated("${var.ami_name_prefix}-${var.datomic_version}-*")))
      }
    }
  }

  private var dataItems: [[HCLItem]] {
    [
      [.block(HCLBlock("data", "aws_partition", "current") {})],
      [.block(HCLBlock("data", "aws_caller_identity", "current") {})],
      [.block(HCLBlock("data", "aws_region", "current") {})],
      [
        .block(
          HCLBlock("data", "aws_availability_zones", "available") {
            HCLAttribute("state", .string("available"))
          })
      ],
      [
        .comment("The default VPC, where the template's instances ran, when vpc_id is not given."),
        .block(
          HCLBlock("data", "aws_vpc", "default") {
            HCLAttribute("count", .countIf(.equal(.variable("vpc_id"), .null)))
            HCLBlank()
            HCLAttribute("default", .bool(true))
          }),
      ],
      [
        .comment(
          "Replaces the template's AWSRegionArch2AMI mapping: the newest image the Packer template",
          "in packer/ built for this Datomic version."),
        .block(amiLookup),
      ],
      [
        .comment("The security group ensure-cf made, when it is reused rather than created."),
        .block(
          HCLBlock("data", "aws_security_group", "transactor") {
            HCLAttribute(
              "count",
              .countIf(
                .and(
                  .equal(.variable("create_security_group"), .bool(false)),
                  .notEqual(.variable("security_group_name"), .null))))
            HCLBlank()
            HCLAttribute("name", .variable("security_group_name"))
            HCLAttribute("vpc_id", .local("vpc_id"))
          }),
      ],
    ]
  }
}
