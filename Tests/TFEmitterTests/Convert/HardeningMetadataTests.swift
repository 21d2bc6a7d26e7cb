import Testing

@testable import TFEmitter

/// The search for the metadata service's addresses and the IMDSv2 token header in scripts: byte
/// by byte for ASCII text, answering exactly as `String.contains` (after `lowercased()` for the
/// header) does, which decides beyond ASCII.
@Suite("--harden: metadata reads found in scripts")
struct HardeningMetadataTests {
  static let texts = [
    "", "curl http://169.254.169.254/latest/meta-data/", "169.254.169.25", "x169.254.169.254",
    "-H 'X-aws-ec2-metadata-token: $T'", "-H 'X-AWS-EC2-METADATA-TOKEN: $T'",
    "x-aws-ec2-metadata-toke", "http://[fd00:ec2::254]/latest", "http://instance-data/latest",
    "instance-data", "line\r\n169.254.169.254\r\n", "日本 169.254.169.254",
    "169.254.169.254\u{301}", "X-aws-ec2-metadata-to\u{212A}en", "İx-aws-ec2-metadata-token",
    "x-aws-ec2-metadata-token-ttl-seconds", "169.254.169.254169.254.169.254",
  ]
  static let needles =
    Hardening.metadataEndpoints + [Hardening.tokenHeader, "a", "169.254.169.254x"]

  @Test("as String.contains, for every text and needle", arguments: texts)
  func containsAsString(_ text: String) {
    for needle in Self.needles {
      #expect(Hardening.contains(text, needle) == text.contains(needle), "\(text) \(needle)")
      #expect(
        Hardening.contains(text, needle, ignoringCase: true)
          == text.lowercased().contains(needle), "\(text) \(needle)")
    }
  }

  @Test("the header is found whatever its case, the addresses only as written")
  func caseOfHeader() {
    #expect(
      Hardening.contains("X-Aws-Ec2-Metadata-Token", Hardening.tokenHeader, ignoringCase: true))
    #expect(!Hardening.contains("X-Aws-Ec2-Metadata-Token", Hardening.tokenHeader))
    #expect(Hardening.contains("http://INSTANCE-DATA/", "instance-data/", ignoringCase: true))
    #expect(!Hardening.contains("http://INSTANCE-DATA/", "instance-data/"))
  }
}
