/// The tags a CloudFormation template may carry: the short forms of its functions (`!Ref X` is
/// `{"Ref": "X"}`, `!Join [...]` is `{"Fn::Join": [...]}`), rain's directives (`!Rain::Embed`,
/// kept as `{"Rain::Embed": …}` so that the decoder names them as it does in JSON), and YAML's
/// standard tags that fit JSON (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map`,
/// `!!seq`).
enum YAMLTag {
  /// Short-form names and the keys of their long forms.
  static let functions: [String: String] = {
    var table = ["Ref": "Ref", "Condition": "Condition"]
    for name in [
      "GetAtt", "Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Select", "Split",
      "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "ForEach", "Length", "ToJsonString",
      // The functions of the Rules section.
      "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll",
    ] {
      table[name] = "Fn::" + name
    }
    return table
  }()

  /// The standard tags CloudFormation refuses (its documentation names them).
  static let refused: Set<String> = ["!!binary", "!!omap", "!!pairs", "!!set", "!!timestamp"]

  /// What a tag means.
  enum Meaning: Equatable {
    /// `!Ref`, `!Join`, `!Rain::Embed`: the value becomes `{key: value}`.
    case function(key: String)
    /// `!!str`: a scalar is a string, whatever it looks like.
    case string
    /// `!!int`, `!!float`, `!!bool`, `!!null`: a plain scalar that must resolve to that kind.
    case scalar(String)
    /// `!!map`, `!!seq`: the collection it stands on must be of that kind.
    case collection(mapping: Bool)
    /// `!`: the non-specific tag: a scalar is a string.
    case nonSpecific
  }

  /// The key of the long form of a short-form tag (`!Join` → `Fn::Join`), if it is one.
  static func longForm(_ tag: String) -> String? {
    if case .success(.function(let key)) = meaning(of: tag) { return key }
    return nil
  }

  /// The meaning of `tag` as written (`!Ref`, `!!str`), or the error it is.
  static func meaning(of tag: String) -> Result<Meaning, YAMLSyntaxError> {
    if tag == "!" { return .success(.nonSpecific) }
    if tag.hasPrefix("!!") {
      switch tag {
      case "!!str": return .success(.string)
      case "!!int", "!!float", "!!bool", "!!null": return .success(.scalar(tag))
      case "!!map": return .success(.collection(mapping: true))
      case "!!seq": return .success(.collection(mapping: false))
      default:
        if refused.contains(tag) { return .failure(.unsupportedTag(tag)) }
        return .failure(.unknownTag(tag, suggestion: nil))
      }
    }
    let name = String(tag.dropFirst())
    if let key = functions[name] { return .success(.function(key: key)) }
    if name.hasPrefix("Rain::") { return .success(.function(key: name)) }
    if name.hasPrefix("Fn::"), functions[String(name.dropFirst(4))] != nil {
      return .failure(.unknownTag(tag, suggestion: "!" + name.dropFirst(4)))
    }
    let suggestion = Spelling.closest(to: name, in: Array(functions.keys).sorted()).map {
      "!" + $0
    }
    return .failure(.unknownTag(tag, suggestion: suggestion))
  }
}
