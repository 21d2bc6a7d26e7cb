import TFEmitter
import Testing

/// Rules R7–R11 of docs/hcl-format.md and the printer's own layout choices for lists, calls and
/// blank lines.
enum PrinterLayoutCases {
  typealias T = Tree

  static let all: [PrinterCase] = [
    PrinterCase(
      "R7 bare single interpolation, bare type expressions, quoted labels",
      [
        T.block(
          "variable", ["subnet ids"],
          [
            T.attribute("type", .call("list", [T.ref("string")])),
            T.attribute("default", .tuple([])),
          ]),
        T.locals([
          T.attribute("a", .template([T.interp(T.ref("var.name"))])),
          T.attribute("b", .template([T.lit(""), T.interp(T.ref("var.name")), T.lit("")])),
          T.attribute("c", .template([])),
          T.attribute("d", .template([T.interp(T.ref("var.a")), T.interp(T.ref("var.b"))])),
        ]),
      ],
      """
      variable "subnet ids" {
        type    = list(string)
        default = []
      }
      locals {
        a = var.name
        b = var.name
        c = ""
        d = "${var.a}${var.b}"
      }

      """),
    PrinterCase(
      "R8 lists: one line up to 100 columns, else one element per line with trailing commas",
      [
        T.locals([
          T.attribute(
            "fits_100", .tuple((1...6).map { T.str("subnet-\($0)") } + [T.str("subnet-7abc")])),
          T.attribute(
            "over_100", .tuple((1...6).map { T.str("subnet-\($0)") } + [T.str("subnet-7abcd")])),
          T.attribute("mixed", .tuple([T.num("1"), T.object([("a", T.num("1"))])])),
          T.attribute("one_key", T.object([("a", T.num("1"))])),
        ])
      ],
      """
      locals {
        fits_100 = ["subnet-1", "subnet-2", "subnet-3", "subnet-4", "subnet-5", "subnet-6", "subnet-7abc"]
        over_100 = [
          "subnet-1",
          "subnet-2",
          "subnet-3",
          "subnet-4",
          "subnet-5",
          "subnet-6",
          "subnet-7abcd",
        ]
        mixed = [
          1,
          {
            a = 1
          },
        ]
        one_key = {
          a = 1
        }
      }

      """),
    PrinterCase(
      "R8 the 100-column limit ignores the alignment padding before '='",
      [
        T.locals([
          T.attribute("long_key_name", T.num("1")),
          T.attribute(
            "b", .tuple((1...6).map { T.str("subnet-\($0)") } + [T.str("subnet-7abcdefghij")])),
        ])
      ],
      """
      locals {
        long_key_name = 1
        b             = ["subnet-1", "subnet-2", "subnet-3", "subnet-4", "subnet-5", "subnet-6", "subnet-7abcdefghij"]
      }

      """),
    PrinterCase(
      "R8 blank lines: none leading or trailing, never two in a row, {} for an empty block",
      [
        .blankLine,
        T.block(
          "terraform", [],
          [
            .blankLine, T.attribute("a", T.num("1")), .blankLine, .blankLine,
            T.attribute("b", T.num("2")), .blankLine,
          ]),
        .blankLine, .blankLine,
        T.block("locals", [], [.blankLine]),
        .blankLine,
      ],
      """
      terraform {
        a = 1

        b = 2
      }

      locals {}

      """),
    PrinterCase(
      "R9 quoted strings are escaped, a $ before an interpolation is kept",
      [
        T.locals([
          T.attribute("a", T.str("say \"hi\" \\ ${X} %{y}\n")),
          T.attribute("b", .template([T.lit("cost $"), T.interp(T.ref("var.price"))])),
          T.attribute(
            "c",
            .template([T.lit("100%"), .directive("if var.x"), T.lit("!"), .directive("endif")])),
        ])
      ],
      #"""
      locals {
        a = "say \"hi\" \\ $${X} %%{y}\n"
        b = "cost ${"$"}${var.price}"
        c = "100${"%"}%{if var.x}!%{endif}"
      }

      """#),
    PrinterCase(
      "R10 object keys bare only when safe identifiers",
      [
        T.locals([
          T.attribute(
            "keys",
            .object(
              ["aws:cloudformation:stack-name", "64h", "us-east-1", "m3.large", "for", "a-b", "_x"]
                .map { HCLObjectItem($0, T.num("1")) }
                + [HCLObjectItem(key: .expression(T.ref("var.key")), value: T.num("2"))]))
        ])
      ],
      """
      locals {
        keys = {
          "aws:cloudformation:stack-name" = 1
          "64h"                           = 1
          us-east-1                       = 1
          "m3.large"                      = 1
          "for"                           = 1
          a-b                             = 1
          _x                              = 1
          (var.key)                       = 2
        }
      }

      """),
    PrinterCase(
      "R11 blank lines and grouping exactly as the items say",
      [
        T.block(
          "resource", ["aws_autoscaling_group", "this"],
          [
            T.attribute("count", .conditional(T.ref("var.create"), T.num("1"), T.num("0"))),
            .blankLine,
            T.attribute("min_size", T.ref("var.transactor_count")),
            T.attribute("max_size", T.ref("var.transactor_count")),
            .blankLine,
            T.block(
              "tag", [],
              [T.attribute("key", T.str("Name")), T.attribute("value", T.ref("var.name"))]),
            T.block(
              "tag", [],
              [T.attribute("key", T.str("Type")), T.attribute("value", T.str("Datomic"))]),
            .blankLine,
            T.block("lifecycle", [], [T.attribute("create_before_destroy", .bool(true))]),
          ])
      ],
      """
      resource "aws_autoscaling_group" "this" {
        count = var.create ? 1 : 0

        min_size = var.transactor_count
        max_size = var.transactor_count

        tag {
          key   = "Name"
          value = var.name
        }
        tag {
          key   = "Type"
          value = "Datomic"
        }

        lifecycle {
          create_before_destroy = true
        }
      }

      """),
    PrinterCase(
      "calls: a multi-line argument before the last puts every argument on its own line",
      [
        T.locals([
          T.attribute("a", .call("merge", [T.object([("a", T.num("1"))]), T.ref("var.tags")])),
          T.attribute(
            "b", .call("concat", [T.ref("var.l"), .tuple([T.object([("b", T.num("2"))])])])),
          T.attribute("c", .call("chomp", [.heredoc(marker: "EOT", parts: [T.lit("hello\n")])])),
          T.attribute(
            "d",
            .forTuple(
              HCLForClause(valueName: "v", collection: T.ref("var.l")),
              T.object([("a", T.ref("v"))]))),
          T.attribute(
            "e", .index(.conditional(T.ref("var.c"), T.ref("var.a"), T.ref("var.b")), T.num("0"))),
        ])
      ],
      """
      locals {
        a = merge(
          {
            a = 1
          },
          var.tags,
        )
        b = concat(var.l, [
          {
            b = 2
          },
        ])
        c = chomp(<<-EOT
          hello
        EOT
        )
        d = [for v in var.l : {
          a = v
        }]
        e = (var.c ? var.a : var.b)[0]
      }

      """),
    PrinterCase(
      "operands: heredocs quoted, keyword index keys and looser operators parenthesized",
      [
        T.locals([
          T.attribute(
            "a",
            .binary(.heredoc(marker: "EOT", parts: [T.lit("x")]), "==", T.ref("var.x"))),
          T.attribute("b", .index(T.ref("var.m"), .template([T.interp(.bool(true))]))),
          T.attribute(
            "c",
            .binary(
              T.ref("var.a"), "*",
              .template([T.interp(.binary(T.ref("var.b"), "+", T.num("1")))]))),
          T.attribute(
            "d",
            .binary(
              T.ref("var.a"), "-", .binary(T.ref("var.b"), "-", T.ref("var.c")))),
          T.attribute(
            "e",
            .conditional(
              .conditional(T.ref("var.a"), .bool(true), .bool(false)), T.num("1"),
              .conditional(T.ref("var.b"), T.num("2"), T.num("3")))),
        ])
      ],
      #"""
      locals {
        a = "x\n" == var.x
        b = var.m[(true)]
        c = var.a * (var.b + 1)
        d = var.a - (var.b - var.c)
        e = (var.a ? true : false) ? 1 : var.b ? 2 : 3
      }

      """#),
  ]
}

@Suite("HCL printer rules R7–R11 and layout")
struct HCLPrinterLayoutTests {
  @Test(arguments: PrinterLayoutCases.all)
  func printsLayout(_ row: PrinterCase) {
    #expect(HCLPrinter.print(row.body) == row.expected)
  }

  @Test func emptyBodyIsEmptyFile() {
    #expect(HCLPrinter.print(HCLBody([.blankLine])) == "")
  }
}
