import CFNParser

extension RetainTemplate {
  /// The repeated keys (read as warnings, since both copies are equal) that the edit would leave
  /// unretained: a second `Resources`, a second resource of the same logical id, a second policy
  /// attribute in a resource. The reader keeps only the first copy, which is all the edit sees.
  /// Each comes with the warning it replaces.
  static func repeatedKeys(
    in root: JSONValue, bytes: [UInt8], among diagnostics: [Diagnostic]
  ) -> [(warning: Diagnostic, error: Diagnostic)] {
    let lineStarts = lineStarts(of: bytes)
    var found: [(warning: Diagnostic, error: Diagnostic)] = []
    for warning in diagnostics where warning.severity == .warning {
      guard let location = warning.location, location.line <= lineStarts.count else { continue }
      let offset = lineStarts[location.line - 1] + location.column - 1
      guard let key = key(at: offset, in: bytes),
        warning.message == JSONSyntaxError.repeatedKey(key).description
      else { continue }
      var error: RetainError?
      if isDirectKey(at: offset, of: root) {
        if key == "Resources" { error = .repeatedResources }
      } else if let resources = root["Resources"], isDirectKey(at: offset, of: resources) {
        error = .repeatedResource(key)
      } else if policyAttributes.contains(key),
        let resource = root["Resources"]?.members?.first(where: {
          isDirectKey(at: offset, of: $0.value)
        })
      {
        error = .repeatedPolicy(key, resource: resource.key)
      }
      if let error {
        found.append(
          (warning, .error(error.description, at: location, notes: warning.notes)))
      }
    }
    return found
  }

  /// True when `offset` is inside the object `value` but in none of its members' values: the
  /// place of a key of its own that the reader dropped.
  static func isDirectKey(at offset: Int, of value: JSONValue) -> Bool {
    guard let members = value.members,
      value.range.startOffset < offset, offset < value.range.endOffset
    else { return false }
    return !members.contains {
      $0.value.range.startOffset <= offset && offset < $0.value.range.endOffset
    }
  }

  /// The key that starts at `offset`, if one does: a JSON string, or a YAML key, quoted or not.
  static func key(at offset: Int, in bytes: [UInt8]) -> String? {
    guard offset >= 0, offset < bytes.count else { return nil }
    guard bytes[offset] == UInt8(ascii: "\"") else { return yamlKey(at: offset, in: bytes) }
    var index = offset + 1
    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    guard index < bytes.count else { return nil }
    return JSONReader.read(bytes: Array(bytes[offset...index]), fileName: "").value?.stringValue
  }

  /// The YAML key, in single quotes or plain, that starts at `offset` (a key in double quotes is
  /// read as JSON's).
  static func yamlKey(at offset: Int, in bytes: [UInt8]) -> String? {
    var index = offset
    if bytes[offset] == UInt8(ascii: "'") {
      var key: [UInt8] = []
      index += 1
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "'") {
          guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") else {
            return String(decoding: key, as: UTF8.self)
          }
          index += 1
        }
        key.append(bytes[index])
        index += 1
      }
      return nil
    }
    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
      if bytes[index] == UInt8(ascii: ":"),
        index + 1 == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index + 1])
      {
        break
      }
      index += 1
    }
    var end = index
    while end > offset, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return end > offset ? String(decoding: bytes[offset..<end], as: UTF8.self) : nil
  }

  /// The byte offset at which each line starts, as the reader counts lines and columns: a line
  /// break is LF, CRLF or CR, and a byte-order mark takes no column.
  static func lineStarts(of bytes: [UInt8]) -> [Int] {
    var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
    var index = starts[0]
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
      if byte == 0x0A || byte == 0x0D { starts.append(index) }
    }
    return starts
  }

  /// True when `edited` reads without errors as `original` with both policies of every resource
  /// `"Retain"`, and nothing else different.
  static func keepsContent(of original: Template, in edited: [UInt8], fileName: String) -> Bool {
    let (template, diagnostics) = TemplateDecoder.decode(bytes: edited, fileName: fileName)
    // Loops are compared as CloudFormation reads them: expanded.
    guard let value = template?.document, !diagnostics.containsErrors,
      let before = original.document.members, let after = value.members,
      before.map(\.key) == after.map(\.key)
    else { return false }
    return zip(before, after).allSatisfy { old, new in
      guard old.key == "Resources" else { return old.value.sameContent(as: new.value) }
      guard let oldResources = old.value.members, let newResources = new.value.members,
        oldResources.map(\.key) == newResources.map(\.key)
      else { return false }
      return zip(oldResources, newResources).allSatisfy { isRetained($1.value, from: $0.value) }
    }
  }

  /// True when `new` is `old` with both policies `"Retain"` and nothing else different.
  private static func isRetained(_ new: JSONValue, from old: JSONValue) -> Bool {
    guard let oldMembers = old.members, let newMembers = new.members else { return false }
    let policiesRetained = policyAttributes.allSatisfy { new[$0]?.stringValue == retain }
    let rest = { (members: [JSONMember]) in
      JSONValue(.object(members.filter { !policyAttributes.contains($0.key) }), range: old.range)
    }
    return policiesRetained && rest(oldMembers).sameContent(as: rest(newMembers))
  }
}
