extension DatomicPacker {
  /// One variable: its type, description, default (nil: required) and validation rules.
  struct Variable {
    var name: String
    var type: HCLExpression
    var description: String
    var defaultValue: HCLExpression?
    var validations: [(condition: HCLExpression, message: String)] = []

    var block: HCLBlock {
      HCLBlock("variable", name) {
        HCLAttribute("type", type)
        HCLAttribute("description", .string(description))
        if let defaultValue { HCLAttribute("default", defaultValue) }
        for validation in validations {
          HCLBlank()
          HCLBlock("validation") {
            HCLAttribute("condition", validation.condition)
            HCLAttribute("error_message", .string(validation.message))
          }
        }
      }
    }
  }

  /// `variables.pkr.hcl`: every variable, sorted by name. Only functions that Packer 1.6.6 has
  /// appear in the rules: it lacks `regex`, `regexall` and `tonumber`, so a pattern is checked by
  /// `regex_replace(…) == ""` and version parts are compared as numbers through HCL's implicit
  /// conversion.
  static func variableItems(_ settings: PackerSettings) -> [[HCLItem]] {
    variables(settings).sorted { $0.name < $1.name }.map { [.block($0.block)] }
  }

  static func variables(_ settings: PackerSettings) -> [Variable] {
    let string = HCLExpression.reference("string")
    let boolean = HCLExpression.reference("bool")
    let release = PackerSettings.exampleRelease
    return [
      Variable(
        name: "ami_name_prefix", type: string,
        description:
          "Name prefix of the image: it is named <prefix>-<datomic_version>-<UTC timestamp>, and the Terraform module finds it by <prefix>-<version>-*.",
        defaultValue: .string(settings.amiNamePrefix),
        validations: [
          (
            .binary(
              .binary(.variable("ami_name_prefix"), "!=", .string("")), "&&",
              matches("ami_name_prefix", "^[A-Za-z0-9()\\[\\]./@_-]+$")),
            "The ami_name_prefix may hold letters, digits and ( ) [ ] . / @ _ - only."
          )
        ]),
      Variable(
        name: "arch", type: string,
        description: "CPU architecture of the image: amd64 (x86_64) or arm64 (Graviton).",
        defaultValue: .string("amd64"),
        validations: [
          (
            .call(
              "contains",
              [.tuple([.string("amd64"), .string("arm64")]), .variable("arch")]),
            "The arch must be amd64 or arm64."
          )
        ]),
      Variable(
        name: "datomic_sha256", type: string,
        description:
          "SHA-256 of datomic-pro-<datomic_version>.zip; when set, the download is verified against it (empty: only the archive's integrity is tested).",
        defaultValue: .string(""),
        validations: [
          (
            .binary(
              .binary(.variable("datomic_sha256"), "==", .string("")), "||",
              matches("datomic_sha256", "^[0-9a-f]{64}$")),
            "The datomic_sha256 must be empty or 64 lowercase hexadecimal digits."
          )
        ]),
      Variable(
        name: "datomic_version", type: string,
        description:
          "Datomic Pro release to install, such as \(release). Public Apache-2.0 downloads exist from \(PackerSettings.firstPublicRelease) on; a template's older version must be replaced by a current release.",
        defaultValue: nil,
        validations: [
          (
            .binary(
              .binary(.variable("datomic_version"), "!=", .string("")), "&&",
              .binary(
                .call(
                  "regex_replace",
                  [
                    .variable("datomic_version"), .string("^\\d+\\.\\d+\\.\\d+$"),
                    .string(""),
                  ]),
                "==", .string(""))),
            "The datomic_version must be three numbers, such as \(release)."
          ),
          (
            .call("try", [atLeastFirstPublicRelease, .bool(false)]),
            "Datomic Pro downloads start at \(PackerSettings.firstPublicRelease): use a current release, such as \(release)."
          ),
        ]),
      Variable(
        name: "enable_ssh", type: boolean,
        description:
          "Keep sshd enabled in the image. When false (the template had no key pair) sshd is disabled; use SSM Session Manager instead.",
        defaultValue: .bool(settings.enableSSH)),
      Variable(
        name: "extra_packages", type: .call("list", [string]),
        description: "More dnf packages to install.", defaultValue: .tuple([])),
      Variable(
        name: "install_cloudwatch_agent", type: boolean,
        description:
          "Install the amazon-cloudwatch-agent package (not enabled: the user data configures and starts it).",
        defaultValue: .bool(settings.installCloudWatchAgent)),
      Variable(
        name: "instance_type", type: string,
        description:
          "EC2 instance type of the build instance; empty picks \(settings.instanceType) for amd64 and \(settings.arm64InstanceType) for arm64.",
        defaultValue: .string("")),
      Variable(
        name: "java_package", type: string,
        description: "Java runtime package (Datomic Pro supports Java 11, 17 and 21).",
        defaultValue: .string(settings.javaPackage)),
      Variable(
        name: "kms_key_id", type: string,
        description:
          "KMS key of the encrypted root volume and snapshot; empty uses the account's default EBS key.",
        defaultValue: .string("")),
      Variable(
        name: "region", type: string,
        description: "AWS region to build the image in: the transactor's region.",
        defaultValue: .string(settings.regionOrDefault)),
      Variable(
        name: "subnet_id", type: string,
        description: "Subnet of the build instance; empty uses the default VPC.",
        defaultValue: .string("")),
      Variable(
        name: "tags", type: .call("map", [string]),
        description: "Tags of the image, its snapshot and the build instance.",
        defaultValue: .object([])),
      Variable(
        name: "volume_size", type: .reference("number"),
        description: "Size of the root volume in GiB.",
        defaultValue: .number(String(settings.volumeSize)),
        validations: [
          (
            .binary(.variable("volume_size"), ">=", .number("8")),
            "The volume_size must be at least 8 GiB, the size of the Amazon Linux 2023 image."
          )
        ]),
    ]
  }

