import Foundation
import TFEmitter
import TestSupport

/// Tools that check the Packer template's output beyond `packer fmt`: `packer validate` and
/// `packer build`, `shellcheck`, `systemd-analyze verify`, and `moto_server` (an AWS emulator on
/// 127.0.0.1, see `MotoServer`), all run by `Packer.run`. Tests that need one are enabled only
/// where it is on `PATH`, so they report themselves skipped by name elsewhere.
enum PackerTools {
  static let packerPath = Packer.path
  static let shellcheckPath = Tool.path(named: "shellcheck")
  static let systemdAnalyzePath = Tool.path(named: "systemd-analyze")

  /// True when `packer build` can run against moto (packer, moto_server and curl are present).
  static let canBuildAgainstMoto = packerPath != nil && MotoServer.canStart

  /// Writes the `packer/` files under a new temporary directory, without their `packer/` prefix
  /// and without `plugins.pkr.hcl` (Packer 1.6.6 rejects `required_plugins`), plus `extra` files.
  static func templateDirectory(
    _ files: [GeneratedFile], extra: [(path: String, contents: String)] = []
  ) throws -> URL {
    let directory = try Repository.temporaryDirectory("packer")
    let kept = files.filter { $0.path != DatomicPacker.pluginsPath }.map {
      (path: String($0.path.dropFirst("packer/".count)), contents: $0.contents)
    }
    try Repository.write(kept + extra, to: directory)
    return directory
  }

  /// `packer validate` on `directory` with `-var name=value` for each of `variables`.
  static func validate(_ directory: URL, _ variables: [String: String]) throws -> ToolOutcome {
    let flags = variables.keys.sorted().flatMap { ["-var", "\($0)=\(variables[$0]!)"] }
    return try Packer.run(["validate"] + flags + ["."], in: directory)
  }
}
