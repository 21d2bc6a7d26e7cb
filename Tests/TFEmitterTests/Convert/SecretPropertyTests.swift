import CFNParser
import Testing

@testable import TFEmitter

/// A secret property (a password, an AUTH token) whose value the template builds from its own
/// text with `Fn::Sub`, `Fn::Join`, `Fn::If`, `Fn::Select` or `Fn::FindInMap` becomes a
/// sensitive variable exactly as a plain literal does; the mapping it reads keeps the value out
/// of `locals.tf`; a condition comparing a NoEcho parameter with its default does not copy it.
@Suite("Secret properties built from written text")
struct SecretPropertyTests {
  /// A database whose master password is `password`.
  static func database(_ name: String, _ password: String) -> String {
    """
    "\(name)": {"Type": "AWS::RDS::DBInstance", "Properties": {
      "Engine": "mysql", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20",
      "MasterUsername": "admin", "MasterUserPassword": \(password)}}
    """
  }

  static let head = #"""
    "Parameters": {"Stage": {"Type": "String", "Default": "prod"},
                   "Pw": {"Type": "String", "NoEcho": true}},
    "Mappings": {"Credentials": {
      "prod": {"Password": "plant-mapping-prod", "Class": "db.t3.large"},
      "dev": {"Password": "plant-mapping-dev", "Class": "db.t3.micro"}}},
    "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]}}
    """#

  @Test("Fn::Sub, Fn::Join, Fn::If, Fn::Select and Fn::FindInMap over written text")
  func builtPasswords() {
    let cases: [(String, String)] = [
      ("Sub", #"{"Fn::Sub": "plant-sub-${AWS::Region}"}"#),
      ("SubMap", #"{"Fn::Sub": ["${A}-x", {"A": "plant-sub-map"}]}"#),
      ("Join", #"{"Fn::Join": ["", ["plant-join-a", "plant-join-b"]]}"#),
      ("If", #"{"Fn::If": ["IsProd", "plant-if-a", {"Ref": "Pw"}]}"#),
      ("Select", #"{"Fn::Select": [1, ["plant-select-a", "plant-select-b"]]}"#),
      ("Map", #"{"Fn::FindInMap": ["Credentials", {"Ref": "Stage"}, "Password"]}"#),
    ]
    let resources = cases.map { Self.database($0.0, $0.1) }.joined(separator: ",\n")
    let probe = SecretProbe("{\(Self.head), \"Resources\": {\(resources)}}")
    probe.expectAbsent("plant")
    let main = probe.squeezed("main.tf")
    for (name, _) in cases {
      let variable = Namer.snakeCase(name) + "_master_user_password"
      #expect(main.contains("password = var.\(variable)\n"), "\(name)\n\(main)")
      #expect(probe.isRequiredSecret(variable), "\(name)")
      #expect(
        probe.messages.contains(
          "the master password of '\(name)' is written in the template; it becomes the sensitive variable '\(variable)'"
        ), "\(name): \(probe.messages)")
    }
    // The rest of the mapping stays.
    #expect(probe.squeezed("locals.tf").contains(#"Class = "db.t3.large""#))
  }

  @Test("a dynamic reference built with Fn::Sub stays as written")
  func dynamicReference() {
    let probe = SecretProbe(
      """
      {"Resources": {\(Self.database("Db",
        #"{"Fn::Sub": "{{resolve:secretsmanager:${AWS::StackName}-db:SecretString:password}}"}"#))}}
      """)
    #expect(
      probe.squeezed("main.tf").contains(
        #"password = "{{resolve:secretsmanager:${var.stack_name}-db:SecretString:password}}""#))
  }

  @Test("an AUTH token joined with a parameter")
  func authToken() {
    let probe = SecretProbe(
      #"""
      {"Parameters": {"Stage": {"Type": "String", "Default": "prod"}},
       "Resources": {"Cache": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": {
         "ReplicationGroupDescription": "x", "Engine": "redis", "CacheNodeType": "cache.t3.micro",
         "NumCacheClusters": 1, "TransitEncryptionEnabled": true,
         "AuthToken": {"Fn::Join": ["-", ["plant-token", {"Ref": "Stage"}]]}}}}}
      """#)
    probe.expectAbsent("plant")
    #expect(probe.squeezed("main.tf").contains("auth_token = var.cache_auth_token"))
    #expect(probe.isRequiredSecret("cache_auth_token"))
  }

  @Test("a secret's JSON built around references stays; with a password of its own it does not")
  func secretDocuments() {
    let probe = SecretProbe(
      #"""
      {"Parameters": {"Pw": {"Type": "String", "NoEcho": true}},
       "Resources": {
         "Around": {"Type": "AWS::SecretsManager::Secret", "Properties": {
           "SecretString": {"Fn::Sub": "{\"username\": \"admin\", \"password\": \"${Pw}\"}"}}},
         "Own": {"Type": "AWS::SecretsManager::Secret", "Properties": {
           "SecretString": {"Fn::Sub": "{\"username\": \"${AWS::StackName}\", \"password\": \"plant-own\"}"}}},
         "Fn": {"Type": "AWS::Lambda::Function", "Properties": {
           "Role": "arn:aws:iam::123456789012:role/x", "Runtime": "python3.12",
           "Handler": "index.handler", "Code": {"ZipFile": "def handler(e, c): pass"},
           "Environment": {"Variables": {
             "DB_PASSWORD": {"Fn::Join": ["-", ["plant-env", {"Ref": "AWS::Region"}]]},
             "API_TOKEN": {"Fn::Sub": "${Pw}"}}}}}}}
      """#)
    probe.expectAbsent("plant")
    let main = probe.squeezed("main.tf")
    #expect(
      main.contains(#"secret_string = "{\"username\": \"admin\", \"password\": \"${var.pw}\"}""#),
      "\(main)")
    #expect(main.contains("secret_string = var.own_secret_string"))
    #expect(main.contains("DB_PASSWORD = var.fn_db_password"))
    #expect(main.contains("API_TOKEN = var.pw"))
  }

  @Test("a mapping a secret property reads though neither is named like one: found late, redacted")
  func lateMappingSecret() {
    let probe = SecretProbe(
      #"""
      {"Parameters": {"Stage": {"Type": "String", "Default": "prod"}},
       "Mappings": {"Keys": {"prod": {"Value": "plant-api-key-value", "Quota": "5"}}},
       "Resources": {"Key": {"Type": "AWS::ApiGateway::ApiKey", "Properties": {
         "Value": {"Fn::FindInMap": ["Keys", {"Ref": "Stage"}, "Value"]}}}}}
      """#)
    probe.expectAbsent("plant")
    #expect(probe.squeezed("locals.tf").contains(#"Quota = "5""#))
    #expect(probe.isRequiredSecret("key_value"))
  }

  @Test("a mapping value a password reads stays out of locals; another reader gets a variable")
  func mappingReaders() throws {
    let probe = SecretProbe(
      """
      {\(Self.head), "Resources": {\(Self.database("Db",
        #"{"Fn::FindInMap": ["Credentials", {"Ref": "Stage"}, "Password"]}"#))},
       "Outputs": {"Pw": {"Value": {"Fn::FindInMap": ["Credentials", {"Ref": "Stage"}, "Password"]}}}}
      """)
    probe.expectAbsent("plant")
    let locals = probe.squeezed("locals.tf")
    #expect(!locals.contains("Password"), "\(locals)")
    #expect(locals.contains(#"Class = "db.t3.micro""#))
    let outputs = probe.squeezed("outputs.tf")
    #expect(outputs.contains("value = var.credentials_password[var.stage]"), "\(outputs)")
    #expect(outputs.contains("sensitive = true"))
    let block = probe.variable("credentials_password")
    #expect(block.contains("type        = map(string)"), "\(block)")
    #expect(probe.isRequiredSecret("credentials_password"))
    #expect(
      probe.messages.contains(
        "the mapping 'Credentials' holds secrets under 'Password'; they become the sensitive variable 'credentials_password', a map by top-level key"
      ), "\(probe.messages)")
  }

  @Test("a mapping key named like a secret is kept out of locals though nothing reads it")
  func secretMappingKey() {
    let probe = SecretProbe(
      #"""
      {"Mappings": {"Env": {"prod": {"ApiToken": "plant-token", "Size": "2"}}},
       "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}
      """#)
    probe.expectAbsent("plant")
    #expect(probe.squeezed("locals.tf").contains(#"Size = "2""#))
  }

  @Test("a condition comparing a NoEcho parameter with its default does not copy the default")
  func conditionDefault() throws {
    let probe = SecretProbe(
      #"""
      {"Parameters": {"Pw": {"Type": "String", "NoEcho": true, "Default": "plant-default"}},
       "Conditions": {
         "IsDefault": {"Fn::Equals": [{"Ref": "Pw"}, 1️⃣"plant-default"]},
         "NotDefault": {"Fn::Not": [{"Fn::Equals": ["plant-default", {"Ref": "Pw"}]}]},
         "HasPw": {"Fn::Not": [{"Fn::Equals": [{"Ref": "Pw"}, ""]}]}},
       "Resources": {"Q": {"Type": "AWS::SQS::Queue", "Condition": "IsDefault"}}}
      """#)
    probe.expectAbsent("plant")
    let locals = probe.squeezed("locals.tf")
    #expect(locals.contains("is_default = var.pw == var.pw_default\n"), "\(locals)")
    #expect(locals.contains("not_default = (var.pw_default == var.pw) == false\n"))
    #expect(locals.contains(#"has_pw = (var.pw == "") == false"#))
    #expect(probe.isRequiredSecret("pw_default"))
    let warning = try #require(
      probe.warning(
        "the condition 'IsDefault' compares the NoEcho parameter 'Pw' with its default; the default becomes the sensitive variable 'pw_default'"
      ), "\(probe.messages)")
    #expect(warning.location == probe.marked.location("1️⃣"))
  }
}
