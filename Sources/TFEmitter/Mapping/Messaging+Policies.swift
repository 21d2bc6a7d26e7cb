import CFNParser

extension Messaging {
  /// `AWS::SQS::QueuePolicy` and `AWS::SNS::TopicPolicy`: one policy document for a list of
  /// queues or topics. Terraform puts a policy on one queue (`aws_sqs_queue_policy`) or topic
  /// (`aws_sns_topic_policy`), so the document is repeated: one resource per element of the list,
  /// the first the primary one, the others named after the queue or topic they hold, and the
  /// ledger says so for each element.
  enum Policies: MappingFamily {
    /// The mappings of this family.
    static let mappings = [queuePolicy, topicPolicy]

    /// What one of the two policy types is put on.
    struct Target: Sendable {
      /// `Queues` or `Topics`.
      var property: String
      /// `queue_url` or `arn`.
      var argument: String
      /// `queue` or `topic`, for messages.
      var noun: String
      /// What the list holds and the import id is, for notes.
      var format: String
    }

    static let queues = Target(
      property: "Queues", argument: "queue_url", noun: "queue", format: "<queue URL>")
    static let topics = Target(
      property: "Topics", argument: "arn", noun: "topic", format: "<topic ARN>")

    /// `Ref` and `Id` are an id CloudFormation makes up for the policy, which Terraform does not
    /// have (its id is the queue URL): a reference to them is reported and becomes null. Each
    /// resource is imported by its queue's URL, which `Ref` of an `AWS::SQS::Queue` returns.
    static let queuePolicy = policy("AWS::SQS::QueuePolicy", "aws_sqs_queue_policy", queues)

    /// As the queue policy; each resource is imported by its topic's ARN.
    static let topicPolicy = policy("AWS::SNS::TopicPolicy", "aws_sns_topic_policy", topics)

    static func policy(_ type: String, _ terraformType: String, _ target: Target)
      -> ResourceMapping
    {
      ResourceMapping(
        type, to: terraformType, ref: nil,
        properties: [
          .custom("PolicyDocument") { member, builder, parts in
            PolicyDocument.argument(member, "policy", &builder, &parts)
          },
          // Placed by `place`, once the document is written.
          .custom(target.property) { _, _, _ in },
        ],
        importID: .custom { context in
          guard let member = context.resource.property(target.property),
            let first = firstElement(member.value)
          else { return nil }
          return context.resolve(first)
        },
        finish: { builder in place(target, &builder) })
    }

    /// The first element of a written-out list (the side of an `Fn::If` that is not
    /// `AWS::NoValue`); nil for an empty list.
    static func firstElement(_ expr: Expr) -> Expr? {
      var first = expr
      if case .list(let items) = expr.kind {
        guard let item = items.first(where: { !$0.isNoValue }) else { return nil }
        first = item
      }
      if case .if(_, let then, let otherwise) = first.kind {
        first = then.isNoValue ? otherwise : then
      }
      return first
    }

    /// One resource per element of the list: the primary resource for the first, a resource of
    /// the same type for each other one, all with the same policy.
    static func place(_ target: Target, _ builder: inout ResourceBuilder) {
      guard let member = builder.resource.property(target.property) else { return }
      guard let elements = ExtraResources.elements(member.value, builder.translator) else {
        builder.unsupported(
          member,
          reason:
            "a computed list of \(target.noun)s is not supported: Terraform needs one resource per \(target.noun); write the list out"
        )
        return
      }
      guard !elements.isEmpty else {
        builder.diagnostics.append(
          .warning(
            "policy '\(builder.logicalId)' names no \(target.noun); Terraform needs one",
            at: member.keyRange.start))
        return
      }
      let shared = builder.primary.content.arguments
      let type = builder.primary.type
      for (i, element) in elements.enumerated() {
        let property = RuleMember.property(member)
        let listed = elements.count == 1 ? property : property.element(i, element.value)
        builder.translator.begin()
        let value = builder.translator.translate(element.value, as: .string)
        var arguments = shared
        arguments.items.insert(.attribute(HCLAttribute(target.argument, value)), at: 0)
        let address: TerraformPath
        if i == 0 {
          builder.primary.content.arguments = arguments
          if let count = ExtraResources.count(element.condition, builder) {
            if builder.resource.condition == nil {
              builder.primary.meta.attribute("count", count)
              builder.primary.importID = .unlessConditional(
                builder.mapping.importID, element.condition, format: target.format)
            } else {
              builder.translator.approximated(
                "the policy is put on this \(target.noun) even when its Fn::If says not to")
              builder.primary.comments += builder.approximationComment
            }
          }
          address = builder.primary.path
        } else {
          let base =
            builder.primary.name + "_" + ExtraResources.suffix(for: element.value, index: i)
          var resource = ExtraResources.make(
            type, name: ExtraResources.uniqueName(base, type: type, builder), from: listed.key,
            builder)
          if let count = ExtraResources.count(element.condition, builder) {
            resource.meta.attribute("count", count)
          }
          resource.importID = .unlessConditional(
            .joined([.value(element.value)], separator: ""), element.condition,
            format: target.format)
          resource.content.arguments = arguments
          address = resource.path
          builder.extras.append(resource)
        }
        if elements.count > 1 {
          builder.translator.transformed(
            "the policy is repeated: one \(type) per \(target.noun), this one for this \(target.noun)"
          )
        } else {
          builder.translator.transformed(
            "the list of one \(target.noun) became \(target.argument)")
        }
        builder.record(
          listed, target: address / target.argument,
          status: builder.translator.status, note: builder.translator.note, source: element.value,
          value: value)
      }
    }
  }
}
