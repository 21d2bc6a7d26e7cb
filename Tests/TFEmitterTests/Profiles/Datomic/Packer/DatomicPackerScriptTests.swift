import TFEmitter
import Testing

/// The non-HCL files of the Packer template: the systemd unit, the install script and the README.
@Suite("Datomic Packer unit, script and README")
struct DatomicPackerScriptTests {
  typealias T = DatomicPackerTests

  /// `section → [key=value]` of a unit file, comments and blank lines left out.
  static func unitEntries(_ text: String) -> [String: [String]] {
    var entries: [String: [String]] = [:]
    var section = ""
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      if line.hasPrefix("[") {
        section = String(line)
      } else {
        entries[section, default: []].append(String(line))
      }
    }
    return entries
  }

  @Test("the unit: runs as datomic from the environment file, waits for the properties")
  func unitService() {
    let entries = Self.unitEntries(T.file(DatomicPacker.unitPath))
    #expect(
      entries["[Unit]"] == [
        "Description=Datomic Pro transactor",
        "Wants=network-online.target",
        "After=network-online.target",
        "ConditionPathExists=/etc/datomic/transactor.properties",
        "StartLimitIntervalSec=600",
        "StartLimitBurst=3",
        "StartLimitAction=poweroff",
      ])
    #expect(
      entries["[Service]"] == [
        "Type=simple",
        "User=datomic",
        "Group=datomic",
        "EnvironmentFile=/etc/default/datomic-transactor",
        "WorkingDirectory=/opt/datomic/current",
        "ExecStart=/opt/datomic/current/bin/transactor /etc/datomic/transactor.properties",
        "Restart=always",
        "RestartSec=10",
        "SuccessExitStatus=143",
        "TimeoutStopSec=60",
        "LimitNOFILE=65536",
        "NoNewPrivileges=true",
        "PrivateTmp=true",
        "ProtectSystem=full",
        "ProtectHome=true",
      ])
    #expect(entries["[Install]"] == ["WantedBy=multi-user.target"])
    #expect(entries.keys.sorted() == ["[Install]", "[Service]", "[Unit]"])
  }

  @Test("the install script: strict bash, Java, user, checked download, unit enabled not started")
  func installScript() {
    let text = T.file(DatomicPacker.installScriptPath)
    let lines = text.split(separator: "\n").map { $0.trimmingPrefix(while: { $0 == " " }) }
    for line in [
      "set -euo pipefail",
      #"packages=("${JAVA_PACKAGE}" unzip)"#,
      #"dnf install -y "${packages[@]}""#,
      #"readonly download_url="https://datomic-pro-downloads.s3.amazonaws.com/${DATOMIC_VERSION}/datomic-pro-${DATOMIC_VERSION}.zip""#,
      #"readonly install_dir="/opt/datomic/datomic-pro-${DATOMIC_VERSION}""#,
      #"echo "${DATOMIC_SHA256}  ${zip}" | sha256sum --check --strict -"#,
      #"unzip -tq "${zip}""#,
      #"unzip -q "${zip}" -d /opt/datomic"#,
      #"ln -sfn "${install_dir}" /opt/datomic/current"#,
      "install -d -m 0750 -o datomic -g datomic /etc/datomic /var/lib/datomic",
      "install -d -m 0755 -o datomic -g datomic /var/log/datomic",
      #"install -m 0644 -o root -g root "${UNIT_FILE}" /etc/systemd/system/datomic-transactor.service"#,
      "systemctl enable datomic-transactor.service",
      "packages+=(amazon-cloudwatch-agent)",
      "systemctl disable sshd.service",
      "dnf clean all",
      #"rm -f "${zip}""#,
    ] {
      #expect(lines.contains(Substring(line)), "\(line)")
    }
    #expect(lines.first == "#!/usr/bin/env bash")
    #expect(!text.contains("systemctl start"))
    #expect(text.contains("--shell /sbin/nologin datomic"))
  }

  /// The text with every run of whitespace made one space, so wrapped prose reads as one line.
  static func prose(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test("README prose is wrapped at 100 columns")
  func readmeWrapped() {
    let text = T.file(DatomicPacker.readmePath, PackerSettings(datomicVersion: "0.9.5544"))
    let long = text.split(separator: "\n").filter { $0.count > 100 && !$0.hasPrefix("| ") }
    #expect(long.isEmpty, "\(long)")
  }

  @Test("the README names a buildable template version in the build command")
  func readmeCurrentVersion() {
    let text = T.file(DatomicPacker.readmePath, PackerSettings(datomicVersion: "1.0.7180"))
    #expect(text.contains("\npacker build -var datomic_version=1.0.7180 .\n"))
    #expect(
      Self.prose(text).contains("The template names Datomic Pro 1.0.7180, which is published"))
  }

  @Test("the README replaces an old template version by a current release")
  func readmeOldVersion() {
    let text = T.file(DatomicPacker.readmePath, PackerSettings(datomicVersion: "0.9.5544"))
    #expect(
      text.contains("\npacker build -var datomic_version=\(PackerSettings.exampleRelease) .\n"))
    #expect(Self.prose(text).contains("The template names Datomic 0.9.5544, which cannot be used"))
    #expect(Self.prose(text).contains("Replace it by a current release"))
    let none = T.file(DatomicPacker.readmePath)
    #expect(Self.prose(none).contains("The template names no Datomic version"))
  }

  @Test("the README: region, hand-off command, Packer 1.6.6 notes")
  func readmeBuild() {
    let text = T.file(DatomicPacker.readmePath, PackerSettings(region: "eu-central-1"))
    #expect(
      Self.prose(text).contains("The image is built in `eu-central-1` unless `-var region=…`"))
    #expect(Self.prose(text).contains("remove `plugins.pkr.hcl`, skip `packer init`"))
    for line in [
      "packer init .",
      "ami_id=$(jq -r '.builds[-1].artifact_id' manifest.json | cut -d: -f2)",
      "| `datomic_version` | `string` | required | Datomic Pro release to install, such as 1.0.7491. Public Apache-2.0 downloads exist from 1.0.6726 on; a template's older version must be replaced by a current release. |",
      "| `region` | `string` | `\"eu-central-1\"` | AWS region to build the image in: the transactor's region. |",
    ] {
      #expect(text.split(separator: "\n").contains(Substring(line)), "\(line)")
    }
  }
}
