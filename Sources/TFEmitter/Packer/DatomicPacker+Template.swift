private typealias P = PackerHCL

extension DatomicPacker {
  /// `datomic-transactor.pkr.hcl`: locals, the `amazon-ebs` source and the build.
  static func templateItems(_ settings: PackerSettings) -> [[HCLItem]] {
    [
      [
        .comment([
          "Bakes a Datomic Pro transactor image on the newest Amazon Linux 2023. Datomic's own",
          "transactor AMIs and deploy bucket are gone (its CloudFormation tooling was deprecated on",
          "2023-12-18); see README.md for building and for handing the image to the module.",
        ])
      ],
      [localsBlock(settings)],
      [sourceBlock],
      [buildBlock],
    ]
  }

  private static func localsBlock(_ settings: PackerSettings) -> HCLItem {
    let isArm = HCLExpression.binary(P.variable("arch"), "==", .string("arm64"))
    let tags: [(String, HCLExpression)] = [
      ("Name", P.local("ami_name")),
      ("DatomicVersion", P.variable("datomic_version")),
      ("JavaPackage", P.variable("java_package")),
      ("Arch", P.variable("arch")),
      ("BaseAMI", .string("{{ .SourceAMI }}")),
      ("BaseAMIName", .string("{{ .SourceAMIName }}")),
    ]
    return P.block(
      "locals", [],
      [
        .comment(["The UTC build time as digits, such as 20260127093000."]),
        P.attribute(
          "timestamp",
          .call("regex_replace", [.call("timestamp", []), .string("[- TZ:]"), .string("")])),
        .comment(["The Terraform module's aws_ami lookup filters on <prefix>-<version>-*."]),
        P.attribute(
          "ami_name",
          P.template([
            .expression(P.variable("ami_name_prefix")), .text("-"),
            .expression(P.variable("datomic_version")), .text("-"),
            .expression(P.local("timestamp")),
          ])),
        .comment(["Amazon Linux 2023 calls the architectures x86_64 and arm64."]),
        P.attribute("ami_arch", .conditional(isArm, .string("arm64"), .string("x86_64"))),
        P.attribute(
          "instance_type",
          .conditional(
            .binary(P.variable("instance_type"), "!=", .string("")), P.variable("instance_type"),
            .parenthesized(
              .conditional(
                isArm, .string(settings.arm64InstanceType), .string(settings.instanceType))))),
        .comment([
          "The amazon builder fills in {{ .SourceAMI }} and {{ .SourceAMIName }} from the image",
          "that source_ami_filter found.",
        ]),
        P.attribute("tags", .call("merge", [P.variable("tags"), P.object(tags)])),
      ])
  }

