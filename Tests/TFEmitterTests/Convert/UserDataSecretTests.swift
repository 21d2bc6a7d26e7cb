import CFNParser
import Testing

@testable import TFEmitter

/// Secrets in user data, in each shape a script carries them: the text is scanned as the instance
/// sees it (after `Fn::Join` and `Fn::Sub`), each secret becomes a sensitive variable the user
/// sets, and a warning names the resource and the line of the script, never the value. Every
/// planted value holds `plant`, which appears in no file, report or diagnostic.
@Suite("User data secrets")
struct UserDataSecretTests {
  /// An instance whose user data is `Fn::Base64` of `script`.
  static func instance(_ script: String, parameters: String = "{}") -> String {
    """
    {"Parameters": \(parameters),
     "Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {
       "ImageId": "ami-12345678", "InstanceType": "t3.micro",
       "UserData": {"Fn::Base64": \(script)}}}}}
    """
  }

  /// The message of the warning for a secret of `Web`'s user data.
  static func warning(_ what: String, line: Int, variable: String) -> String {
    "the user data of 'Web' holds a secret in plain text (\(what) on line \(line) of the script); it becomes the sensitive variable '\(variable)'"
  }

  static let script = "templates/web-user-data.sh.tftpl"

  @Test("a secret line that is an element of a Fn::Join on line breaks, not the last one")
  func joinedLine() throws {
    let probe = SecretProbe(
      Self.instance(
        ##"{"Fn::Join": ["\n", ["#!/bin/bash", 1️⃣"DB_PASSWORD=plant-join-line", "echo done"]]}"##))
    probe.expectAbsent("plant")
    #expect(probe.file(Self.script).contains("DB_PASSWORD=${db_password}\necho done\n"))
    #expect(probe.isRequiredSecret("db_password"))
    let warning = try #require(
      probe.warning(Self.warning("'DB_PASSWORD'", line: 2, variable: "db_password")),
      "\(probe.messages)")
    #expect(warning.location == probe.marked.location("1️⃣"))
  }

  @Test("a secret line split across elements of a Fn::Join is scanned as one line")
  func splitLine() throws {
    let probe = SecretProbe(
      Self.instance(
        ##"{"Fn::Join": ["", ["#!/bin/bash\nexport API_", "TOKEN=", 1️⃣"plant-", "split\n"]]}"##))
    probe.expectAbsent("plant")
    #expect(probe.file(Self.script).contains("export API_TOKEN=${api_token}\n"))
    #expect(probe.isRequiredSecret("api_token"))
    let warning = try #require(
      probe.warning(Self.warning("'API_TOKEN'", line: 2, variable: "api_token")),
      "\(probe.messages)")
    #expect(warning.location == probe.marked.location("1️⃣"))
  }

  @Test("bare AWS access key ids, and a secret access key beside one")
  func accessKeys() throws {
    let hash = "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"
    let base64 = "Zm9vYmFyYmF6cXV4Tm90QVNlY3JldEF0QWxsMDAx"
    let secret = "PLANT3dSecretAccessKey+for/test00000000x"
    #expect(secret.count == 40 && base64.count == 40)
    let probe = SecretProbe(
      Self.instance(
        #"""
        {"Fn::Join": ["\n", [
          "#!/bin/bash",
          1️⃣"echo AKIAPLANTKEYID000002 > /etc/key-id",
          "creds ASIAPLANTKEYID000003 \#(secret)",
          "",
          "echo \#(hash) \#(base64) AKIAXXXXXXXXXXXXXXXXX"]]}
        """#))
    probe.expectAbsent("PLANT")
    let script = probe.file(Self.script)
    #expect(script.contains("echo ${aws_access_key_id} > /etc/key-id\n"), "\(script)")
    #expect(script.contains("creds ${aws_access_key_id_2} ${aws_secret_access_key}\n"))
    // A hash, a base64 string far from any key id and a longer id are not secrets.
    #expect(script.contains("echo \(hash) \(base64) AKIAXXXXXXXXXXXXXXXXX\n"))
    for name in ["aws_access_key_id", "aws_access_key_id_2", "aws_secret_access_key"] {
      #expect(probe.isRequiredSecret(name), "\(name)")
    }
    let warning = try #require(
      probe.warning(
        Self.warning("an AWS access key id", line: 2, variable: "aws_access_key_id")),
      "\(probe.messages)")
    #expect(warning.location == probe.marked.location("1️⃣"))
    #expect(
      probe.warning(
        Self.warning("an AWS secret access key", line: 3, variable: "aws_secret_access_key"))
        != nil, "\(probe.messages)")
  }

  @Test("command-line options: --license-key X, --password X, --http-password=X")
  func options() {
    let probe = SecretProbe(
      Self.instance(
        #"""
        {"Fn::Join": ["\n", [
          "#!/bin/bash",
          "datomic --license-key plant-licence run",
          "mysql -u app --password 'plant-password' -e 'select 1'",
          "wget --http-password=plant-wget https://example.com/x",
          "aws secretsmanager get-secret-value --secret-id app/db",
          "app --password-file /etc/pw"]]}
        """#))
    probe.expectAbsent("plant")
    let script = probe.file(Self.script)
    #expect(script.contains("datomic --license-key ${license_key} run\n"), "\(script)")
    #expect(script.contains("mysql -u app --password '${password}' -e 'select 1'\n"))
    #expect(script.contains("wget --http-password=${http_password} https://example.com/x\n"))
    // Names and files of secrets are not secrets.
    #expect(script.contains("--secret-id app/db\napp --password-file /etc/pw\n"))
    for name in ["license_key", "password", "http_password"] {
      #expect(probe.isRequiredSecret(name), "\(name)")
    }
    #expect(
      probe.messages.contains(
        Self.warning("'--license-key'", line: 2, variable: "license_key")), "\(probe.messages)")
  }

  @Test("aws configure set aws_secret_access_key X")
  func awsConfigure() {
    let probe = SecretProbe(
      Self.instance(
        #"""
        {"Fn::Join": ["\n", [
          "aws configure set aws_access_key_id AKIAPLANTKEYID000007",
          "aws configure set aws_secret_access_key plant-configure",
          "aws configure set region us-east-1"]]}
        """#))
    probe.expectAbsent("plant")
    probe.expectAbsent("PLANT")
    let script = probe.file(Self.script)
    #expect(script.contains("aws configure set aws_access_key_id ${aws_access_key_id}\n"))
    #expect(
      script.contains("aws configure set aws_secret_access_key ${aws_secret_access_key}\n"),
      "\(script)")
    #expect(script.contains("aws configure set region us-east-1"))
    #expect(probe.isRequiredSecret("aws_secret_access_key"))
  }

  @Test("JSON and YAML written by user data")
  func documents() {
    let probe = SecretProbe(
      Self.instance(
        #"""
        {"Fn::Join": ["\n", [
          "echo '{\"user\": \"app\", \"password\": \"plant-json\"}' > /etc/app.json",
          "cat <<EOF > /etc/app.yaml",
          "db:",
          "  api_token: plant-yaml",
          "  host: db.internal",
          "EOF"]]}
        """#))
    probe.expectAbsent("plant")
    let script = probe.file(Self.script)
    #expect(
      script.contains(#"echo '{"user": "app", "password": "${password}"}' > /etc/app.json"#),
      "\(script)")
    #expect(script.contains("  api_token: ${api_token}\n  host: db.internal\n"))
    #expect(probe.isRequiredSecret("password"))
    #expect(probe.isRequiredSecret("api_token"))
  }

  @Test("a value of the Fn::Sub variable map")
  func subVariables() throws {
    let probe = SecretProbe(
      Self.instance(
        ##"{"Fn::Sub": ["#!/bin/bash\nAPI_TOKEN=${Tok}\necho ${AWS::Region}\n", {"Tok": 1️⃣"plant-sub"}]}"##
      ))
    probe.expectAbsent("plant")
    #expect(probe.file(Self.script).contains("API_TOKEN=${api_token}\necho ${region}\n"))
    let warning = try #require(
      probe.warning(Self.warning("'API_TOKEN'", line: 2, variable: "api_token")),
      "\(probe.messages)")
    #expect(warning.location == probe.marked.location("1️⃣"))
  }

  @Test("two values under one name become two variables; one value read twice, one variable")
  func distinctValues() {
    let probe = SecretProbe(
      Self.instance(
        #"""
        {"Fn::Join": ["\n", [
          "DB_PASSWORD=plant-one", "DB_PASSWORD=plant-two", "export DB_PASSWORD=plant-one"]]}
        """#))
    probe.expectAbsent("plant")
    #expect(
      probe.file(Self.script)
        == "DB_PASSWORD=${db_password}\nDB_PASSWORD=${db_password_2}\nexport DB_PASSWORD=${db_password}\n"
    )
  }

  @Test("user data written as base64 text is decoded when it holds a secret, left as it is if not")
  func base64Text() {
    let secretScript = "#!/bin/bash\nDB_PASSWORD=plant-base64\necho done\n"
    let encoded = Self.base64(secretScript)
    let probe = SecretProbe(
      """
      {"Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {
         "ImageId": "ami-12345678", "UserData": "\(encoded)"}},
       "Plain": {"Type": "AWS::EC2::Instance", "Properties": {
         "ImageId": "ami-12345678", "UserData": "\(Self.base64("#!/bin/bash\necho hi\n"))"}}}}
      """)
    probe.expectAbsent("plant")
    probe.expectAbsent(encoded)
    #expect(probe.file(Self.script) == "#!/bin/bash\nDB_PASSWORD=${db_password}\necho done\n")
    #expect(probe.isRequiredSecret("db_password"))
    #expect(
      probe.squeezed("main.tf").contains(
        #"user_data = base64decode("IyEvYmluL2Jhc2gKZWNobyBoaQo=")"#))
  }

  /// `text` in base64.
  static func base64(_ text: String) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    let bytes = Array(text.utf8)
    var out = ""
    for start in stride(from: 0, to: bytes.count, by: 3) {
      let chunk = Array(bytes[start..<min(start + 3, bytes.count)]) + [0, 0]
      let value = Int(chunk[0]) << 16 | Int(chunk[1]) << 8 | Int(chunk[2])
      let count = min(3, bytes.count - start)
      for i in 0..<4 {
        out.append(i <= count ? alphabet[(value >> (18 - 6 * i)) & 63] : "=")
      }
    }
    return out
  }

  @Test("values computed at boot or read from a NoEcho parameter are not copied secrets")
  func computedValues() {
    let probe = SecretProbe(
      Self.instance(
        #"""
        {"Fn::Join": ["", [
          "TOKEN=$(curl -X PUT http://169.254.169.254/latest/api/token)\n",
          "DB_PASSWORD=", {"Ref": "Pw"}, "\n",
          "API_KEY=\"`cat /etc/key`\"\n",
          "PASSWORD_FILE=/etc/pw\n"]]}
        """#,
        parameters: #"{"Pw": {"Type": "String", "NoEcho": true}}"#))
    #expect(!probe.messages.contains { $0.contains("holds a secret") }, "\(probe.messages)")
    let script = probe.file(Self.script)
    #expect(script.contains("TOKEN=$(curl -X PUT"), "\(script)")
    #expect(script.contains("DB_PASSWORD=${pw}\n"))
    #expect(script.contains("PASSWORD_FILE=/etc/pw\n"))
  }
}
