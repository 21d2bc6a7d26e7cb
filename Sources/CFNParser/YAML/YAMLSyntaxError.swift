/// What can be wrong with YAML text, as CloudFormation reads it. The description is the
/// diagnostic's message: lowercase, no final period, names quoted, and the fix named where there
/// is one.
package enum YAMLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A flow collection, as named in messages.
  package enum Container: Hashable, Sendable {
    /// `{ … }`.
    case mapping
    /// `[ … ]`.
    case list

    /// `mapping` or `list`.
    package var name: String { self == .mapping ? "mapping" : "list" }
    /// `}` or `]`.
    package var closer: String { self == .mapping ? "}" : "]" }
  }

  /// No document at all: an empty file, or only comments and blank lines.
  case emptyInput
  /// The text is in UTF-16 or UTF-32, named with its byte order (`UTF-16LE`, `UTF-32BE`).
  case unsupportedEncoding(String)
  /// A byte that does not begin a valid UTF-8 sequence.
  case invalidUTF8(UInt8)
  /// A control character YAML does not allow in its text (U+0000 to U+001F but tab and line
  /// breaks, U+007F, U+0080 to U+009F but U+0085).
  case controlCharacter(UInt32)
  /// A tab where YAML wants indentation spaces.
  case tabInIndentation
  /// A character that cannot start anything here (`@`, `` ` ``, `%` inside a document, …).
  case unexpectedCharacter(Unicode.Scalar)
  /// A key at the indentation of a mapping's keys with no `:` after it.
  case missingColon(key: String)
  /// A `:` after a value on the same line (`a: b: c`).
  case colonNotAllowed
  /// A `- ` after something else on the same line (`a: - b`).
  case dashNotAllowed
  /// A line whose indentation matches none of the blocks it could belong to: the spaces it has,
  /// and those of the entries of the mapping or list it follows.
  case inconsistentIndentation(found: Int, expected: Int, in: Container)
  /// A quoted string without its closing quote (`'` or `"`).
  case unterminatedString(quote: String)
  /// A flow mapping or list that is not closed.
  case unterminatedFlow(Container)
  /// Something in a flow collection other than `,` or its closing bracket.
  case missingFlowComma(Container)
  /// Two tags on one value (`!Base64 !Sub x`), which YAML does not allow.
  case secondTag(outer: String, inner: String)
  /// A token the grammar does not allow here, and what was expected instead.
  case unexpectedToken(found: String, expected: String)
  /// A backslash escape that YAML does not define (`\q`).
  case invalidEscape(String)
  /// A `\x`, `\u` or `\U` escape without its hexadecimal digits, or for no character.
  case invalidUnicodeEscape(String)
  /// A block scalar header (`|`, `>`) with something other than `+`, `-` and one digit 1 to 9.
  case invalidBlockScalarHeader
  /// `&` or `*` without a name.
  case missingAnchorName
  /// A tag that cannot be read (`!<` without `>`, nothing after `!!`).
  case invalidTag
  /// A second document in the file (`---` after content).
  case multipleDocuments
  /// A directive other than `%YAML`.
  case unsupportedDirective(String)
  /// A key that is null: `~`, `null`, or nothing.
  case nullKey
  /// A key that is a list or a mapping.
  case collectionKey
  /// A key with a tag (`!Ref A: b`) or written as an alias.
  case taggedKey
  /// A `!Name` tag CloudFormation does not define, with the name it resembles.
  case unknownTag(String, suggestion: String?)
  /// A standard tag CloudFormation refuses (`!!binary`, `!!timestamp`, `!!set`, …).
  case unsupportedTag(String)
  /// A standard tag on a value it does not fit (`!!int abc`, `!!map [1]`).
  case tagMismatch(String)
  /// An alias whose anchor is not defined before it.
  case undefinedAlias(String)
  /// Aliases that expand to more values than the limit.
  case aliasExpansionTooLarge(limit: Int)
  /// A `<<` merge key whose value is not a mapping or a list of mappings.
  case invalidMerge
  /// `.inf`, `-.inf`, `.nan`: numbers JSON cannot hold.
  case notFinite(String)
  /// Collections nested deeper than the limit (the same as JSON's).
  case nestingTooDeep(limit: Int)

  /// The message of the diagnostic.
  package var description: String {
    switch self {
    case .emptyInput:
      "the file holds no template; a template is a mapping such as 'Resources:' (YAML) or an "
        + "object starting with '{' (JSON)"
    case .unsupportedEncoding(let encoding):
      "the file is encoded as \(encoding); save it as UTF-8"
    case .invalidUTF8(let byte):
      "invalid UTF-8 byte 0x\(JSONSyntaxError.hex(UInt32(byte), digits: 2)); save the file as UTF-8"
    case .controlCharacter(let value):
      "control character U+\(JSONSyntaxError.hex(value)) is not allowed in YAML; write it as an "
        + "escape in a double-quoted string"
    case .tabInIndentation:
      "tab in indentation; YAML indents with spaces only"
    case .unexpectedCharacter(let scalar):
      "character \(JSONSyntaxError.show(scalar)) cannot start a value; put the value in quotes"
    case .missingColon(let key):
      "'\(key)' has no ':' after it, yet it stands where the keys of this mapping do; add the "
        + "':', or indent the line further to continue the value above"
    case .colonNotAllowed:
      "':' cannot follow a value on the same line; put the value in quotes if the ':' belongs to "
        + "it, or start the mapping on the next line, indented"
    case .dashNotAllowed:
      "'-' cannot start a list after a value on the same line; start the list on the next line, "
        + "indented"
    case .inconsistentIndentation(let found, let expected, let container):
      "inconsistent indentation: this line is indented \(found) \(Self.spaces(found)), the "
        + (container == .mapping ? "keys of its mapping" : "items of its list")
        + " \(expected); align it with them, or indent it "
        + (container == .mapping ? "under a key" : "under an item")
    case .unterminatedString(let quote):
      "unterminated string; add the closing '\(quote)'"
    case .unterminatedFlow(let container):
      "unterminated \(container.name); add the closing '\(container.closer)'"
    case .missingFlowComma(let container):
      "expected ',' or '\(container.closer)' in the \(container.name)"
    case .unexpectedToken(let found, let expected):
      "found \(found) where \(expected) should be"
    case .secondTag(let outer, let inner):
      "a value takes one tag, and '\(outer) \(inner)' gives it two; write the outer function in "
        + "its long form: '\(YAMLTag.longForm(outer) ?? outer): \(inner) …'"
    case .invalidEscape(let text):
      "invalid escape '\(text)'; write a backslash as '\\\\', or use single quotes, where a "
        + "backslash is itself"
    case .invalidUnicodeEscape(let text):
      "invalid escape '\(text)'; '\\x', '\\u' and '\\U' take 2, 4 and 8 hexadecimal digits of a "
        + "character"
    case .invalidBlockScalarHeader:
      "invalid block scalar header; after '|' or '>' come only '+' or '-' and one digit 1 to 9, "
        + "then a comment or the end of the line"
    case .missingAnchorName:
      "'&' and '*' need a name of letters, digits, '-' or '_'; put the value in quotes if it "
        + "starts with one of them"
    case .invalidTag:
      "a tag is '!Name' followed by a space; put the value in quotes if it starts with '!'"
    case .multipleDocuments:
      "a second YAML document; a template is one document: remove the '---' or split the file"
    case .unsupportedDirective(let name):
      "directive '%\(name)' is not supported; CloudFormation templates use only '%YAML'"
    case .nullKey:
      "a key cannot be null ('~', 'null' or nothing); put it in quotes if it is text"
    case .collectionKey:
      "a key must be text, not a list or a mapping"
    case .taggedKey:
      "a key cannot have a tag or be an alias; write the key as text"
    case .unknownTag(let tag, let suggestion?):
      "unknown tag '\(tag)'; did you mean '\(suggestion)'?"
    case .unknownTag(let tag, nil):
      "unknown tag '\(tag)'; CloudFormation's tags are the short forms of its functions, such as "
        + "'!Ref' and '!Sub'"
    case .unsupportedTag(let tag):
      "CloudFormation does not accept the tag '\(tag)'"
    case .tagMismatch(let tag):
      "the value does not fit its tag '\(tag)'"
    case .undefinedAlias(let name):
      "alias '*\(name)' names no anchor before it; define '&\(name)' on an earlier value"
    case .aliasExpansionTooLarge(let limit):
      "aliases expand to more than \(limit) values; the template would be too large to read"
    case .invalidMerge:
      "a '<<' merge key takes a mapping, or a list of mappings"
    case .notFinite(let text):
      "'\(text)' is not a finite number and has no JSON form; put it in quotes if it is text"
    case .nestingTooDeep(let limit):
      "mappings and lists nested deeper than \(limit) levels; flatten the structure"
    }
  }

  private static func spaces(_ count: Int) -> String { count == 1 ? "space" : "spaces" }
}
