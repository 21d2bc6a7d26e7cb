/// What a converted template tells the Packer template that bakes the transactor image: the
/// defaults of its variables and the hints of its README. Everything has a default, so
/// `PackerSettings()` gives a usable template.
package struct PackerSettings: Hashable, Sendable {
  /// The first Datomic Pro release published without credentials under the Apache 2.0 licence
  /// (datomic.md §11); older versions cannot be downloaded by the install script.
  package static let firstPublicRelease = "1.0.6726"
  /// A current release, named in the README when the template's version cannot be built.
  package static let exampleRelease = "1.0.7491"

  /// The template's `DatomicVersion` default (`0.9.5544`, `0.9.5561.59`, …), if it has one. It
  /// is never a variable default: `datomic_version` is required, and the README names this
  /// version only when it can be downloaded (``buildableVersion``).
  package var datomicVersion: String?
  /// The region the transactor runs in (from the transactor properties), the default of
  /// `region`; `us-east-1` when unknown.
  package var region: String?
  /// The AMI name prefix: images are named `<prefix>-<datomic_version>-<timestamp>`, and the
  /// Terraform module finds them by `<prefix>-<version>-*`.
  package var amiNamePrefix: String
  /// The build instance type for `amd64`.
  package var instanceType: String
  /// The build instance type for `arm64`.
  package var arm64InstanceType: String
  /// The Java runtime package (dnf), Java 21 by default.
  package var javaPackage: String
  /// The root volume size in GiB.
  package var volumeSize: Int
  /// Whether the image keeps `sshd` enabled by default (the template had no key pair: off).
  package var enableSSH: Bool
  /// Whether the image gets the CloudWatch agent by default.
  package var installCloudWatchAgent: Bool

  /// Creates settings; every argument has the default described on its property.
  package init(
    datomicVersion: String? = nil,
    region: String? = nil,
    amiNamePrefix: String = "datomic-transactor",
    instanceType: String = "t3.small",
    arm64InstanceType: String = "t4g.small",
    javaPackage: String = "java-21-amazon-corretto-headless",
    volumeSize: Int = 8,
    enableSSH: Bool = false,
    installCloudWatchAgent: Bool = false
  ) {
    self.datomicVersion = datomicVersion
    self.region = region
    self.amiNamePrefix = amiNamePrefix
    self.instanceType = instanceType
    self.arm64InstanceType = arm64InstanceType
    self.javaPackage = javaPackage
    self.volumeSize = volumeSize
    self.enableSSH = enableSSH
    self.installCloudWatchAgent = installCloudWatchAgent
  }

  /// The region default of the template.
  package var regionOrDefault: String { region ?? "us-east-1" }

  /// ``datomicVersion`` when it has three numeric parts and is at least
  /// ``firstPublicRelease``, so the install script can download it; nil otherwise.
  package var buildableVersion: String? {
    guard let version = datomicVersion, Self.isPublicRelease(version) else { return nil }
    return version
  }

  /// True when `version` is `major.minor.patch` (digits only) and at least
  /// ``firstPublicRelease``: the rule the `datomic_version` validations enforce.
  package static func isPublicRelease(_ version: String) -> Bool {
    guard let parts = numericParts(version), let first = numericParts(firstPublicRelease) else {
      return false
    }
    return !parts.lexicographicallyPrecedes(first)
  }

  /// The three numbers of `major.minor.patch`, or nil when `version` has another shape.
  static func numericParts(_ version: String) -> [UInt64]? {
    let parts = version.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3 else { return nil }
    let numbers = parts.map { part in
      part.allSatisfy { ("0"..."9").contains($0) } ? UInt64(part) : nil
    }
    return numbers.contains(nil) ? nil : numbers.map { $0! }
  }
}