  private static var sourceBlock: HCLItem {
    let filters = P.object([
      (
        "name",
        P.template([.text("al2023-ami-2023.*-"), .expression(P.local("ami_arch"))])
      ),
      ("architecture", P.local("ami_arch")),
      ("root-device-type", .string("ebs")),
      ("virtualization-type", .string("hvm")),
    ])
    let rootVolume: [HCLItem] = [
      P.attribute("device_name", .string("/dev/xvda")),
      P.attribute("volume_size", P.variable("volume_size")),
      P.attribute("volume_type", .string("gp3")),
      .comment(["Packer 1.6.6 wants iops and throughput with gp3: these are gp3's baseline."]),
      P.attribute("iops", .number("3000")),
      P.attribute("throughput", .number("125")),
      P.attribute("encrypted", .bool(true)),
      P.attribute("kms_key_id", P.variable("kms_key_id")),
      P.attribute("delete_on_termination", .bool(true)),
    ]
    return P.block(
      "source", ["amazon-ebs", "transactor"],
      [
        P.attribute("region", P.variable("region")),
        P.attribute("instance_type", P.local("instance_type")),
        P.attribute("subnet_id", P.variable("subnet_id")),
        P.attribute("ssh_username", .string("ec2-user")),
        .comment(["Removes the build's temporary key from ec2-user before the image is taken."]),
        P.attribute("ssh_clear_authorized_keys", .bool(true)),
        .blankLine,
        P.attribute("ami_name", P.local("ami_name")),
        P.attribute(
          "ami_description",
          P.template([
            .text("Datomic Pro "), .expression(P.variable("datomic_version")),
            .text(" transactor on Amazon Linux 2023 ("), .expression(P.variable("arch")),
            .text(")"),
          ])),
        P.attribute("encrypt_boot", .bool(true)),
        P.attribute("kms_key_id", P.variable("kms_key_id")),
        P.attribute("tags", P.local("tags")),
        P.attribute("snapshot_tags", P.local("tags")),
        P.attribute("run_tags", P.local("tags")),
        P.attribute("run_volume_tags", P.local("tags")),
        .blankLine,
        .comment([
          "The newest Amazon Linux 2023 image of the architecture. Its images require IMDSv2",
          "(ImdsSupport v2.0), which covers the build instance: Packer 1.6.6's amazon-ebs has no",
          "metadata_options block (later versions do) nor imds_support, and the transactor",
          "instances get http_tokens = \"required\" from the module's launch template.",
        ]),
        P.block(
          "source_ami_filter", [],
          [
            P.attribute("filters", filters),
            P.attribute("owners", .tuple([.string("amazon")])),
            P.attribute("most_recent", .bool(true)),
          ]),
        .blankLine,
        .comment(["The root volume of the build instance, encrypted like the image."]),
        P.block("launch_block_device_mappings", [], rootVolume),
      ])
  }

  private static var buildBlock: HCLItem {
    let environment: [HCLExpression] = [
      P.template([.text("DATOMIC_VERSION="), .expression(P.variable("datomic_version"))]),
      P.template([.text("DATOMIC_SHA256="), .expression(P.variable("datomic_sha256"))]),
      P.template([.text("JAVA_PACKAGE="), .expression(P.variable("java_package"))]),
      P.template([
        .text("EXTRA_PACKAGES="),
        .expression(.call("join", [.string(" "), P.variable("extra_packages")])),
      ]),
      P.template([
        .text("INSTALL_CLOUDWATCH_AGENT="), .expression(P.variable("install_cloudwatch_agent")),
      ]),
      P.template([.text("ENABLE_SSH="), .expression(P.variable("enable_ssh"))]),
      .string("UNIT_FILE=\(uploadedUnitPath)"),
    ]
    return P.block(
      "build", [],
      [
        P.attribute("sources", .tuple([.string("source.amazon-ebs.transactor")])),
        .blankLine,
        P.block(
          "provisioner", ["file"],
          [
            P.attribute("source", pathRoot("/files/datomic-transactor.service")),
            P.attribute("destination", .string(uploadedUnitPath)),
          ]),
        .blankLine,
        P.block(
          "provisioner", ["shell"],
          [
            P.attribute("script", pathRoot("/scripts/install-datomic.sh")),
            .comment(["Runs the script as root, keeping the variables below (sudo -E)."]),
            P.attribute(
              "execute_command", .string("chmod +x {{ .Path }}; {{ .Vars }} sudo -E {{ .Path }}")),
            P.attribute("environment_vars", .tuple(environment)),
          ]),
        .blankLine,
        .comment([
          "manifest.json beside this file lists the builds; its last artifact_id is",
          "\"<region>:<ami id>\" (README.md).",
        ]),
        P.block(
          "post-processor", ["manifest"],
          [
            P.attribute("output", pathRoot("/manifest.json")),
            P.attribute("strip_path", .bool(true)),
            P.attribute(
              "custom_data",
              P.object([
                ("ami_name", P.local("ami_name")),
                ("arch", P.variable("arch")),
                ("datomic_version", P.variable("datomic_version")),
              ])),
          ]),
      ])
  }

  /// `"${path.root}<suffix>"`: a path beside the template, wherever `packer` runs.
  private static func pathRoot(_ suffix: String) -> HCLExpression {
    P.template([.expression(.reference("path.root")), .text(suffix)])
  }
}
