import Testing

@testable import TFEmitter

@Suite("RDS mappings")
struct RDSMappingTests {
  static let resources = """
    {"DB": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "MySQL",
       "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "5", "MultiAZ": "true",
       "MasterUsername": "admin", "MasterUserPassword": {"Ref": "DBPassword"},
       "DBSubnetGroupName": {"Ref": "Subnets"}, "VPCSecurityGroups": ["sg-1"],
       "DBSecurityGroups": [{"Ref": "Classic"}], "Tags": [{"Key": "app", "Value": "wp"}]}},
     "Scratch": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Delete", "Properties": {
       "DBInstanceIdentifier": "scratch", "Engine": "postgres", "DBInstanceClass": "db.t3.micro",
       "AllocatedStorage": 5, "MasterUsername": "admin", "MasterUserPassword": "hunter22"}},
     "Named": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBInstanceIdentifier": "named",
       "Engine": "postgres", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": 5,
       "ManageMasterUserPassword": true, "MasterUsername": "admin"}},
     "Subnets": {"Type": "AWS::RDS::DBSubnetGroup", "Properties": {"DBSubnetGroupName": "Main",
       "DBSubnetGroupDescription": "db", "SubnetIds": ["subnet-1", "subnet-2"]}},
     "Classic": {"Type": "AWS::RDS::DBSecurityGroup", "Properties": {"GroupDescription": "x",
       "DBSecurityGroupIngress": {"CIDRIP": "0.0.0.0/0"}}}}
    """
  static let password = #"{"DBPassword": {"Type": "String", "NoEcho": "true"}}"#

  static func convert() -> Conversion {
    MappingProbe.convert(resources: resources, parameters: password)
  }

  @Test("an instance: lower-case engine, password from the NoEcho variable, a final snapshot")
  func instance() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_db_instance.db", in: conversion) == """
        # DB (AWS::RDS::DBInstance)
        # cfn2tf: 'DBSecurityGroups' is dropped: DB security groups are EC2-Classic, which AWS retired, and provider 5.0 removed them: give the instance VPCSecurityGroups
        resource "aws_db_instance" "db" {
          engine                 = "mysql"
          instance_class         = "db.t3.micro"
          allocated_storage      = 5
          username               = "admin"
          password               = var.db_password
          multi_az               = true
          db_subnet_group_name   = aws_db_subnet_group.subnets.name
          vpc_security_group_ids = ["sg-1"]
          tags = {
            app = "wp"
          }
          # CloudFormation takes a final snapshot when it deletes the instance
          final_snapshot_identifier = "${var.stack_name}-db-final-snapshot"
        }

        """)
    let password = MappingProbe.entry("DB.Properties.MasterUserPassword", in: conversion)
    #expect(password?.status == .exact)
    #expect(password?.sourceValue == "(sensitive)")
    #expect(
      MappingProbe.block("aws_db_instance.named", in: conversion)?.contains(
        #"final_snapshot_identifier = "named-final-snapshot""#) == true)
  }

  @Test(
    "a password written in the template becomes a sensitive variable; DeletionPolicy Delete skips the snapshot"
  )
  func literalPassword() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_db_instance.scratch", in: conversion) == """
        # Scratch (AWS::RDS::DBInstance)
        resource "aws_db_instance" "scratch" {
          identifier          = "scratch"
          engine              = "postgres"
          instance_class      = "db.t3.micro"
          allocated_storage   = 5
          username            = "admin"
          password            = var.scratch_master_user_password
          skip_final_snapshot = true
        }

        """)
    #expect(
      MappingProbe.messages(conversion).contains(
        "the master password of 'Scratch' is written in the template; it becomes the sensitive variable 'scratch_master_user_password'"
      ))
    let variables = conversion.file("variables.tf")?.contents ?? ""
    #expect(
      variables.contains(
        """
        variable "scratch_master_user_password" {
          type        = string
          description = "Master password of the database Scratch; the template wrote it in plain text, and its value is not copied."
          sensitive   = true
        }
        """))
    #expect(!variables.contains("hunter22"))
    #expect(
      MappingProbe.entry("Scratch.Properties.MasterUserPassword", in: conversion)?.sourceValue
        == "(sensitive)")
  }

  @Test("subnet groups are lower case; DB security groups are left out")
  func subnetAndSecurityGroups() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_db_subnet_group.subnets", in: conversion) == """
        # Subnets (AWS::RDS::DBSubnetGroup)
        resource "aws_db_subnet_group" "subnets" {
          name        = "main"
          description = "db"
          subnet_ids  = ["subnet-1", "subnet-2"]
        }

        """)
    #expect(
      MappingProbe.messages(conversion).contains(
        "'Classic' (AWS::RDS::DBSecurityGroup) is not converted: DB security groups belong to EC2-Classic, which AWS retired, and provider 5.0 removed aws_db_security_group: give the DB instance a VPC security group (VPCSecurityGroups) allowing the same sources"
      ))
    #expect(MappingProbe.entry("Classic", in: conversion)?.status == .dropped)
    #expect(
      MappingProbe.importID("DB", resources: Self.resources, physicalId: "stack-db-1")
        == "stack-db-1")
  }

  @Test("SourceDBInstanceIdentifier names a replica's source, or with restore fields a restore's")
  func replicaAndRestore() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Restored": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Delete", "Properties": {
           "DBInstanceClass": "db.t3.micro", "SourceDBInstanceIdentifier": "prod",
           "UseLatestRestorableTime": true}},
         "Replica": {"Type": "AWS::RDS::DBInstance", "DeletionPolicy": "Delete", "Properties": {
           "DBInstanceClass": "db.t3.micro", "SourceDBInstanceIdentifier": "prod"}}}
        """)
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_db_instance.restored", in: conversion) == """
        # Restored (AWS::RDS::DBInstance)
        resource "aws_db_instance" "restored" {
          instance_class      = "db.t3.micro"
          skip_final_snapshot = true

          restore_to_point_in_time {
            source_db_instance_identifier = "prod"
            use_latest_restorable_time    = true
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_db_instance.replica", in: conversion) == """
        # Replica (AWS::RDS::DBInstance)
        resource "aws_db_instance" "replica" {
          instance_class      = "db.t3.micro"
          replicate_source_db = "prod"
          skip_final_snapshot = true
        }

        """)
  }

  @Test("Ref is the identifier; the endpoint attributes")
  func attributes() {
    #expect(RDS.dbInstance.refAttribute == "identifier")
    #expect(RDS.dbInstance.attributes["Endpoint.Address"] == "address")
    #expect(RDS.dbInstance.attributes["Endpoint.Port"] == "port")
  }

  @Test(
    "RDS types convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "rds")
    #expect(status == 0, "\(output)")
  }
}
