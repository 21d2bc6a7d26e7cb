extension DatomicPacker {
  /// A piece of the README: prose wrapped at 100 columns, or lines kept as they are.
  enum ReadmeBlock {
    case paragraph(String)
    case verbatim([String])
  }

  /// `README.md`: what the image holds, which Datomic version to build, how to build it with
  /// Packer 1.7+ or 1.6.6, and how the module gets the image.
  static func readme(_ settings: PackerSettings, header: String) -> String {
    let version = settings.buildableVersion ?? PackerSettings.exampleRelease
    let table =
      ["| variable | type | default | description |", "| --- | --- | --- | --- |"]
      + variables(settings).sorted { $0.name < $1.name }.map { variable in
        let value =
          variable.defaultValue.map { "`\(HCLPrinter.printExpression($0))`" } ?? "required"
        return "| `\(variable.name)` | `\(HCLPrinter.printExpression(variable.type))` | \(value) | "
          + "\(markdownCell(variable.description)) |"
      }
    let blocks: [ReadmeBlock] = [
      .verbatim(["# Datomic Pro transactor image (Packer)"]),
      .paragraph(header),
      .paragraph(
        "These files bake the AMI that the Terraform module in `..` runs: the newest Amazon Linux "
          + "2023, `\(settings.javaPackage)` by default, Datomic Pro unpacked to "
          + "`/opt/datomic/datomic-pro-<version>` (linked as `/opt/datomic/current`), a `datomic` "
          + "system user, and `datomic-transactor.service`, enabled but not started. The "
          + "CloudFormation template used Datomic's own AMIs and deploy bucket; Datomic deprecated "
          + "that tooling on 2023-12-18 and asks Pro users to build their own image."),
      .verbatim(["## Datomic version"]),
      .paragraph(versionParagraph(settings)),
      .verbatim(["## Build"]),
      .paragraph(
        "With Packer 1.7 or later, from this folder, with AWS credentials in the environment:"),
      .verbatim(["```sh", "packer init .", "packer build -var datomic_version=\(version) .", "```"]
      ),
      .paragraph(
        "Packer 1.6.6 (Debian's `packer` package) has the amazon builder built in and rejects the "
          + "`required_plugins` block: remove `plugins.pkr.hcl`, skip `packer init`, and build the "
          + "same way."),
      .paragraph(
        "The image is built in `\(settings.regionOrDefault)` unless `-var region=…` says otherwise; "
          + "build it in the region the transactor runs in. Add `-var arch=arm64` for Graviton "
          + "instances, `-var datomic_sha256=…` to check the download against a checksum you trust, "
          + "and `-var enable_ssh=true` to keep `sshd` (the module's `key_name` needs it; without it "
          + "use SSM Session Manager)."),
      .verbatim(table),
      .verbatim(["## Hand the image to the module"]),
      .paragraph(
        "`packer build` writes `manifest.json` beside the template; the `artifact_id` of its last "
          + "build is `<region>:<ami id>`. Pass the id as the module's `ami_id`:"),
      .verbatim([
        "```sh", "ami_id=$(jq -r '.builds[-1].artifact_id' manifest.json | cut -d: -f2)", "```",
      ]),
      .paragraph(
        "Or leave `ami_id` null: the module then takes the newest image named "
          + "`<ami_name_prefix>-<datomic_version>-*` of the owners it is given, so give it the same "
          + "`datomic_version` and `ami_name_prefix` (`\(settings.amiNamePrefix)`)."),
      .verbatim(["## At boot"]),
      .paragraph(
        "The module's user data writes `/etc/datomic/transactor.properties` and "
          + "`/etc/default/datomic-transactor` (`XMX=-Xmx…`, `XMS=-Xms…`, `JAVA_OPTS=…`), then starts "
          + "`datomic-transactor.service`; the unit does not start before the properties exist. "
          + "systemd restarts the transactor whenever it exits; a fourth start within ten minutes "
          + "powers the instance off, and the auto scaling group replaces it, as Datomic's "
          + "`startup.sh` did with `shutdown -h now`. Logs: `journalctl -u datomic-transactor` and "
          + "`/var/log/datomic`."),
      .verbatim(["## Packer 1.6.6"]),
      .paragraph("The template is checked with Packer 1.6.6, which lacks some later features:"),
      .verbatim([
        "- `required_plugins` (kept alone in `plugins.pkr.hcl`) and `data \"amazon-ami\"` (the base",
        "  image comes from `source_ami_filter`);",
        "- `metadata_options` and `imds_support` in `amazon-ebs`: Amazon Linux 2023 images already",
        "  require IMDSv2, and the module's launch template sets `http_tokens = \"required\"`;",
        "- the functions `regex`, `regexall` and `tonumber`: the variable rules use `regex_replace`",
        "  and compare version parts as numbers;",
        "- gp3 volumes without `iops` and `throughput`: both are set to gp3's baseline.",
      ]),
    ]
    return blocks.map(rendered).joined(separator: "\n\n") + "\n"
  }

  private static func versionParagraph(_ settings: PackerSettings) -> String {
    let first = PackerSettings.firstPublicRelease
    let example = PackerSettings.exampleRelease
    let changeLog = "[change log](https://docs.datomic.com/changes/pro.html)"
    guard let templateVersion = settings.datomicVersion else {
      return "`datomic_version` is required. The template names no Datomic version: pick a current "
        + "release from Datomic Pro's \(changeLog), such as \(example) (public Apache-2.0 downloads "
        + "exist from \(first) on), and give the module the same version."
    }
    if let version = settings.buildableVersion {
      return "`datomic_version` is required. The template names Datomic Pro \(version), which is "
        + "published for download: build with `-var datomic_version=\(version)`, or with a newer "
        + "release from the \(changeLog)."
    }
    return "`datomic_version` is required. The template names Datomic \(templateVersion), which "
      + "cannot be used: public Apache-2.0 downloads exist from \(first) (2023-04-27) on, without "
      + "a license key. Replace it by a current release from the \(changeLog), such as \(example), "
      + "here and in the module's `datomic_version`."
  }

  private static func rendered(_ block: ReadmeBlock) -> String {
    switch block {
    case .verbatim(let lines): return lines.joined(separator: "\n")
    case .paragraph(let text): return wrapped(text, width: 100).joined(separator: "\n")
    }
  }

  /// `text` in lines of at most `width` characters, broken at spaces (a longer word stands alone).
  /// It works on UTF-8 bytes: splitting and counting by `Character` cost more than a tenth of a
  /// whole Datomic conversion. A word's length is its byte count when it is ASCII, else its
  /// characters.
  static func wrapped(_ text: String, width: Int) -> [String] {
    let bytes = Array(text.utf8)
    var lines: [String] = []
    var line: [UInt8] = []
    var length = 0
    var start = 0
    while start < bytes.count {
      guard bytes[start] != UInt8(ascii: " ") else {
        start += 1
        continue
      }
      var end = start
      var isASCII = true
      while end < bytes.count, bytes[end] != UInt8(ascii: " ") {
        isASCII = isASCII && bytes[end] < 0x80
        end += 1
      }
      let word = bytes[start..<end]
      let wordLength = isASCII ? word.count : String(decoding: word, as: UTF8.self).count
      if line.isEmpty {
        length = wordLength
      } else if length + 1 + wordLength <= width {
        line.append(UInt8(ascii: " "))
        length += 1 + wordLength
      } else {
        lines.append(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
        length = wordLength
      }
      line.append(contentsOf: word)
      start = end
    }
    if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
    return lines
  }

  /// Text for a Markdown table cell: `|` escaped, `<` and `>` escaped so they are not read as HTML.
  /// All three are ASCII, so the bytes are escaped one by one.
  static func markdownCell(_ text: String) -> String {
    var escaped: [UInt8] = []
    escaped.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
        escaped.append(UInt8(ascii: "\\"))
      }
      escaped.append(byte)
    }
    return String(decoding: escaped, as: UTF8.self)
  }
}
