import Testing

@testable import TFEmitter

@Suite("AmazonMQ mappings")
struct AmazonMQMappingTests {
  static let resources = #"""
    {"Config": {"Type": "AWS::AmazonMQ::Configuration", "Properties": {"Name": "cfg",
       "EngineType": "ACTIVEMQ", "EngineVersion": "5.17.6", "Description": "orders",
       "Data": {"Fn::Base64": "<broker xmlns=\"http://activemq.apache.org/schema/core\"/>"},
       "Tags": [{"Key": "team", "Value": "orders"}]}},
     "Broker": {"Type": "AWS::AmazonMQ::Broker", "Properties": {"BrokerName": "orders",
       "EngineType": "ACTIVEMQ", "EngineVersion": "5.17.6", "HostInstanceType": "mq.t3.micro",
       "DeploymentMode": "SINGLE_INSTANCE", "PubliclyAccessible": false,
       "AutoMinorVersionUpgrade": true, "SubnetIds": ["subnet-1"], "SecurityGroups": ["sg-1"],
       "Logs": {"General": true, "Audit": false},
       "EncryptionOptions": {"UseAwsOwnedKey": false, "KmsKeyId": "alias/mq"},
       "MaintenanceWindowStartTime": {"DayOfWeek": "SUNDAY", "TimeOfDay": "02:00",
         "TimeZone": "UTC"},
       "Users": [{"Username": "admin", "Password": {"Ref": "AdminPassword"},
                  "ConsoleAccess": true, "Groups": ["admins"]}],
       "Tags": [{"Key": "team", "Value": "orders"}]}},
     "Assoc": {"Type": "AWS::AmazonMQ::ConfigurationAssociation", "Properties": {
       "Broker": {"Ref": "Broker"}, "Configuration": {"Id": {"Ref": "Config"},
         "Revision": {"Fn::GetAtt": ["Config", "Revision"]}}}},
     "Rabbit": {"Type": "AWS::AmazonMQ::Broker", "Properties": {"BrokerName": "rabbit",
       "EngineType": "RABBITMQ", "HostInstanceType": "mq.m5.large",
       "DeploymentMode": "CLUSTER_MULTI_AZ", "PubliclyAccessible": true,
       "Users": [{"Username": "admin", "Password": {"Ref": "AdminPassword"}}]}}}
    """#

  static let parameters = #"{"AdminPassword": {"Type": "String", "NoEcho": true}}"#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Resources": \(resources),
       "Outputs": {"Id": {"Value": {"Ref": "Broker"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Broker", "Arn"]}},
         "Amqp": {"Value": {"Fn::Join": [",", {"Fn::GetAtt": ["Broker", "AmqpEndpoints"]}]}},
         "OpenWire": {"Value": {"Fn::Join": [",", {"Fn::GetAtt": ["Broker", "OpenWireEndpoints"]}]}},
         "Ips": {"Value": {"Fn::Join": [",", {"Fn::GetAtt": ["Broker", "IpAddresses"]}]}},
         "ConfigurationId": {"Value": {"Fn::GetAtt": ["Broker", "ConfigurationId"]}},
         "Config": {"Value": {"Ref": "Config"}},
         "Revision": {"Value": {"Fn::GetAtt": ["Config", "Revision"]}}}}
      """, fileName: "t.json")
  }

  @Test("a broker: users' passwords from NoEcho parameters, the association's configuration")
  func broker() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.messages(conversion) == [
        "'Assoc' (AWS::AmazonMQ::ConfigurationAssociation) is not converted: \(AmazonMQ.configurationAssociation.omission ?? "")"
      ])
    #expect(
      MappingProbe.block("aws_mq_broker.broker", in: conversion) == #"""
        # Broker (AWS::AmazonMQ::Broker)
        resource "aws_mq_broker" "broker" {
          broker_name                = "orders"
          engine_type                = "ACTIVEMQ"
          engine_version             = "5.17.6"
          host_instance_type         = "mq.t3.micro"
          deployment_mode            = "SINGLE_INSTANCE"
          publicly_accessible        = false
          auto_minor_version_upgrade = true
          subnet_ids                 = ["subnet-1"]
          security_groups            = ["sg-1"]
          tags = {
            team = "orders"
          }

          encryption_options {
            use_aws_owned_key = false
            kms_key_id        = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:alias/mq"
          }

          logs {
            general = true
            audit   = "false"
          }

          maintenance_window_start_time {
            day_of_week = "SUNDAY"
            time_of_day = "02:00"
            time_zone   = "UTC"
          }

          user {
            username       = "admin"
            password       = var.admin_password
            console_access = true
            groups         = ["admins"]
          }

          # the configuration of Assoc (AWS::AmazonMQ::ConfigurationAssociation)
          configuration {
            id       = aws_mq_configuration.config.id
            revision = aws_mq_configuration.config.latest_revision
          }
        }

        """#)
    let revision = MappingProbe.entry("Assoc.Properties.Configuration.Revision", in: conversion)
    #expect(revision?.targetText == "aws_mq_broker.broker.configuration.revision")
    #expect(
      MappingProbe.entry("Broker.Properties.EncryptionOptions.KmsKeyId", in: conversion)?.targetText
        == "aws_mq_broker.broker.encryption_options.kms_key_id")
  }

  @Test("a broker without an engine version takes it from a variable")
  func engineVersion() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_mq_broker.rabbit", in: conversion) == """
        # Rabbit (AWS::AmazonMQ::Broker)
        resource "aws_mq_broker" "rabbit" {
          broker_name         = "rabbit"
          engine_type         = "RABBITMQ"
          host_instance_type  = "mq.m5.large"
          deployment_mode     = "CLUSTER_MULTI_AZ"
          publicly_accessible = true
          # cfn2tf: 'EngineVersion' is not set: Amazon MQ chooses it, Terraform requires it
          engine_version = var.rabbit_engine_version

          user {
            username = "admin"
            password = var.admin_password
          }
        }

        """)
    #expect(
      MappingProbe.entry("Rabbit.Properties.EngineVersion", in: conversion)?.status
        == .approximated)
    #expect(
      conversion.file("variables.tf")?.contents.contains(#"variable "rabbit_engine_version""#)
        == true)
  }

  @Test("a password written in the template becomes a sensitive variable")
  func writtenPassword() {
    let conversion = MappingProbe.convert(
      resources: """
        {"B": {"Type": "AWS::AmazonMQ::Broker", "Properties": {"BrokerName": "b",
          "EngineType": "ACTIVEMQ", "EngineVersion": "5.17.6", "HostInstanceType": "mq.t3.micro",
          "DeploymentMode": "SINGLE_INSTANCE", "PubliclyAccessible": false,
          "Users": [{"Username": "app", "Password": "plain-text-password"}],
          "LdapServerMetadata": {"Hosts": ["ldap.example.com"], "RoleBase": "ou=roles",
            "RoleSearchMatching": "(member={0})", "ServiceAccountUsername": "cn=svc",
            "ServiceAccountPassword": "another-plain-password", "UserBase": "ou=users",
            "UserSearchMatching": "(uid={0})"}}}}
        """)
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains("password = var.b_user_password"))
    #expect(main.contains("service_account_password = var.b_ldap_password"))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(!variables.contains("plain-text-password"))
    #expect(!variables.contains("another-plain-password"))
    #expect(
      MappingProbe.entry("B.Properties.Users[0].Password", in: conversion)?.sourceValue
        == "(sensitive)")
  }

  @Test("a configuration: the XML inside Fn::Base64, or base64 text decoded")
  func configuration() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_mq_configuration.config", in: conversion) == #"""
        # Config (AWS::AmazonMQ::Configuration)
        resource "aws_mq_configuration" "config" {
          name           = "cfg"
          description    = "orders"
          engine_type    = "ACTIVEMQ"
          engine_version = "5.17.6"
          data           = "<broker xmlns=\"http://activemq.apache.org/schema/core\"/>"
          tags = {
            team = "orders"
          }
        }

        """#)
    let encoded = MappingProbe.convert(
      resources: """
        {"C": {"Type": "AWS::AmazonMQ::Configuration", "Properties": {"Name": "c",
          "EngineType": "RABBITMQ", "EngineVersion": "3.13", "Data": "Y29uc3VtZXJfdGltZW91dA=="}}}
        """)
    #expect(
      MappingProbe.mainFile(encoded).contains(
        #"data           = base64decode("Y29uc3VtZXJfdGltZW91dA==")"#))
  }

  @Test("Ref and GetAtt: ids, ARNs, the endpoints of each protocol")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_mq_broker.broker.id", "aws_mq_broker.broker.arn",
      #"join(",", [for i in aws_mq_broker.broker.instances : i.endpoints[length(i.endpoints) == 1 ? 0 : 1]])"#,
      #"join(",", [for i in aws_mq_broker.broker.instances : i.endpoints[0]])"#,
      #"join(",", [for i in aws_mq_broker.broker.instances : i.ip_address])"#,
      "aws_mq_broker.broker.configuration[0].id", "aws_mq_configuration.config.id",
      "aws_mq_configuration.config.latest_revision",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test("an association the broker cannot take is reported")
  func unusableAssociation() {
    let conversion = MappingProbe.convert(
      resources: """
        {"B": {"Type": "AWS::AmazonMQ::Broker", "Properties": {"BrokerName": "b",
          "EngineType": "ACTIVEMQ", "EngineVersion": "5.17.6", "HostInstanceType": "mq.t3.micro",
          "DeploymentMode": "SINGLE_INSTANCE", "PubliclyAccessible": false,
          "Configuration": {"Id": "c-1", "Revision": 1},
          "Users": [{"Username": "app", "Password": {"Ref": "P"}}]}},
         "A": {"Type": "AWS::AmazonMQ::ConfigurationAssociation", "Properties": {
          "Broker": {"Ref": "B"}, "Configuration": {"Id": "c-2", "Revision": 2}}}}
        """, parameters: #"{"P": {"Type": "String", "NoEcho": true}}"#)
    #expect(
      MappingProbe.entry("A.Properties.Configuration", in: conversion)?.status == .unsupported)
    #expect(MappingProbe.mainFile(conversion).contains(#"id       = "c-1""#))
    #expect(!MappingProbe.mainFile(conversion).contains("c-2"))
  }

  @Test(
    "brokers and configurations convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "amazonmq")
    #expect(status == 0, "\(output)")
  }
}

extension AmazonMQ: ImportCaseProvider {
  static let importIds = [
    "Config": "c-0123456789abcdef", "Broker": "b-0123456789abcdef",
    "Rabbit": "b-fedcba9876543210",
  ]

  static func mq(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: AmazonMQMappingTests.resources,
      parameters: AmazonMQMappingTests.parameters, physicalIds: importIds,
      values: ["AdminPassword": "x"], expected: expected)
  }

  /// Brokers and configurations by their ids.
  static var importCases: [ImportCase] {
    [
      mq("aws_mq_configuration.config", "Config", .id("c-0123456789abcdef")),
      mq("aws_mq_broker.broker", "Broker", .id("b-0123456789abcdef")),
      mq("aws_mq_broker.rabbit", "Rabbit", .id("b-fedcba9876543210")),
    ]
  }
}
