import CFNParser
import Foundation
import TFEmitter

/// What the CLI should print and write, from the library run in this process: the CLI adds
/// nothing to the files and prints the diagnostics in location order.
struct Expected {
  var tree: [String: String]
  var stderr: String
  var fileCount: Int { tree.count }

  init(template: String, fileName: String, options: ConversionOptions = ConversionOptions()) {
    let conversion = Converter.convert(template, fileName: fileName, options: options)
    tree = Dictionary(uniqueKeysWithValues: conversion.files.map { ($0.path, $0.contents) })
    stderr = conversion.diagnostics.sortedByLocation().map { $0.description + "\n" }.joined()
  }

  /// The bundled Datomic template, as the CLI reads it under `fileName`.
  static func datomic(fileName: String, options: ConversionOptions = ConversionOptions()) throws
    -> Expected
  {
    Expected(template: try datomicTemplate(), fileName: fileName, options: options)
  }

  static func datomicTemplate() throws -> String {
    try String(
      contentsOf: Binary.fixtures.appendingPathComponent("datomic/template.json"), encoding: .utf8)
  }
}
