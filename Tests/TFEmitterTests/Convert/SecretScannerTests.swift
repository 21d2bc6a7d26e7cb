import Testing

@testable import TFEmitter

/// The secret scanner, line by line: what each rule finds (the name it reports and the value's
/// text) and what it leaves alone.
@Suite("Secret scanner")
struct SecretScannerTests {
  /// What the scanner finds on `lines` (a zero byte stands for a computed value, `\0` here), as
  /// `what=value` per line.
  static func scan(_ lines: [String]) -> [[String]] {
    let bytes = lines.map { Array($0.utf8) }
    return SecretScanner.findings(inLines: bytes).enumerated().map { index, findings in
      findings.map {
        "\($0.what)=" + String(decoding: bytes[index][$0.range], as: UTF8.self)
      }
    }
  }

  static func scan(_ line: String) -> [String] { scan([line])[0] }

  @Test(
    "names given a value",
    arguments: [
      ("DB_PASSWORD=s1", ["'DB_PASSWORD'=s1"]),
      ("export API_TOKEN=\"s 2\" && run", ["'API_TOKEN'=s 2"]),
      ("AWS_SECRET_ACCESS_KEY=s3 aws s3 ls", ["'AWS_SECRET_ACCESS_KEY'=s3"]),
      ("aws_secret_access_key = s4", ["'aws_secret_access_key'=s4"]),
      ("license-key=s5 with spaces ", ["'license-key'=s5 with spaces"]),
      ("url=jdbc:x://h/db?user=u&password=s6&ssl=1", ["'password'=s6"]),
      ("run PASSWORD=s7", ["'PASSWORD'=s7"]),
      (#"echo '{"user": "u", "password": "s8"}'"#, ["'password'=s8"]),
      (#"echo "{\"api_key\": \"s9\"}""#, ["'api_key'=s9"]),
      ("  - secret: s10", ["'secret'=s10"]),
      ("api_token: 's11'", ["'api_token'=s11"]),
      (#"$env:DB_PASSWORD = "s12""#, ["'DB_PASSWORD'=s12"]),
      (#"if [ "$API_TOKEN" == "s13" ]; then"#, ["'API_TOKEN'=s13"]),
      ("PASSWORD=пароль", ["'PASSWORD'=пароль"]),
      ("git clone https://bot:s14@git.example.com/r.git", ["a password in a URL=s14"]),
    ])
  func assignments(_ line: String, _ expected: [String]) {
    #expect(Self.scan(line) == expected)
  }

  @Test(
    "options and aws configure",
    arguments: [
      ("tool --license-key s1 run", ["'--license-key'=s1"]),
      ("wget --http-password=s2 url", ["'--http-password'=s2"]),
      ("mysql --password 's3' -e x", ["'--password'=s3"]),
      ("aws configure set aws_secret_access_key s4", ["'aws_secret_access_key'=s4"]),
      ("aws configure set default.aws_session_token s5", ["'aws_session_token'=s5"]),
    ])
  func options(_ line: String, _ expected: [String]) {
    #expect(Self.scan(line) == expected)
  }

  @Test(
    "what is not a secret",
    arguments: [
      "TOKEN=$(curl -X PUT http://169.254.169.254/latest/api/token)",
      "PASSWORD=${DB_PASSWORD}", "PASSWORD=`cat /etc/pw`", "PASSWORD=\0",
      "PASSWORD_FILE=/etc/pw", "SECRET_ARN=arn:aws:secretsmanager:us-east-1:1:secret:x",
      "aws secretsmanager get-secret-value --secret-id app/db",
      "gitea --must-change-password=false", "app --token-ttl 60",
      "DB_PASSWORD={{resolve:ssm-secure:pw}}", "password: |", "KEY=value",
      "aws configure set region us-east-1", "echo AKIAXXXXXXXXXXXXXXXXX BAKIAXXXXXXXXXXXXXXXX",
      "sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
      "git clone https://bot@git.example.com/r.git", "curl https://${USER}:${PASS}@host/",
    ])
  func notSecrets(_ line: String) {
    #expect(Self.scan(line) == [], "\(line)")
  }

  @Test("a single-quoted value may hold a dollar sign")
  func singleQuoted() {
    #expect(Self.scan("PASSWORD='pa$$word'") == ["'PASSWORD'=pa$$word"])
  }

  @Test("access key ids anywhere; a secret access key on their line or a line next to one")
  func accessKeys() {
    let secret = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY12"
    #expect(secret.count == 40)
    #expect(
      Self.scan(["id AKIAIOSFODNN7EXAMPLE", "key \(secret)", "", "far \(secret)"]) == [
        ["an AWS access key id=AKIAIOSFODNN7EXAMPLE"], ["an AWS secret access key=\(secret)"],
        [], [],
      ])
    #expect(
      Self.scan("ASIAIOSFODNN7EXAMPLE \(secret)") == [
        "an AWS access key id=ASIAIOSFODNN7EXAMPLE", "an AWS secret access key=\(secret)",
      ])
    // Lowercase hex (a hash) and padded base64 are not secret keys.
    #expect(
      Self.scan("AKIAIOSFODNN7EXAMPLE \(secret.lowercased()) \(secret)=") == [
        "an AWS access key id=AKIAIOSFODNN7EXAMPLE"
      ])
  }

  @Test(
    "names that say they hold a secret, and names of its place",
    arguments: [
      ("DB_PASSWORD", true), ("license-key", true), ("aws-dynamodb-access-key-id", true),
      ("aws_access_key_id", true), ("ApiKey", true), ("PASSWORD_FILE", false),
      ("SecretArn", false), ("--secret-id", false), ("MasterUsername", false),
      ("TokenLength", false),
    ])
  func secretNames(_ name: String, _ secret: Bool) {
    #expect(SecretScanner.isSecretName(name) == secret)
  }

  @Test("an ASCII name is judged on its bytes as on its characters")
  func asciiPathAgreesWithCharacters() {
    let words = [
      "DB", "Password", "PASSWORD", "password", "File", "_", "-", ".", "Secret", "Arn", "Id", "Key",
      "access", "Key", "Id", "license", "Token", "2", "url", "Api", "key", "x", "", "Name",
      "PrivateKey", "SharedKey", "passwd", "TTL",
    ]
    // Every pair and triple of the words, joined without and with separators.
    for a in words {
      for b in words {
        for name in [a + b, a + "_" + b, a + "-" + b, a + b + "Id", "--" + a + "-" + b] {
          #expect(
            SecretScanner.isSecretName(name) == SecretScanner.isSecretNameByCharacters(name),
            "\(name)")
        }
      }
    }
  }
}
