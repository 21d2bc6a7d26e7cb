/// Where in a Terraform module something is: an address (a resource, a data source, a variable,
/// a local, an output, a module call, or a file the module holds), then steps into its value.
/// Its description is the text Terraform (and the reports) use: `aws_autoscaling_group.g.min_size`,
/// `aws_instance.i.ebs_block_device[0].iops`, `var.xmx`, `data.aws_ami.transactor`,
/// `templates/user-data.sh.tftpl`.
package struct TerraformPath: Hashable, Sendable {
  /// What the path starts at.
  package enum Root: Hashable, Sendable {
    /// A managed resource: `type.name`.
    case resource(type: String, name: String)
    /// A data source: `data.type.name`.
    case data(type: String, name: String)
    /// An input variable: `var.name`.
    case variable(String)
    /// A local value: `local.name`.
    case local(String)
    /// An output: `output.name` (as the reports name it; not a Terraform reference).
    case output(String)
    /// A module call: `module.name`.
    case module(String)
    /// A file of the module, by relative path: `templates/user-data.sh.tftpl`.
    case file(String)
    /// An argument named without its resource, as a few ledger entries name it today
    /// (`detector_id`).
    case argument(String)
  }

  /// One step into a value.
  package enum Step: Hashable, Sendable {
    /// An attribute, argument or nested block (`.name`).
    case attribute(String)
    /// An element of a list (`[0]`).
    case index(Int)
    /// Every element (`[*]`).
    case splat
  }

  /// The module call the root is inside, as seen from a root module that calls this one
  /// (`module.stack.aws_x.y`); nil inside the module itself.
  package var module: String?
  /// What the path starts at.
  package var root: Root
  /// The steps from the root, outermost first.
  package var steps: [Step]

  /// A path from `root` through `steps`, inside module call `module` when one is named.
  package init(_ root: Root, _ steps: [Step] = [], inModule module: String? = nil) {
    self.module = module
    self.root = root
    self.steps = steps
  }

  /// This path as a root module that calls this module `name` sees it: `module.name.aws_x.y`.
  package func inModule(_ name: String) -> TerraformPath {
    TerraformPath(root, steps, inModule: name)
  }

  /// Resource `type.name`; a `type` of `data.TYPE` is data source `TYPE`.
  package static func resource(_ type: String, _ name: String) -> TerraformPath {
    if type.hasPrefix("data.") {
      return TerraformPath(.data(type: String(type.dropFirst(5)), name: name))
    }
    return TerraformPath(.resource(type: type, name: name))
  }

  /// Data source `type.name`: `data.type.name`.
  package static func data(_ type: String, _ name: String) -> TerraformPath {
    TerraformPath(.data(type: type, name: name))
  }

  /// Every instance of a counted resource: `aws_x.y[*]`.
  package var splat: TerraformPath { appending([.splat]) }

  /// Variable `name`: `var.name`.
  package static func variable(_ name: String) -> TerraformPath { .init(.variable(name)) }

  /// Local value `name`: `local.name`.
  package static func local(_ name: String) -> TerraformPath { .init(.local(name)) }

  /// Output `name`: `output.name`.
  package static func output(_ name: String) -> TerraformPath { .init(.output(name)) }

  /// The file at `relativePath` in the module.
  package static func file(_ relativePath: String) -> TerraformPath { .init(.file(relativePath)) }

  /// The address alone, without steps: `aws_x.y` for `aws_x.y.z[0]`.
  package var address: TerraformPath { TerraformPath(root, inModule: module) }

  /// True for a managed resource or data source and what lies in it.
  package var isResource: Bool {
    switch root {
    case .resource, .data: true
    default: false
    }
  }

  /// The type of the managed resource the path is in; nil for anything else.
  package var resourceType: String? {
    if case .resource(let type, _) = root { type } else { nil }
  }

  /// The names of the attributes along the steps, in order, indices and splats left out.
  package var attributeNames: [String] {
    steps.compactMap { if case .attribute(let name) = $0 { name } else { nil } }
  }

  /// The names the path is written with, in order: the root's words, then each attribute, an
  /// index or splat kept with the name before it (`aws_x`, `y[0]`, `id`).
  package var names: [String] {
    var names: [String]
    switch root {
    case .resource(let type, let name): names = [type, name]
    case .data(let type, let name): names = ["data", type, name]
    case .variable(let name): names = ["var", name]
    case .local(let name): names = ["local", name]
    case .output(let name): names = ["output", name]
    case .module(let name): names = ["module", name]
    case .file(let path): names = [path]
    case .argument(let name): names = [name]
    }
    if let module { names = ["module", module] + names }
    for step in steps {
      switch step {
      case .attribute(let name): names.append(name)
      case .index(let index): names[names.count - 1] += "[\(index)]"
      case .splat: names[names.count - 1] += "[*]"
      }
    }
    return names
  }

  /// This path with `steps` appended.
  package func appending(_ steps: [Step]) -> TerraformPath {
    TerraformPath(root, self.steps + steps, inModule: module)
  }

  /// `path / "name"`: attribute or block `name`.
  package static func / (path: TerraformPath, name: String) -> TerraformPath {
    path.appending([.attribute(name)])
  }

  /// `path / ["a", "b"]`: nested block `a`, then `b` inside it.
  package static func / (path: TerraformPath, names: [String]) -> TerraformPath {
    path.appending(names.map(Step.attribute))
  }

  /// `path / 0`: list element 0.
  package static func / (path: TerraformPath, index: Int) -> TerraformPath {
    path.appending([.index(index)])
  }
}

extension TerraformPath: CustomStringConvertible {
  /// The path as Terraform writes it: `aws_x.y.z`, `var.name`, `data.aws_ami.transactor`.
  package var description: String { PathText.string { write(into: &$0) } }

  /// Appends `description` to `bytes`, as UTF-8.
  package func write(into bytes: inout [UInt8]) {
    func word(_ prefix: StaticString, _ name: String) {
      bytes.append(literal: prefix)
      bytes.appendUTF8(name)
    }
    if let module { word("module.", module); bytes.append(UInt8(ascii: ".")) }
    switch root {
    case .resource(let type, let name):
      bytes.appendUTF8(type)
      word(".", name)
    case .data(let type, let name):
      word("data.", type)
      word(".", name)
    case .variable(let name): word("var.", name)
    case .local(let name): word("local.", name)
    case .output(let name): word("output.", name)
    case .module(let name): word("module.", name)
    case .file(let path): bytes.appendUTF8(path)
    case .argument(let name): bytes.appendUTF8(name)
    }
    for step in steps {
      switch step {
      case .attribute(let name): word(".", name)
      case .index(let index):
        bytes.append(UInt8(ascii: "["))
        PathText.appendDecimal(index, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
      case .splat: word("[*]", "")
      }
    }
  }
}
