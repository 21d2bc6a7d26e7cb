import TFEmitter
import Testing

/// Heredoc layout: indentation under `<<-`, the `<<` fallback, markers, blank lines, template
/// parts, and what may follow a closing marker.
enum PrinterHeredocCases {
  typealias T = Tree

  static func heredoc(_ parts: [HCLTemplatePart], marker: String = "EOT") -> HCLExpression {
    .heredoc(marker: marker, parts: parts)
  }

  static let all: [PrinterCase] = [
    PrinterCase(
      "heredoc body indented one level deeper inside nested blocks",
      [
        T.block(
          "resource", ["aws_instance", "a"],
          [
            T.block(
              "provisioner", ["remote-exec"],
              [
                T.attribute(
                  "inline_script",
                  heredoc([
                    T.lit("export XMX="), T.interp(T.ref("var.java_xmx")), T.lit("\n  indented\n"),
                    .directive("if var.debug"), T.lit("set -x\n"), .directive("endif"), T.lit("\n"),
                  ]))
              ])
          ])
      ],
      """
      resource "aws_instance" "a" {
        provisioner "remote-exec" {
          inline_script = <<-EOT
            export XMX=${var.java_xmx}
              indented
            %{if var.debug}set -x
            %{endif}
          EOT
        }
      }

      """),
    PrinterCase(
      "heredoc whose every line is indented falls back to << with the body as is",
      [T.locals([T.attribute("a", heredoc([T.lit("  a\n    b\n")]))])],
      """
      locals {
        a = <<EOT
        a
          b
        EOT
      }

      """),
    PrinterCase(
      "heredoc line starting with a combining mark falls back to <<",
      [T.locals([T.attribute("a", heredoc([T.lit("x\n\u{301}y\n")]))])],
      "locals {\n  a = <<EOT\nx\n\u{301}y\n  EOT\n}\n"),
    PrinterCase(
      "heredoc marker avoids body lines, empty and blank lines stay as they are",
      [T.locals([T.attribute("a", heredoc([T.lit("EOT\n\n   \n EOT1 \nend")]))])],
      "locals {\n  a = <<-EOT2\n    EOT\n\n   \n     EOT1 \n    end\n  EOT2\n}\n"),
    PrinterCase(
      "heredoc holding a carriage return or another control character prints quoted",
      [
        T.locals([T.attribute("a", heredoc([T.lit("dos\r\nbell\u{7}"), T.interp(T.ref("var.x"))]))])
      ],
      #"""
      locals {
        a = "dos\r\nbell\u0007${var.x}\n"
      }

      """#),
    PrinterCase(
      "heredoc as a tuple element: the comma follows the marker on its own line",
      [
        T.locals([
          T.attribute("a", .tuple([heredoc([T.lit("x\n")]), T.str("y")])),
          T.attribute("b", heredoc([], marker: "not a marker")),
        ])
      ],
      """
      locals {
        a = [
          <<-EOT
            x
          EOT
          ,
          "y",
        ]
        b = <<-EOT
        EOT
      }

      """),
    PrinterCase(
      "heredoc literal text: only template introducers are doubled, a $ before ${ is kept",
      [
        T.locals([
          T.attribute(
            "a",
            heredoc([
              T.lit("echo \"$${X}\" \\n ${Y} %{z} $"), T.interp(T.ref("var.v")), T.lit("\n"),
            ]))
        ])
      ],
      #"""
      locals {
        a = <<-EOT
          echo "$$${X}" \n $${Y} %%{z} ${"$"}${var.v}
        EOT
      }

      """#),
  ]
}

@Suite("HCL printer heredocs")
struct HCLPrinterHeredocTests {
  @Test(arguments: PrinterHeredocCases.all)
  func printsHeredoc(_ row: PrinterCase) {
    #expect(HCLPrinter.print(row.body) == row.expected)
  }

  @Test func templateFileKeepsTextAndSpacesDirectives() {
    let parts: [HCLTemplatePart] = [
      .literal("#!/bin/bash\nXMX=${XMX} \"q\" \\ 50% $"), .interpolation(.reference("xmx")),
      .literal("\n"), .directive("for s in subnets"), .literal("${s}\n"), .directive("endfor"),
    ]
    #expect(
      HCLPrinter.printTemplateFile(parts)
        == "#!/bin/bash\nXMX=$${XMX} \"q\" \\ 50% ${\"$\"}${xmx}\n%{ for s in subnets }$${s}\n%{ endfor }"
    )
  }
}
