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
    let isArm = HCLExpression.equal(.variable("arch"), .string("arm64"))
    let tags = HCLExpression.object(
      ("Name", .local("ami_name")),
      ("DatomicVersion", .variable("datomic_version")),
      ("JavaPackage", .variable("java_package")),
      ("Arch", .variable("arch")),
      ("BaseAMI", .string("{{ .SourceAMI }}")),
      ("BaseAMIName", .string("{{ .SourceAMIName }}")))
    return .block(
      HCLBlock("locals") {
        HCLComment("The UTC build time as digits, such as 20260127093000.")
        HCLAttribute(
          "timestamp", .call("regex_replace", .call("timestamp"), .string("[- TZ:]"), .string("")))
        HCLComment("The Terraform module's aws_ami lookup filters on <prefix>-<version>-*.")
        HCLAttribute(
          "ami_name",
          .interpolated("${var.ami_name_prefix}-${var.datomic_version}-${local.timestamp}"))
        HCLComment("Amazon Linux 2023 calls the architectures x86_64 and arm64.")
        HCLAttribute("ami_arch", .when(isArm, .string("arm64"), .string("x86_64")))
        HCLAttribute(
          "instance_type",
          .when(
            .notEqual(.variable("instance_type"), .string("")), .variable("instance_type"),
            .parenthesized(
              .when(isArm, .string(settings.arm64InstanceType), .string(settings.instanceType)))))
        HCLComment(
          "The amazon builder fills in {{ .SourceAMI }} and {{ .SourceAMIName }} from the image",
          "that source_ami_filter found.")
        HCLAttribute("tags", .call("merge", .variable("tags"), tags))
      })
  }

  private static var sourceBlock: HCLItem {
    let filters = HCLExpression.object(
      ("name", .interpolated("al2023-ami-2023.*-${local.ami_arch}")),
      ("architecture", .local("ami_arch")),
      ("root-device-type", .string("ebs")),
      ("virtualization-type", .string("hvm")))
    return .block(
      HCLBlock("source", "amazon-ebs", "transactor") {
        HCLAttribute("region", .variable("region"))
        HCLAttribute("instance_type", .local("instance_type"))
        HCLAttribute("subnet_id", .variable("subnet_id"))
        HCLAttribute("ssh_username", .string("ec2-user"))
        HCLComment("Removes the build's temporary key from ec2-user before the image is taken.")
        HCLAttribute("ssh_clear_authorized_keys", .bool(true))
        HCLBlank()
        HCLAttribute("ami_name", .local("ami_name"))
        HCLAttribute(
          "ami_description",
          .interpolated(
            "Datomic Pro ${var.datomic_version} transactor on Amazon Linux 2023 (${var.arch})"))
        HCLAttribute("encrypt_boot", .bool(true))
        HCLAttribute("kms_key_id", .variable("kms_key_id"))
        HCLAttribute("tags", .local("tags"))
        HCLAttribute("snapshot_tags", .local("tags"))
        HCLAttribute("run_tags", .local("tags"))
        HCLAttribute("run_volume_tags", .local("tags"))
        HCLBlank()
        HCLComment(
          "The newest Amazon Linux 2023 image of the architecture. Its images require IMDSv2",
          "(ImdsSupport v2.0), which covers the build instance: Packer 1.6.6's amazon-ebs has no",
          "metadata_options block (later versions do) nor imds_support, and the transactor",
          "instances get http_tokens = \"required\" from the module's launch template.")
        HCLBlock("source_ami_filter") {
          HCLAttribute("filters", filters)
          HCLAttribute("owners", .strings(["amazon"]))
          HCLAttribute("most_recent", .bool(true))
        }
        HCLBlank()
        HCLComment("The root volume of the build instance, encrypted like the image.")
        HCLBlock("launch_block_device_mappings") {
          HCLAttribute("device_name", .string("/dev/xvda"))
          HCLAttribute("volume_size", .variable("volume_size"))
          HCLAttribute("volume_type", .string("gp3"))
          HCLComment("Packer 1.6.6 wants iops and throughput with gp3: these are gp3's baseline.")
          HCLAttribute("iops", .int(3000))
          HCLAttribute("throughput", .int(125))
          HCLAttribute("encrypted", .bool(true))
          HCLAttribute("kms_key_id", .variable("kms_key_id"))
          HCLAttribute("delete_on_termination", .bool(true))
        }
      })
  }

  private static var buildBlock: HCLItem {
    let environment: [HCLExpression] = [
      .interpolated("DATOMIC_VERSION=${var.datomic_version}"),
      .interpolated("DATOMIC_SHA256=${var.datomic_sha256}"),
      .interpolated("JAVA_PACKAGE=${var.java_package}"),
      .template([
        .literal("EXTRA_PACKAGES="),
        .interpolation(.call("join", .string(" "), .variable("extra_packages"))),
      ]),
      .interpolated("INSTALL_CLOUDWATCH_AGENT=${var.install_cloudwatch_agent}"),
      .interpolated("ENABLE_SSH=${var.enable_ssh}"),
      .string("UNIT_FILE=\(uploadedUnitPath)"),
    ]
    return .block(
      HCLBlock("build") {
        HCLAttribute("sources", .strings(["source.amazon-ebs.transactor"]))
        HCLBlank()
        HCLBlock("provisioner", "file") {
          HCLAttribute("source", .interpolated("${path.root}/files/datomic-transactor.service"))
          HCLAttribute("destination", .string(uploadedUnitPath))
        }
        HCLBlank()
        HCLBlock("provisioner", "shell") {
          HCLAttribute("script", .interpolated("${path.root}/scripts/install-datomic.sh"))
          HCLComment("Runs the script as root, keeping the variables below (sudo -E).")
          HCLAttribute(
            "execute_command", .string("chmod +x {{ .Path }}; {{ .Vars }} sudo -E {{ .Path }}"))
          HCLAttribute("environment_vars", .tuple(environment))
        }
        HCLBlank()
        HCLComment(
          "manifest.json beside this file lists the builds; its last artifact_id is",
          "\"<region>:<ami id>\" (README.md).")
        HCLBlock("post-processor", "manifest") {
          HCLAttribute("output", .interpolated("${path.root}/manifest.json"))
          HCLAttribute("strip_path", .bool(true))
          HCLAttribute(
            "custom_data",
            .object(
              ("ami_name", .local("ami_name")),
              ("arch", .variable("arch")),
              ("datomic_version", .variable("datomic_version"))))
        }
      })
  }
}
