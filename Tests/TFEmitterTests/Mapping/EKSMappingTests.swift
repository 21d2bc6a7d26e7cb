import Testing

@testable import TFEmitter

@Suite("EKS mappings")
struct EKSMappingTests {
  static let parameters = #"{"Mode": {"Type": "String"}}"#

  static let conditions = #"{"Admins": {"Fn::Equals": [{"Ref": "Mode"}, "admin"]}}"#

  static let resources = #"""
    {"Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {"Name": "main", "Version": "1.31",
       "RoleArn": "arn:aws:iam::123456789012:role/eks",
       "ResourcesVpcConfig": {"SubnetIds": ["subnet-1", "subnet-2"], "SecurityGroupIds": ["sg-1"],
         "EndpointPrivateAccess": true, "EndpointPublicAccess": false},
       "KubernetesNetworkConfig": {"ServiceIpv4Cidr": "172.20.0.0/16", "IpFamily": "ipv4"},
       "Logging": {"ClusterLogging": {"EnabledTypes": [{"Type": "api"}, {"Type": "audit"}]}},
       "EncryptionConfig": [{"Resources": ["secrets"],
         "Provider": {"KeyArn": "arn:aws:kms:us-east-1:123456789012:key/1"}}],
       "AccessConfig": {"AuthenticationMode": "API_AND_CONFIG_MAP",
         "BootstrapClusterCreatorAdminPermissions": false},
       "UpgradePolicy": {"SupportType": "STANDARD"},
       "DeletionProtection": true,
       "Tags": [{"Key": "team", "Value": "platform"}]}},
     "Nodes": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": {"Ref": "Cluster"},
       "NodeRole": "arn:aws:iam::123456789012:role/nodes", "Subnets": ["subnet-1"],
       "InstanceTypes": ["m6i.large"], "CapacityType": "SPOT", "DiskSize": 50,
       "ScalingConfig": {"MinSize": 1, "MaxSize": 4, "DesiredSize": 2},
       "UpdateConfig": {"MaxUnavailable": 1},
       "RemoteAccess": {"Ec2SshKey": "ops", "SourceSecurityGroups": ["sg-2"]},
       "LaunchTemplate": {"Name": "nodes"},
       "Taints": [{"Key": "dedicated", "Value": "gpu", "Effect": "NO_SCHEDULE"}],
       "Labels": {"role": "worker"}, "Tags": {"team": "platform"}}},
     "Profile": {"Type": "AWS::EKS::FargateProfile", "Properties": {
       "ClusterName": {"Ref": "Cluster"},
       "PodExecutionRoleArn": "arn:aws:iam::123456789012:role/pods", "Subnets": ["subnet-1"],
       "Selectors": [{"Namespace": "default", "Labels": [{"Key": "app", "Value": "web"}]}]}},
     "Cni": {"Type": "AWS::EKS::Addon", "Properties": {"ClusterName": {"Ref": "Cluster"},
       "AddonName": "vpc-cni", "AddonVersion": "v1.18.0-eksbuild.1",
       "ResolveConflicts": "PRESERVE", "ServiceAccountRoleArn": "arn:aws:iam::123456789012:role/cni",
       "ConfigurationValues": "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\"}}"}},
     "Admin": {"Type": "AWS::EKS::AccessEntry", "Properties": {"ClusterName": {"Ref": "Cluster"},
       "PrincipalArn": "arn:aws:iam::123456789012:role/admin", "KubernetesGroups": ["ops"],
       "AccessPolicies": [
         {"PolicyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
          "AccessScope": {"Type": "cluster"}},
         {"Fn::If": ["Admins",
           {"PolicyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
            "AccessScope": {"Type": "namespace", "Namespaces": ["web"]}},
           {"Ref": "AWS::NoValue"}]}]}},
     "Pods": {"Type": "AWS::EKS::PodIdentityAssociation", "Properties": {
       "ClusterName": {"Ref": "Cluster"}, "Namespace": "web", "ServiceAccount": "app",
       "RoleArn": "arn:aws:iam::123456789012:role/app"}},
     "Oidc": {"Type": "AWS::EKS::IdentityProviderConfig", "Properties": {
       "ClusterName": {"Ref": "Cluster"}, "Type": "oidc",
       "Oidc": {"ClientId": "kubernetes", "IssuerUrl": "https://idp.example.com",
         "UsernameClaim": "email", "GroupsClaim": "groups",
         "RequiredClaims": [{"Key": "aud", "Value": "kubernetes"}]}}}}
    """#

  static func convert() -> Conversion {
    Converter.convert(
      """
      {"Parameters": \(parameters), "Conditions": \(conditions), "Resources": \(resources),
       "Outputs": {"Name": {"Value": {"Ref": "Cluster"}},
         "Arn": {"Value": {"Fn::GetAtt": ["Cluster", "Arn"]}},
         "Endpoint": {"Value": {"Fn::GetAtt": ["Cluster", "Endpoint"]}},
         "Ca": {"Value": {"Fn::GetAtt": ["Cluster", "CertificateAuthorityData"]}},
         "Issuer": {"Value": {"Fn::GetAtt": ["Cluster", "OpenIdConnectIssuerUrl"]}},
         "Sg": {"Value": {"Fn::GetAtt": ["Cluster", "ClusterSecurityGroupId"]}},
         "Key": {"Value": {"Fn::GetAtt": ["Cluster", "EncryptionConfigKeyArn"]}},
         "Ipv6": {"Value": {"Fn::GetAtt": ["Cluster", "KubernetesNetworkConfig.ServiceIpv6Cidr"]}},
         "Outpost": {"Value": {"Fn::GetAtt": ["Cluster", "Id"]}},
         "NodesArn": {"Value": {"Fn::GetAtt": ["Nodes", "Arn"]}},
         "ProfileArn": {"Value": {"Fn::GetAtt": ["Profile", "Arn"]}},
         "CniArn": {"Value": {"Fn::GetAtt": ["Cni", "Arn"]}},
         "PodsArn": {"Value": {"Ref": "Pods"}},
         "PodsId": {"Value": {"Fn::GetAtt": ["Pods", "AssociationId"]}},
         "EntryArn": {"Value": {"Fn::GetAtt": ["Admin", "AccessEntryArn"]}},
         "OidcArn": {"Value": {"Fn::GetAtt": ["Oidc", "IdentityProviderConfigArn"]}}}}
      """, fileName: "t.json")
  }

  @Test("a cluster: VPC, network, logging, encryption and access configuration")
  func cluster() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_eks_cluster.cluster", in: conversion) == """
        # Cluster (AWS::EKS::Cluster)
        # cfn2tf: 'DeletionProtection' is not converted: aws_eks_cluster (provider 5.100) has no deletion protection: EKS lets the cluster be deleted; add lifecycle prevent_destroy to guard it in Terraform
        resource "aws_eks_cluster" "cluster" {
          name                      = "main"
          role_arn                  = "arn:aws:iam::123456789012:role/eks"
          version                   = "1.31"
          enabled_cluster_log_types = ["api", "audit"]
          tags = {
            team = "platform"
          }

          vpc_config {
            subnet_ids              = ["subnet-1", "subnet-2"]
            security_group_ids      = ["sg-1"]
            endpoint_private_access = true
            endpoint_public_access  = false
          }

          kubernetes_network_config {
            service_ipv4_cidr = "172.20.0.0/16"
            ip_family         = "ipv4"
          }

          encryption_config {
            resources = ["secrets"]

            provider {
              key_arn = "arn:aws:kms:us-east-1:123456789012:key/1"
            }
          }

          access_config {
            authentication_mode                         = "API_AND_CONFIG_MAP"
            bootstrap_cluster_creator_admin_permissions = false
          }

          upgrade_policy {
            support_type = "STANDARD"
          }
        }

        """)
    #expect(
      MappingProbe.entry("Cluster.Properties.Logging.ClusterLogging.EnabledTypes", in: conversion)?
        .targetText == "aws_eks_cluster.cluster.enabled_cluster_log_types")
    #expect(
      MappingProbe.entry("Cluster.Properties.DeletionProtection", in: conversion)?.status
        == .unsupported)
  }

  @Test("node groups: scaling, remote access, launch template with its version, taints")
  func nodegroup() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_eks_node_group.nodes", in: conversion) == """
        # Nodes (AWS::EKS::Nodegroup)
        resource "aws_eks_node_group" "nodes" {
          cluster_name   = aws_eks_cluster.cluster.name
          node_role_arn  = "arn:aws:iam::123456789012:role/nodes"
          subnet_ids     = ["subnet-1"]
          capacity_type  = "SPOT"
          instance_types = ["m6i.large"]
          disk_size      = 50
          labels = {
            role = "worker"
          }
          tags = {
            team = "platform"
          }

          scaling_config {
            desired_size = 2
            max_size     = 4
            min_size     = 1
          }

          remote_access {
            ec2_ssh_key               = "ops"
            source_security_group_ids = ["sg-2"]
          }

          launch_template {
            name = "nodes"
            # cfn2tf: not set: Terraform requires it; $Default is written, which EKS reads as the default version's number (the next plan shows a change)
            version = "$Default"
          }

          taint {
            key    = "dedicated"
            value  = "gpu"
            effect = "NO_SCHEDULE"
          }

          update_config {
            max_unavailable = 1
          }
        }

        """)
    let version = conversion.ledger.entries.first {
      $0.subject == "Nodes.Properties.LaunchTemplate.Version"
    }
    #expect(version?.status == .approximated)
  }

  @Test("a launch template of the template gives the node group its default version")
  func launchTemplateOfTheTemplate() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {
           "LaunchTemplateData": {"InstanceType": "t3.large"}}},
         "Ng": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": "main",
           "NodeRole": "r", "Subnets": ["subnet-1"],
           "ScalingConfig": {"MinSize": 1, "MaxSize": 1, "DesiredSize": 1},
           "LaunchTemplate": {"Id": {"Ref": "Lt"}}}}}
        """)
    let block = MappingProbe.block("aws_eks_node_group.ng", in: conversion) ?? ""
    #expect(
      block.contains(
        """
          launch_template {
            id = aws_launch_template.lt.id
            # cfn2tf: not set: the launch template's default version, as CloudFormation takes it
            version = aws_launch_template.lt.default_version
          }
        """))
  }

  @Test("a node group without its three sizes is reported: Terraform requires them")
  func missingSizes() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Small": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": "main",
           "NodegroupName": "small", "NodeRole": "r", "Subnets": ["subnet-1"],
           "ScalingConfig": {"MaxSize": 2}}}}
        """)
    let reason =
      "Terraform requires scaling_config's desired_size, max_size and min_size; EKS chose the missing DesiredSize, MinSize: write them into ScalingConfig"
    #expect(
      MappingProbe.messages(conversion) == [
        "'Small' (AWS::EKS::Nodegroup) is not converted as it is: \(reason)"
      ])
    #expect(
      MappingProbe.block("aws_eks_node_group.small", in: conversion)?.hasPrefix(
        "# Small (AWS::EKS::Nodegroup)\n# cfn2tf: \(reason)\n") == true)
    #expect(
      conversion.ledger.entries.first {
        $0.subject == "Small.Properties.ScalingConfig" && $0.kind == .addition
      }?.status == .unsupported)
  }

  @Test("Fargate profiles (a generated name read from the live identifier) and add-ons")
  func fargateProfileAndAddon() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_eks_fargate_profile.profile", in: conversion) == """
        # Profile (AWS::EKS::FargateProfile)
        resource "aws_eks_fargate_profile" "profile" {
          # cfn2tf: 'FargateProfileName' is not set: CloudFormation names it <stack>-Profile-<suffix>;
          # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
          fargate_profile_name   = replace(lookup(var.physical_names, "Profile", "${var.stack_name}-Profile"), "/^.*[|]/", "")
          cluster_name           = aws_eks_cluster.cluster.name
          pod_execution_role_arn = "arn:aws:iam::123456789012:role/pods"
          subnet_ids             = ["subnet-1"]

          selector {
            namespace = "default"
            labels = {
              app = "web"
            }
          }
        }

        """)
    #expect(
      MappingProbe.block("aws_eks_addon.cni", in: conversion) == #"""
        # Cni (AWS::EKS::Addon)
        resource "aws_eks_addon" "cni" {
          cluster_name                = aws_eks_cluster.cluster.name
          addon_name                  = "vpc-cni"
          addon_version               = "v1.18.0-eksbuild.1"
          configuration_values        = "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\"}}"
          service_account_role_arn    = "arn:aws:iam::123456789012:role/cni"
          resolve_conflicts_on_create = "NONE"
          resolve_conflicts_on_update = "PRESERVE"
        }

        """#)
  }

  @Test("access entries with their policies as resources of their own")
  func accessEntry() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_eks_access_entry.admin", in: conversion) == """
        # Admin (AWS::EKS::AccessEntry)
        resource "aws_eks_access_entry" "admin" {
          cluster_name      = aws_eks_cluster.cluster.name
          principal_arn     = "arn:aws:iam::123456789012:role/admin"
          kubernetes_groups = ["ops"]
        }

        """)
    #expect(
      MappingProbe.block(
        "aws_eks_access_policy_association.admin_amazon_eks_cluster_admin_policy", in: conversion)
          == """
          # Admin.AccessPolicies[0] (AWS::EKS::AccessEntry)
          resource "aws_eks_access_policy_association" "admin_amazon_eks_cluster_admin_policy" {
            cluster_name  = aws_eks_access_entry.admin.cluster_name
            principal_arn = aws_eks_access_entry.admin.principal_arn
            policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"

            access_scope {
              type = "cluster"
            }
          }

          """)
    #expect(
      MappingProbe.block(
        "aws_eks_access_policy_association.admin_amazon_eks_view_policy", in: conversion) == """
          # Admin.AccessPolicies[1] (AWS::EKS::AccessEntry)
          resource "aws_eks_access_policy_association" "admin_amazon_eks_view_policy" {
            count = local.admins ? 1 : 0

            cluster_name  = aws_eks_access_entry.admin.cluster_name
            principal_arn = aws_eks_access_entry.admin.principal_arn
            policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"

            access_scope {
              type       = "namespace"
              namespaces = ["web"]
            }
          }

          """)
    #expect(
      MappingProbe.entry(
        "Admin.Properties.AccessPolicies[1].AccessScope.Namespaces", in: conversion)?
        .targetText
        == "aws_eks_access_policy_association.admin_amazon_eks_view_policy.access_scope.namespaces")
  }

  @Test("pod identity associations and OIDC identity provider configurations")
  func podIdentityAndOidc() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_eks_pod_identity_association.pods", in: conversion) == """
        # Pods (AWS::EKS::PodIdentityAssociation)
        resource "aws_eks_pod_identity_association" "pods" {
          cluster_name    = aws_eks_cluster.cluster.name
          namespace       = "web"
          service_account = "app"
          role_arn        = "arn:aws:iam::123456789012:role/app"
        }

        """)
    #expect(
      MappingProbe.block("aws_eks_identity_provider_config.oidc", in: conversion) == """
        # Oidc (AWS::EKS::IdentityProviderConfig)
        resource "aws_eks_identity_provider_config" "oidc" {
          cluster_name = aws_eks_cluster.cluster.name

          oidc {
            # cfn2tf: 'IdentityProviderConfigName' is not set: CloudFormation names it <stack>-Oidc-<suffix>;
            # var.physical_names keeps the live name when a stack is adopted (its physical id, less what is not the name)
            identity_provider_config_name = replace(lookup(var.physical_names, "Oidc", "${var.stack_name}-Oidc"), "/[|].*$/", "")
            client_id                     = "kubernetes"
            issuer_url                    = "https://idp.example.com"
            username_claim                = "email"
            groups_claim                  = "groups"
            required_claims = {
              aud = "kubernetes"
            }
          }
        }

        """)
    let named = MappingProbe.convert(
      resources: """
        {"Idp": {"Type": "AWS::EKS::IdentityProviderConfig", "Properties": {"ClusterName": "main",
          "Type": "oidc", "IdentityProviderConfigName": "corp",
          "Oidc": {"ClientId": "k", "IssuerUrl": "https://idp.example.com"}}}}
        """)
    #expect(
      MappingProbe.entry("Idp.Properties.IdentityProviderConfigName", in: named)?.targetText
        == "aws_eks_identity_provider_config.idp.oidc.identity_provider_config_name")
    #expect(MappingProbe.mainFile(named).contains(#"identity_provider_config_name = "corp""#))
  }

  @Test("Ref and GetAtt, nested attributes read through their lists")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    for value in [
      "aws_eks_cluster.cluster.name", "aws_eks_cluster.cluster.arn",
      "aws_eks_cluster.cluster.endpoint",
      "aws_eks_cluster.cluster.certificate_authority[0].data",
      "aws_eks_cluster.cluster.identity[0].oidc[0].issuer",
      "aws_eks_cluster.cluster.vpc_config[0].cluster_security_group_id",
      "one(aws_eks_cluster.cluster.encryption_config[*].provider[0].key_arn)",
      "aws_eks_cluster.cluster.kubernetes_network_config[0].service_ipv6_cidr",
      "aws_eks_cluster.cluster.cluster_id", "aws_eks_node_group.nodes.arn",
      "aws_eks_fargate_profile.profile.arn", "aws_eks_addon.cni.arn",
      "aws_eks_pod_identity_association.pods.association_arn",
      "aws_eks_pod_identity_association.pods.association_id",
      "aws_eks_access_entry.admin.access_entry_arn", "aws_eks_identity_provider_config.oidc.arn",
    ] {
      #expect(outputs.contains("value = \(value)\n"), "\(value)")
    }
  }

  @Test(
    "every EKS type converts to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "eks")
    #expect(status == 0, "\(output)")
  }
}

extension EKS: ImportCaseProvider {
  static let importIds = [
    "Cluster": "main", "Nodes": "main/web-Nodes-AbC123", "Profile": "main|web-Profile-DeF456",
    "Cni": "main|vpc-cni", "Admin": "arn:aws:iam::123456789012:role/admin|main",
    "Pods": "arn:aws:eks:us-east-1:123456789012:podidentityassociation/main/a-0123456789abcdefg",
    "Oidc": "web-Oidc-GhI789|main|oidc",
  ]

  static func eks(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: EKSMappingTests.resources,
      parameters: EKSMappingTests.parameters, conditions: EKSMappingTests.conditions,
      physicalIds: importIds, values: ["Mode": "admin"], expected: expected)
  }

  /// Clusters by name; the others as CLUSTER:NAME (a generated name read from the live
  /// identifier), policy associations as CLUSTER#PRINCIPAL#POLICY, pod identity associations as
  /// CLUSTER,ID.
  static var importCases: [ImportCase] {
    let principal = "arn:aws:iam::123456789012:role/admin"
    let policies = "arn:aws:eks::aws:cluster-access-policy/"
    return [
      eks("aws_eks_cluster.cluster", "Cluster", .id("main")),
      eks("aws_eks_node_group.nodes", "Nodes", .id("main:web-Nodes-AbC123")),
      eks("aws_eks_fargate_profile.profile", "Profile", .id("main:web-Profile-DeF456")),
      eks("aws_eks_addon.cni", "Cni", .id("main:vpc-cni")),
      eks("aws_eks_access_entry.admin", "Admin", .id("main:\(principal)")),
      eks(
        "aws_eks_access_policy_association.admin_amazon_eks_cluster_admin_policy", "Admin",
        .id("main#\(principal)#\(policies)AmazonEKSClusterAdminPolicy")),
      eks(
        "aws_eks_access_policy_association.admin_amazon_eks_view_policy[0]", "Admin",
        .notImported(
          "not imported: it exists only when its Fn::If holds, which cfn2tf does not evaluate against the stack; if it holds, import it by hand with the id <cluster>#<principal ARN>#<policy ARN>"
        )),
      eks(
        "aws_eks_pod_identity_association.pods", "Pods", .id("main,a-0123456789abcdefg")),
      eks("aws_eks_identity_provider_config.oidc", "Oidc", .id("main:web-Oidc-GhI789")),
    ]
  }
}
