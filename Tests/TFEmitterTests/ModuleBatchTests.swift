import Foundation
import TestSupport
import Testing

/// The batch validator the module tests rely on: it must fail the module that is wrong, only
/// that one, and pass a module whose required inputs have validation rules.
@Suite("Modules validated in one batch")
struct ModuleBatchTests {
  static let good = """
    variable "size" {
      type = number

      validation {
        condition     = var.size > 3
        error_message = "The size is more than 3."
      }
    }

    resource "aws_sqs_queue" "queue" {
      delay_seconds = var.size
    }

    """

  static let bad = """
    resource "aws_sqs_queue" "queue" {
      colour = "blue"
    }

    """

  static let unformatted = """
    resource "aws_sqs_queue" "queue" {
      name="x"
    }

    """

  @Test(
    "each module gets its own result: the wrong argument and the bad layout are found",
    .enabled(if: Repository.canValidate, "needs terraform and its provider mirror"))
  func results() throws {
    let directory = try Repository.temporaryDirectory("batch")
    defer { try? FileManager.default.removeItem(at: directory) }
    var modules: [URL] = []
    for (name, text) in [("good", Self.good), ("bad", Self.bad), ("layout", Self.unformatted)] {
      let module = directory.appendingPathComponent(name)
      try Repository.write([("main.tf", text)], to: module)
      modules.append(module)
    }
    let results = try ModuleBatch.validate(modules)
    #expect(results.map(\.directory) == modules)
    #expect(results[0].problems == [])
    #expect(results[1].problems.count == 1)
    #expect(results[1].problems.first?.contains("Unsupported argument") == true)
    #expect(results[2].problems == ["terraform fmt would change main.tf"])
  }
}
