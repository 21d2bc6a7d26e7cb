import CFNParser

/// Choices that change what a conversion writes.
package struct ConversionOptions: Hashable, Sendable {
  /// What `AWS::AutoScaling::LaunchConfiguration` becomes.
  package enum LaunchConfigurationTarget: String, Hashable, Sendable, CaseIterable {
    /// `aws_launch_template`: the default, since AWS no longer lets new accounts create launch
    /// configurations.
    case launchTemplate = "launch-template"
    /// `aws_launch_configuration`, kept as it was.
    case launchConfiguration = "launch-configuration"
  }

  /// What launch configurations become.
  package var launchConfigurationTarget: LaunchConfigurationTarget
  /// The version named in generated file headers.
  package var toolVersion: String
  /// Whether recognised templates (Datomic's transactor) get their purpose-built module; false
  /// converts every template resource by resource.
  package var useProfiles: Bool
  /// Whether what has no mapping (and what a macro rewrites) stays in CloudFormation, deployed by
  /// the module as a stack; false makes it an error (`--no-fallback`).
  package var fallback: Bool
  /// Logical ids of resources to keep in CloudFormation though they could become Terraform
  /// (`--keep`): the stack the module deploys holds them.
  package var keptResources: [String] = []
  /// Whether settings the template left to their defaults are written in their safer form where
  /// that keeps what the template meant (`--harden`: IMDSv2 required, queues encrypted, …; the
  /// README lists them). Adopting a live stack never hardens: its first plan must change nothing.
  package var harden = false

  /// Creates options.
  package init(
    launchConfigurationTarget: LaunchConfigurationTarget = .launchTemplate,
    toolVersion: String = CFN2TF.version, useProfiles: Bool = true, fallback: Bool = true
  ) {
    self.launchConfigurationTarget = launchConfigurationTarget
    self.toolVersion = toolVersion
    self.useProfiles = useProfiles
    self.fallback = fallback
  }
}

/// The tool's name and version.
package enum CFN2TF {
  /// The version printed by `--version` and named in generated headers.
  package static let version = "0.1.0"
}

/// One file of the output, by its path relative to the output directory: text, or the bytes of a
/// binary file (a Lambda function's zip archive).
package struct GeneratedFile: Hashable, Sendable {
  /// The path relative to the output directory, with `/` separators.
  package var path: String
  /// The text, when it is held as one string.
  private var text: String
  /// The text, when it is held as UTF-8 pieces in order (a large report, never joined on the
  /// way to the disk).
  private var pieces: [[UInt8]]?
  /// The bytes of a binary file; nil for a text file.
  package var binary: [UInt8]?

  /// Creates a text file.
  package init(path: String, contents: String) {
    self.path = path
    text = contents
  }

  /// Creates a text file from its UTF-8 in pieces, in order.
  package init(path: String, utf8Pieces: [[UInt8]]) {
    self.path = path
    text = ""
    pieces = utf8Pieces
  }

  /// Creates a binary file.
  package init(path: String, bytes: [UInt8]) {
    self.path = path
    text = ""
    binary = bytes
  }

  /// The file's text; empty for a binary file, whose bytes are in `binary`.
  package var contents: String {
    get { pieces.map { String(decoding: $0.joined(), as: UTF8.self) } ?? text }
    set {
      text = newValue
      pieces = nil
    }
  }

  /// Calls `body` with the bytes to write, in order: the binary contents, or the text in UTF-8,
  /// from its own storage.
  package func withBytes(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    if let binary {
      try binary.withUnsafeBytes(body)
    } else if let pieces {
      for piece in pieces { try piece.withUnsafeBytes(body) }
    } else {
      var text = text
      try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }
  }

  /// The bytes to write, in one array.
  package var bytes: [UInt8] {
    var bytes: [UInt8] = []
    withBytes { bytes.append(contentsOf: $0) }
    return bytes
  }

  package static func == (lhs: GeneratedFile, rhs: GeneratedFile) -> Bool {
    lhs.path == rhs.path && lhs.binary == rhs.binary && lhs.contents == rhs.contents
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(path)
    hasher.combine(binary)
    hasher.combine(contents)
  }
}

/// The result of a conversion: the files to write, the ledger of what became of every element,
/// and the diagnostics. When the diagnostics hold an error, nothing should be written.
package struct Conversion: Hashable, Sendable {
  /// The output files, sorted by path.
  package var files: [GeneratedFile]
  /// What became of every CloudFormation element.
  package var ledger: Ledger
  /// Errors and warnings.
  package var diagnostics: [Diagnostic]

  /// Creates a conversion result.
  package init(files: [GeneratedFile], ledger: Ledger, diagnostics: [Diagnostic]) {
    self.files = files
    self.ledger = ledger
    self.diagnostics = diagnostics
  }

  /// The file at `path`.
  package func file(_ path: String) -> GeneratedFile? { files.first { $0.path == path } }
}

/// How secrets appear in reports and logs.
package enum Redaction {
  /// What a secret value is shown as.
  package static let placeholder = "(sensitive)"
}
