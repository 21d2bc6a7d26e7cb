import CFNParser
import Testing

@testable import TFEmitter

/// Validation blocks from parameter constraints, compared as whole variable blocks; error
/// messages are sentences, as Terraform requires.
@Suite("Variables from parameters: validations")
struct ParameterValidationTests {
  static func variable(_ name: String, _ parameters: String) -> String {
    VariableTests.variable(name, parameters)
  }

  @Test("AllowedValues, for a string and for a number")
  func allowedValues() {
    #expect(
      Self.variable(
        "env", #""Env": {"Type": "String", "Default": "dev", "AllowedValues": ["dev", "prod"]}"#)
          == #"""
          # Parameter Env (String)
          variable "env" {
            type        = string
            description = "Parameter Env of the template."
            default     = "dev"

            validation {
              condition     = contains(["dev", "prod"], var.env)
              error_message = "Env must be one of: dev, prod."
            }
          }

          """#)
    #expect(
      Self.variable("size", #""Size": {"Type": "Number", "AllowedValues": ["1", 2, "2.5"]}"#)
        == #"""
        # Parameter Size (Number)
        variable "size" {
          type        = number
          description = "Parameter Size of the template."

          validation {
            condition     = contains([1, 2, 2.5], var.size)
            error_message = "Size must be one of: 1, 2, 2.5."
          }
        }

        """#)
  }

  @Test("AllowedPattern is anchored; a top-level | is grouped first")
  func allowedPattern() {
    #expect(
      Self.variable("name", #""Name": {"Type": "String", "AllowedPattern": "[a-z][a-z0-9]*"}"#)
        == #"""
        # Parameter Name (String)
        variable "name" {
          type        = string
          description = "Parameter Name of the template."

          validation {
            condition     = can(regex("^[a-z][a-z0-9]*$", var.name))
            error_message = "Name must match the pattern [a-z][a-z0-9]*."
          }
        }

        """#)
  }

  @Test(
    "the anchored pattern",
    arguments: [
      ("[a-z]+", "^[a-z]+$"),
      ("^[a-z]+$", "^[a-z]+$"),
      ("^[a-z]+", "^[a-z]+$"),
      ("a|b", "^(?:a|b)$"),
      ("^a|b$", "^(?:^a|b$)$"),
      ("(a|b)c", "^(a|b)c$"),
      ("[|]x", "^[|]x$"),
      (#"a\|b"#, #"^a\|b$"#),
      (#"\d+\$"#, #"^\d+\$$"#),
      ("", "^$"),
    ])
  func wholeMatch(pattern: String, anchored: String) {
    #expect(ParameterValidation.wholeMatch(pattern) == anchored)
  }

  @Test("MinLength, MaxLength, MinValue, MaxValue")
  func bounds() {
    #expect(
      Self.variable(
        "name", #""Name": {"Type": "String", "MinLength": "1", "MaxLength": 64}"#)
          == #"""
          # Parameter Name (String)
          variable "name" {
            type        = string
            description = "Parameter Name of the template."

            validation {
              condition     = length(var.name) >= 1
              error_message = "Name must be at least 1 character long."
            }

            validation {
              condition     = length(var.name) <= 64
              error_message = "Name must be at most 64 characters long."
            }
          }

          """#)
    #expect(
      Self.variable("size", #""Size": {"Type": "Number", "MinValue": "0.5", "MaxValue": 10}"#)
        == #"""
        # Parameter Size (Number)
        variable "size" {
          type        = number
          description = "Parameter Size of the template."

          validation {
            condition     = var.size >= 0.5
            error_message = "Size must be at least 0.5."
          }

          validation {
            condition     = var.size <= 10
            error_message = "Size must be at most 10."
          }
        }

        """#)
  }

  @Test("list parameters check every element")
  func lists() {
    #expect(
      Self.variable(
        "ports",
        #""Ports": {"Type": "List<Number>", "AllowedValues": [80, 443], "MaxValue": 1024}"#)
          == #"""
          # Parameter Ports (List<Number>)
          variable "ports" {
            type        = list(number)
            description = "Parameter Ports of the template."

            validation {
              condition     = alltrue([for v in var.ports : contains([80, 443], v)])
              error_message = "Each element of Ports must be one of: 80, 443."
            }

            validation {
              condition     = alltrue([for v in var.ports : v <= 1024])
              error_message = "Each element of Ports must be at most 1024."
            }
          }

          """#)
    #expect(
      Self.variable(
        "names",
        #""Names": {"Type": "CommaDelimitedList", "AllowedPattern": "x|y", "MinLength": 1}"#
      ) == #"""
        # Parameter Names (CommaDelimitedList)
        variable "names" {
          type        = list(string)
          description = "Parameter Names of the template."

          validation {
            condition     = alltrue([for v in var.names : can(regex("^(?:x|y)$", v))])
            error_message = "Each element of Names must match the pattern x|y."
          }

          validation {
            condition     = alltrue([for v in var.names : length(v) >= 1])
            error_message = "Each element of Names must be at least 1 character long."
          }
        }

        """#)
  }

  @Test("ConstraintDescription is the message of every validation, made a sentence")
  func constraintDescription() {
    let block = Self.variable(
      "env",
      #""Env": {"Type": "String", "AllowedValues": ["a"], "MaxLength": 3, "ConstraintDescription": "must be a, in lowercase"}"#
    )
    let messages = block.split(separator: "\n").filter { $0.contains("error_message") }
    #expect(
      messages == [
        #"    error_message = "Must be a, in lowercase.""#,
        #"    error_message = "Must be a, in lowercase.""#,
      ])
  }

  @Test(
    "messages are sentences",
    arguments: [
      ("must be lowercase", "Must be lowercase."),
      ("Must be lowercase.", "Must be lowercase."),
      ("  is it lowercase?  ", "Is it lowercase?"),
      ("", "The value is not allowed."),
      ("ünïcode first", "Ünïcode first."),
    ])
  func sentence(text: String, sentence: String) {
    #expect(ParameterValidation.sentence(text) == sentence)
  }

  @Test("constraints that are not numbers are not checked")
  func unusableConstraints() {
    #expect(
      Self.variable("p", #""P": {"Type": "String", "MinLength": "x", "MaxValue": "big"}"#) == """
        # Parameter P (String)
        variable "p" {
          type        = string
          description = "Parameter P of the template."
        }

        """)
  }
}