  /// `regex_replace(var.name, pattern, "") == ""`: true when the whole value matches the anchored
  /// `pattern`, and also when it is empty.
  private static func matches(_ name: String, _ pattern: String) -> HCLExpression {
    .binary(
      .call("regex_replace", [.variable(name), .string(pattern), .string("")]), "==",
      .string(""))
  }

  /// `major.minor.patch >= firstPublicRelease`, comparing the parts of
  /// `split(".", var.datomic_version)` as whole numbers: `a >= A + 1 || (a >= A && …)`.
  private static var atLeastFirstPublicRelease: HCLExpression {
    let first = PackerSettings.numericParts(PackerSettings.firstPublicRelease)!
    func atLeast(_ index: Int, _ value: UInt64) -> HCLExpression {
      .binary(versionPart("datomic_version", index), ">=", .number(String(value)))
    }
    // From the last part up, parts[i...] >= first[i...]; a zero part needs no `>= 0`.
    var rule = atLeast(2, first[2])
    for index in [1, 0] {
      let greater = atLeast(index, first[index] + 1)
      let equalOrGreater =
        first[index] == 0 ? rule : .binary(atLeast(index, first[index]), "&&", grouped(rule))
      rule = .binary(greater, "||", grouped(equalOrGreater))
    }
    return rule
  }

  /// `split(".", var.name)[index]`.
  private static func versionPart(_ name: String, _ index: Int) -> HCLExpression {
    .index(.call("split", .string("."), .variable(name)), .int(index))
  }

  /// `expression`, parenthesized when it is a `||` or `&&`.
  private static func grouped(_ expression: HCLExpression) -> HCLExpression {
    if case .binary(_, let op, _) = expression, op == "||" || op == "&&" {
      return .parenthesized(expression)
    }
    return expression
  }
}
