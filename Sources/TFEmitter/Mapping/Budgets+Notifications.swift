import CFNParser

extension Budgets {
  /// `NotificationsWithSubscribers`: a `notification` block each, its subscribers by kind
  /// (`EMAIL` addresses, `SNS` topics). AWS Budgets reads a threshold without a type as a
  /// percentage, which Terraform requires to be said.
  @Sendable static func notifications(
    _ member: RuleMember, _ builder: inout ResourceBuilder, _ parts: inout BodyParts
  ) {
    guard
      let notifications = builder.objects(
        of: member, computed: "a computed list of notifications cannot be converted",
        notAnObject: "a notification must be an object with Notification and Subscribers")
    else { return }
    let target = builder.primary.path / "notification"
    builder.record(
      member, target: target, status: .transformed,
      note: "each became a notification block, its subscribers by kind")
    for notification in notifications {
      var inner = BodyParts()
      for field in notification.fields {
        let path = notification.element.field(field)
        switch field.key {
        case "Notification":
          guard case .object(let fields) = field.value.kind else {
            builder.report(path, .computedSpread)
            continue
          }
          builder.record(
            path, target: target, status: .transformed,
            note: "its fields became arguments")
          builder.apply(
            [
              .argument("ComparisonOperator", "comparison_operator"),
              .argument("Threshold", "threshold"),
              .argument("ThresholdType", "threshold_type"),
              .argument("NotificationType", "notification_type"),
            ], to: fields, in: builder.scope.block("notification").at(path.path),
            into: &inner)
          if !fields.contains(where: { $0.key == "ThresholdType" }) {
            inner.argument(
              "threshold_type", .string("PERCENTAGE"), comments: ["AWS Budgets' default"])
            builder.ledger.append(
              LedgerEntry(
                kind: .addition, path: builder.templatePath(path.path / "ThresholdType"),
                resourceType: builder.resource.type.value, location: path.keyRange.start,
                target: target / "threshold_type", status: .transformed,
                note:
                  "not set: AWS Budgets reads the threshold as a percentage; Terraform requires it",
                targetValue: "\"PERCENTAGE\""))
          }
        case "Subscribers":
          subscribers(path, target: target, &builder, &inner)
        default:
          builder.report(path, .noRule(builder.resource.type.value))
        }
      }
      parts.block(HCLBlock("notification", body: inner.body))
    }
  }

  /// The subscribers of a notification: `EMAIL` addresses as `subscriber_email_addresses`, `SNS`
  /// topics as `subscriber_sns_topic_arns`.
  static func subscribers(
    _ member: RuleMember, target: TerraformPath, _ builder: inout ResourceBuilder,
    _ parts: inout BodyParts
  ) {
    guard
      let subscribers = builder.objects(
        of: member, computed: "a computed list of subscribers cannot be converted",
        notAnObject: "a subscriber must be an object with SubscriptionType and Address")
    else { return }
    var emails: [HCLExpression] = []
    var topics: [HCLExpression] = []
    for subscriber in subscribers {
      let kind = subscriber.fields.first { $0.key == "SubscriptionType" }?.value.stringValue
      guard let address = subscriber.fields.first(where: { $0.key == "Address" }),
        kind == "EMAIL" || kind == "SNS"
      else {
        builder.unsupported(
          subscriber.element,
          reason: "a subscriber is written out as SubscriptionType EMAIL or SNS and an Address")
        continue
      }
      let argument = kind == "EMAIL" ? "subscriber_email_addresses" : "subscriber_sns_topic_arns"
      let value = builder.translate(
        subscriber.element.field(address), as: .string, target: target / argument)
      builder.record(
        subscriber.element.path / "SubscriptionType", at: subscriber.element.keyRange.start,
        target: target / argument, status: .transformed,
        note: "the subscription type chose the argument")
      if kind == "EMAIL" { emails.append(value) } else { topics.append(value) }
    }
    if !emails.isEmpty { parts.argument("subscriber_email_addresses", .tuple(emails)) }
    if !topics.isEmpty { parts.argument("subscriber_sns_topic_arns", .tuple(topics)) }
  }

  /// A time CloudFormation takes as seconds since 1970 (or an ISO 8601 date) in the format
  /// Terraform reads, `YYYY-MM-DD_hh:mm` (UTC); nil for anything else.
  static func terraformTime(_ text: String) -> String? {
    if let seconds = Int(text), seconds >= 0 {
      let days = seconds / 86_400
      let minutes = (seconds % 86_400) / 60
      let (year, month, day) = civilDate(daysSince1970: days)
      return
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))_\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }
    let characters = Array(text)
    guard characters.count >= 10, characters[4] == "-", characters[7] == "-",
      characters[..<4].allSatisfy(\.isNumber), characters[5..<7].allSatisfy(\.isNumber),
      characters[8..<10].allSatisfy(\.isNumber)
    else { return nil }
    var time = "00:00"
    if characters.count >= 16, characters[10] == "T", characters[13] == ":" {
      time = String(characters[11..<16])
    }
    return String(characters[..<10]) + "_" + time
  }

  /// The proleptic Gregorian date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
  static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
