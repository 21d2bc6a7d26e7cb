import TFEmitter
import Testing

/// Rules R1–R6 of docs/hcl-format.md, one table row each (more where a rule has several parts).
/// Every expected text is also run through `terraform fmt` and `packer fmt` by
/// `HCLPrinterOracleTests`.
enum PrinterRuleCases {
  typealias T = Tree

  static let all: [PrinterCase] = [
    PrinterCase(
      "R1 one level per line however many brackets it opens",
      [
        T.block(
          "resource", ["aws_iam_role_policy", "logs"],
          [
            T.attribute(
              "policy",
              .call(
                "jsonencode",
                [T.object([("Statement", .tuple([T.object([("Effect", T.str("Allow"))])]))])]))
          ])
      ],
      """
      resource "aws_iam_role_policy" "logs" {
        policy = jsonencode({
          Statement = [
            {
              Effect = "Allow"
            },
          ]
        })
      }

      """),
    PrinterCase(
      "R2 no trailing whitespace in comments and blank lines",
      [
        T.locals([
          .comment(["trailing   ", "", "  indented"]), .blankLine, T.attribute("a", T.num("1")),
        ])
      ],
      """
      locals {
        # trailing
        #
        #   indented

        a = 1
      }

      """),
    PrinterCase(
      "R3 quoted and CJK keys aligned by grapheme count",
      [
        T.locals([
          T.attribute(
            "tags",
            T.object([
              ("aws:cloudformation:stack-name", T.ref("var.name")), ("Name", T.str("datomic")),
              ("日本", T.num("5")),
            ]))
        ])
      ],
      """
      locals {
        tags = {
          "aws:cloudformation:stack-name" = var.name
          Name                            = "datomic"
          "日本"                            = 5
        }
      }

      """),
    PrinterCase(
      "R4 comments, blank lines and openers break chains",
      [
        T.locals([
          T.attribute("min_size", T.num("1")),
          .comment(["a comment-only line ends the chain"]),
          T.attribute("vpc_zone_identifier", T.ref("var.subnet_ids")),
          T.attribute("tags", T.object([("Name", T.ref("var.name"))])),
          T.attribute("max_size", T.num("1")),
          .blankLine,
          T.attribute("a", T.num("1")),
          T.block("nested", [], [T.attribute("x", T.num("1"))]),
          T.attribute("bb", T.num("2")),
        ])
      ],
      """
      locals {
        min_size = 1
        # a comment-only line ends the chain
        vpc_zone_identifier = var.subnet_ids
        tags = {
          Name = var.name
        }
        max_size = 1

        a = 1
        nested {
          x = 1
        }
        bb = 2
      }

      """),
    PrinterCase(
      "R5 a heredoc is one line of its chain",
      [
        T.locals([
          T.attribute("short", T.num("1")),
          T.attribute(
            "user_data",
            .heredoc(
              marker: "EOT", parts: [T.lit("#!/bin/bash\necho \"${DATOMIC_VERSION}\"\n")])),
          T.attribute("longer_name", T.num("2")),
        ])
      ],
      """
      locals {
        short       = 1
        user_data   = <<-EOT
          #!/bin/bash
          echo "$${DATOMIC_VERSION}"
        EOT
        longer_name = 2
      }

      """),
    PrinterCase(
      "R6 spacing inside a line",
      [
        T.locals([
          T.attribute(
            "a", .conditional(.binary(T.ref("var.x"), "==", .bool(false)), T.num("-1"), .null)),
          T.attribute(
            "b",
            .binary(
              .binary(T.ref("var.a"), "+", T.num("1")), "*",
              .binary(T.ref("var.b"), "-", T.num("-2")))),
          T.attribute("c", .call("f", [T.ref("var.a"), .index(T.ref("var.l"), T.num("0"))])),
          T.attribute("d", .attributeAccess(.index(T.ref("var.m"), T.str("k")), "id")),
          T.attribute(
            "e", .template([T.interp(T.ref("var.a")), T.lit("-"), T.interp(T.ref("var.b"))])),
          T.attribute("f", .tuple([T.num("1"), T.num("-2"), .bool(true)])),
          T.attribute("g", .object([])),
          T.attribute("h", .tuple([])),
          T.attribute("i", .call("timestamp", [])),
          T.attribute("j", .binary(T.ref("var.a"), "!=", T.ref("var.b"))),
        ])
      ],
      """
      locals {
        a = var.x == false ? -1 : null
        b = (var.a + 1) * (var.b - -2)
        c = f(var.a, var.l[0])
        d = var.m["k"].id
        e = "${var.a}-${var.b}"
        f = [1, -2, true]
        g = {}
        h = []
        i = timestamp()
        j = var.a != var.b
      }

      """),
    PrinterCase(
      "R6 for expressions and negative numbers where fmt would write '- 1'",
      [
        T.locals([
          T.attribute(
            "a",
            .forTuple(
              HCLForClause(
                keyName: "k", valueName: "v", collection: T.ref("var.m"),
                condition: .binary(T.ref("k"), "!=", T.str("x"))), T.ref("v"))),
          T.attribute(
            "b",
            .forObject(
              HCLForClause(valueName: "v", collection: .tuple([T.num("1"), T.num("2")])),
              T.ref("v"), T.num("-1"))),
          T.attribute("c", .template([T.lit("n"), T.interp(T.num("-1"))])),
        ])
      ],
      """
      locals {
        a = [for k, v in var.m : v if k != "x"]
        b = { for v in [1, 2] : v => (-1) }
        c = "n${(-1)}"
      }

      """),
  ]
}

@Suite("HCL printer rules R1–R6")
struct HCLPrinterTests {
  @Test(arguments: PrinterRuleCases.all)
  func printsRule(_ row: PrinterCase) {
    #expect(HCLPrinter.print(row.body) == row.expected)
  }

  @Test func neverPrintsUnaryNot() {
    let negation = HCLExpression.binary(.reference("var.enabled"), "==", .bool(false))
    let text = HCLPrinter.print(HCLBody([.attribute(HCLAttribute("x", negation))]))
    #expect(text == "x = var.enabled == false\n")
    #expect(!text.contains("!"))
  }

  @Test func printingIsIdempotent() {
    for row in PrinterRuleCases.all + PrinterLayoutCases.all {
      let first = HCLPrinter.print(row.body)
      #expect(HCLPrinter.print(row.body) == first, "\(row.name)")
    }
  }

  @Test func printExpressionIsOneLine() {
    let value = Tree.object([
      ("a", Tree.num("1")), ("b", .tuple([Tree.str("x")])),
      ("c", .heredoc(marker: "EOT", parts: [Tree.lit("hi\n")])),
    ])
    #expect(HCLPrinter.printExpression(value) == #"{ a = 1, b = ["x"], c = "hi\n" }"#)
  }
}
