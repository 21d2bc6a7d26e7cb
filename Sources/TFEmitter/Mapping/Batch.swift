import CFNParser

/// `AWS::Batch::*`: compute environments, job queues, scheduling policies and job definitions
/// (`Batch+JobDefinition.swift`).
package enum Batch: MappingFamily {
  /// The mappings of this family.
  static let mappings = [computeEnvironment, jobQueue, jobDefinition, schedulingPolicy]

  /// A property provider 5.100 has no argument for, reported with `reason`.
  static func unsupported(_ property: String, _ reason: String) -> PropertyRule {
    .custom(property) { member, builder, _ in builder.unsupported(member, reason: reason) }
  }

  /// `AWS::Batch::ComputeEnvironment`. `Ref` and `ComputeEnvironmentArn` are its ARN; Terraform
  /// imports it by its name, the end of the ARN. An unnamed one gets CloudFormation's name
  /// through `var.physical_names`.
  static let computeEnvironment = ResourceMapping(
    "AWS::Batch::ComputeEnvironment", to: "aws_batch_compute_environment", ref: "arn",
    attributes: ["ComputeEnvironmentArn": "arn"],
    properties: [
      .argument("ComputeEnvironmentName", "compute_environment_name"),
      .argument("Type", "type"),
      .argument("State", "state"),
      .argument("ServiceRole", "service_role"),
      .argument("Tags", "tags"),
      PropertyRule("ComputeResources", .block("compute_resources", computeResources)),
      PropertyRule(
        "EksConfiguration",
        .block(
          "eks_configuration",
          [
            .argument("EksClusterArn", "eks_cluster_arn"),
            .argument("KubernetesNamespace", "kubernetes_namespace"),
          ])),
      .custom("UpdatePolicy", updatePolicy),
      unsupported(
        "UnmanagedvCpus",
        "aws_batch_compute_environment (provider 5.100) has no unmanaged vCPUs: set them with 'aws batch update-compute-environment'"
      ),
      unsupported(
        "Context",
        "aws_batch_compute_environment (provider 5.100) has no context: set it with 'aws batch update-compute-environment'"
      ),
      .drop(
        "ReplaceComputeEnvironment",
        "it tells CloudFormation how to apply an update; Terraform updates the compute environment in place where Batch can, and replaces it where a change needs it"
      ),
      .drop("ComputeEnvironmentArn", "read-only: the ARN, which Ref returns"),
    ],
    importID: .custom { context in
      context.physicalId?.split(separator: "/").last.map(String.init)
    },
    finish: { builder in
      ExtraResources.requireName(
        "compute_environment_name", unless: "ComputeEnvironmentName", &builder,
        removing: "^arn:.*/")
    })

  /// The rules of `ComputeResources`.
  static let computeResources: [PropertyRule] = [
    .argument("Type", "type"),
    .argument("AllocationStrategy", "allocation_strategy"),
    .argument("MinvCpus", "min_vcpus"),
    .argument("MaxvCpus", "max_vcpus"),
    .argument("DesiredvCpus", "desired_vcpus"),
    .argument("InstanceTypes", "instance_type"),
    .argument("ImageId", "image_id"),
    .argument("InstanceRole", "instance_role"),
    .argument("Ec2KeyPair", "ec2_key_pair"),
    .argument("PlacementGroup", "placement_group"),
    .argument("BidPercentage", "bid_percentage"),
    .argument("SpotIamFleetRole", "spot_iam_fleet_role"),
    .argument("Subnets", "subnets"),
    .argument("SecurityGroupIds", "security_group_ids"),
    .argument("Tags", "tags"),
    PropertyRule(
      "Ec2Configuration",
      .blocks(
        "ec2_configuration",
        [
          .argument("ImageType", "image_type"),
          .argument("ImageIdOverride", "image_id_override"),
          unsupported(
            "ImageKubernetesVersion",
            "the ec2_configuration block (provider 5.100) has no Kubernetes version: Batch uses the latest one it supports; set it with 'aws batch update-compute-environment'"
          ),
          .drop("BatchImageStatus", "read-only: Batch reports the image's status"),
        ])),
    PropertyRule(
      "LaunchTemplate",
      .block(
        "launch_template",
        [
          .argument("LaunchTemplateId", "launch_template_id"),
          .argument("LaunchTemplateName", "launch_template_name"),
          .argument("Version", "version"),
          unsupported(
            "Overrides",
            "the launch_template block (provider 5.100) has no overrides: every instance type uses the one launch template; set them with 'aws batch update-compute-environment'"
          ),
          unsupported(
            "UserdataType",
            "the launch_template block (provider 5.100) has no user data type: Batch reads the user data as EKS_BOOTSTRAP_SH; set it with 'aws batch update-compute-environment'"
          ),
        ])),
    unsupported(
      "ScalingPolicy",
      "the compute_resources block (provider 5.100) has no scaling policy: Batch keeps its own delay before scaling down; set it with 'aws batch update-compute-environment'"
    ),
    .custom("UpdateToLatestImageVersion") { member, builder, _ in
      guard member.value.scalarText == "false" else {
        builder.unsupported(
          member,
          reason:
            "the compute_resources block (provider 5.100) cannot update the AMI to the latest Batch-supported one: update it with 'aws batch update-compute-environment'"
        )
        return
      }
      builder.dropped(
        member, reason: "false, CloudFormation's default, is what Terraform does: the AMI stays")
    },
  ]

  /// `UpdatePolicy` (a property of the compute environment, not CloudFormation's attribute): the
  /// `update_policy` block, whose two fields Terraform requires; CloudFormation's defaults (30
  /// minutes, jobs not terminated) are written for those left out.
  @Sendable static func updatePolicy(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard case .object(let fields) = member.value.kind else {
      builder.report(member, .computedObject(block: "update_policy"))
      return
    }
    let scope = builder.scope.block("update_policy", reading: member.path)
    builder.record(
      member, target: scope.target, status: .exact, note: "",
      source: member.value)
    var inner = BodyParts()
    builder.apply(
      [
        .argument("JobExecutionTimeoutMinutes", "job_execution_timeout_minutes"),
        .argument("TerminateJobsOnUpdate", "terminate_jobs_on_update"),
      ], to: fields, in: scope, into: &inner)
    let defaults: [(String, String, HCLExpression)] = [
      ("JobExecutionTimeoutMinutes", "job_execution_timeout_minutes", .number("30")),
      ("TerminateJobsOnUpdate", "terminate_jobs_on_update", .bool(false)),
    ]
    for (property, argument, value) in defaults
    where !fields.contains(where: { $0.key == property }) {
      inner.argument(argument, value, comments: ["CloudFormation's default"])
      builder.ledger.append(
        LedgerEntry(
          kind: .addition, path: builder.templatePath(member.path / property),
          resourceType: builder.resource.type.value, location: member.keyRange.start,
          target: scope.target / argument, status: .transformed,
          note: "not set: CloudFormation's default is written (Terraform requires it)",
          targetValue: HCLPrinter.printExpression(value)))
    }
    parts.block(HCLBlock("update_policy", body: inner.body))
  }

  /// `AWS::Batch::JobQueue`. `Ref` and `JobQueueArn` are its ARN, by which Terraform imports
  /// it. The state Terraform requires is CloudFormation's `ENABLED` when not set.
  static let jobQueue = ResourceMapping(
    "AWS::Batch::JobQueue", to: "aws_batch_job_queue", ref: "arn",
    attributes: ["JobQueueArn": "arn"],
    properties: [
      .argument("JobQueueName", "name"),
      .argument("Priority", "priority"),
      .argument("State", "state"),
      .argument("SchedulingPolicyArn", "scheduling_policy_arn"),
      .argument("Tags", "tags"),
      PropertyRule(
        "ComputeEnvironmentOrder",
        .blocks(
          "compute_environment_order",
          [
            .argument("Order", "order"),
            .argument("ComputeEnvironment", "compute_environment"),
          ])),
      PropertyRule(
        "JobStateTimeLimitActions",
        .blocks(
          "job_state_time_limit_action",
          [
            .argument("Action", "action"), .argument("MaxTimeSeconds", "max_time_seconds"),
            .argument("Reason", "reason"), .argument("State", "state"),
          ])),
      unsupported(
        "ServiceEnvironmentOrder",
        "aws_batch_job_queue (provider 5.100) has no service environments: create a SageMaker training queue with 'aws batch create-job-queue'"
      ),
      .custom("JobQueueType") { member, builder, _ in
        guard member.value.stringValue != "SAGEMAKER_TRAINING" else {
          builder.unsupported(
            member,
            reason:
              "aws_batch_job_queue (provider 5.100) has no queue type: create a SageMaker training queue with 'aws batch create-job-queue'"
          )
          return
        }
        builder.dropped(
          member,
          reason:
            "aws_batch_job_queue (provider 5.100) has no queue type: Batch gives the queue the type of its compute environments"
        )
      },
      .drop("JobQueueArn", "read-only: the ARN, which Ref returns"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "JobQueueName", &builder, removing: "^arn:.*/")
      var content = builder.primary.content
      CloudFront.writeDefault(
        "state", .string("ENABLED"), for: "State", in: &content, &builder,
        note: "not set: CloudFormation's ENABLED is written (Terraform requires a state)")
      builder.primary.content = content
    })

  /// `AWS::Batch::SchedulingPolicy`. `Ref` and `Arn` are its ARN, by which Terraform imports
  /// it. An unnamed one gets CloudFormation's name through `var.physical_names`.
  static let schedulingPolicy = ResourceMapping(
    "AWS::Batch::SchedulingPolicy", to: "aws_batch_scheduling_policy", ref: "arn",
    attributes: ["Arn": "arn"],
    properties: [
      .argument("Name", "name"),
      PropertyRule(
        "FairsharePolicy",
        .block(
          "fair_share_policy",
          [
            .argument("ComputeReservation", "compute_reservation"),
            .argument("ShareDecaySeconds", "share_decay_seconds"),
            PropertyRule(
              "ShareDistribution",
              .blocks(
                "share_distribution",
                [
                  .argument("ShareIdentifier", "share_identifier"),
                  .argument("WeightFactor", "weight_factor"),
                ])),
          ])),
      unsupported(
        "QuotaSharePolicy",
        "aws_batch_scheduling_policy (provider 5.100) has no quota share policy: set it with 'aws batch update-scheduling-policy'"
      ),
      .argument("Tags", "tags"),
      .drop("Arn", "read-only: the ARN, which Ref returns"),
    ],
    finish: { builder in
      ExtraResources.requireName("name", unless: "Name", &builder, removing: "^arn:.*/")
    })
}
