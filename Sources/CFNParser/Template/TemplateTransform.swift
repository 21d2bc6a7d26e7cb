/// A macro CloudFormation runs on the template before it creates anything: one entry of the
/// top-level `Transform` (a name, or `{"Name": …, "Parameters": …}`), or an `Fn::Transform`
/// written in place of a whole section or resource, whose content nobody knows until the macro
/// has run.
package struct TemplateTransform: Hashable, Sendable {
  /// What cfn2tf knows of a macro: which part of the template it rewrites.
  package enum Kind: Hashable, Sendable {
    /// `AWS::LanguageExtensions`: `Fn::ForEach`, `Fn::Length`, `Fn::ToJsonString`, intrinsics in
    /// policies; cfn2tf reads them itself.
    case languageExtensions
    /// `AWS::Serverless-2016-10-31` (SAM): rewrites the `AWS::Serverless::*` resources (and the
    /// `Globals` section) only; the rest of the template is plain CloudFormation.
    case serverless
    /// `AWS::SecretsManager-2020-07-23` (and later): rewrites rotation schedules that have a
    /// `HostedRotationLambda` only.
    case secretsManager
    /// `AWS::Include`, `AWS::CodeDeployBlueGreen` and every macro of the user's: it may rewrite
    /// anything.
    case macro
  }

  /// The macro's name, such as `AWS::Serverless-2016-10-31`.
  package var name: String
  /// Where the name (or the `Fn::Transform`) is written.
  package var range: SourceRange
  /// `Parameters`, as written, when given.
  package var parameters: JSONValue?
  /// Why it keeps the whole template, when that is not the macro's own doing (a loop over values
  /// known only when the stack is created).
  package var reason: String?

  /// Creates a transform.
  package init(
    name: String, range: SourceRange, parameters: JSONValue? = nil, reason: String? = nil
  ) {
    self.name = name
    self.range = range
    self.parameters = parameters
    self.reason = reason
  }

  /// What the macro rewrites.
  package var kind: Kind {
    switch name {
    case "AWS::LanguageExtensions": .languageExtensions
    case "AWS::Serverless-2016-10-31": .serverless
    case _ where name.hasPrefix("AWS::SecretsManager-"): .secretsManager
    default: .macro
    }
  }
}

extension Template {
  /// True when the template names `kind` among its top-level transforms.
  package func hasTransform(_ kind: TemplateTransform.Kind) -> Bool {
    transforms.contains { $0.kind == kind }
  }

  /// The first transform that may rewrite the whole template (a macro at the top level, or an
  /// `Fn::Transform` standing for a section or a resource), or nil when every part the macros
  /// touch is known.
  package var wholeTemplateTransform: TemplateTransform? {
    transforms.first { $0.kind == .macro } ?? sectionTransforms.first
  }
}

extension JSONValue {
  /// True when an object under this value (itself included) has a member named `key`.
  package func containsKey(_ key: String) -> Bool {
    switch kind {
    case .object(let members):
      members.contains { $0.key == key || $0.value.containsKey(key) }
    case .array(let items): items.contains { $0.containsKey(key) }
    default: false
    }
  }
}
