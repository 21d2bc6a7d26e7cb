import CFNParser

extension DatomicProfile {
  /// Where the transactor properties template is written.
  static let propertiesPath = "templates/transactor.properties.tftpl"
  /// Where the boot script template is written.
  static let userDataPath = "templates/user-data.sh.tftpl"

  /// `var.name`, or `""` when it is null: template variables cannot be null.
  static func orEmpty(_ name: String) -> HCLExpression {
    .when(.notEqual(.variable(name), .null), .variable(name), .string(""))
  }

  /// The variables of `templates/transactor.properties.tftpl`.
  var propertiesTemplateVariables: HCLExpression {
    .object(
      ("protocol", .variable("protocol")),
      ("port", .variable("port")),
      ("dynamodb_table_name", Self.orEmpty("dynamodb_table_name")),
      ("dynamodb_region", .local("dynamodb_region")),
      ("sql_url", Self.orEmpty("sql_url")),
      ("sql_user", Self.orEmpty("sql_user")),
      ("sql_driver_class", Self.orEmpty("sql_driver_class")),
      ("transactor_role_name", .variable("transactor_role_name")),
      ("peer_role_name", .variable("peer_role_name")),
      ("log_bucket_name", Self.orEmpty("log_bucket_name")),
      (
        "cloudwatch_region",
        .when(.variable("enable_cloudwatch_metrics"), .local("cloudwatch_region"), .string(""))
      ),
      ("cloudwatch_dimension", Self.orEmpty("cloudwatch_dimension")),
      ("memory_index_threshold", Self.orEmpty("memory_index_threshold")),
      ("memory_index_max", Self.orEmpty("memory_index_max")),
      ("object_cache_max", Self.orEmpty("object_cache_max")),
      ("memcached", Self.orEmpty("memcached")),
      ("extra", .variable("extra_transactor_properties"))
    )
  }

  /// Writes `key=${variable}` when the variable is not empty.
  private static func optional(_ key: String, _ variable: String) -> [HCLTemplatePart] {
    [
      .directive("if \(variable) != \"\" ~"), .literal("\n\(key)="), .interpolation(.ref(variable)),
      .literal("\n"), .directive("endif ~"), .literal("\n"),
    ]
  }

  /// `templates/transactor.properties.tftpl`: the transactor properties without host, alt-host
  /// and secrets, which the user data adds at boot.
  var propertiesTemplate: [HCLTemplatePart] {
    var parts: [HCLTemplatePart] = [
      .literal(
        "# Datomic transactor properties, rendered by Terraform (local.transactor_properties).\n"
          + "# The user data adds host, alt-host and any secret at boot.\nprotocol="),
      .interpolation(.ref("protocol")), .literal("\nport="), .interpolation(.ref("port")),
      .literal("\n"),
      .directive("if protocol == \"ddb\" ~"), .literal("\naws-dynamodb-table="),
      .interpolation(.ref("dynamodb_table_name")), .literal("\naws-dynamodb-region="),
      .interpolation(.ref("dynamodb_region")), .literal("\n"), .directive("endif ~"),
      .literal("\n"),
      .directive("if protocol == \"sql\" ~"), .literal("\nsql-url="),
      .interpolation(.ref("sql_url")), .literal("\nsql-user="), .interpolation(.ref("sql_user")),
      .literal("\nsql-driver-class="), .interpolation(.ref("sql_driver_class")), .literal("\n"),
      .directive("endif ~"), .literal("\naws-transactor-role="),
      .interpolation(.ref("transactor_role_name")), .literal("\naws-peer-role="),
      .interpolation(.ref("peer_role_name")), .literal("\n"),
    ]
    parts += Self.optional("aws-s3-log-bucket-id", "log_bucket_name")
    parts += Self.optional("aws-cloudwatch-region", "cloudwatch_region")
    parts += Self.optional("aws-cloudwatch-dimension-value", "cloudwatch_dimension")
    parts += Self.optional("memory-index-threshold", "memory_index_threshold")
    parts += Self.optional("memory-index-max", "memory_index_max")
    parts += Self.optional("object-cache-max", "object_cache_max")
    parts += Self.optional("memcached", "memcached")
    parts += [
      .directive("for key, value in extra ~"), .literal("\n"), .interpolation(.ref("key")),
      .literal("="), .interpolation(.ref("value")), .literal("\n"), .directive("endfor ~"),
      .literal("\n"),
    ]
    return parts
  }

  /// The variables of `templates/user-data.sh.tftpl`.
  var userDataTemplateVariables: HCLExpression {
    .object(
      ("transactor_properties", .local("transactor_properties")),
      ("java_xmx", .variable("java_xmx")),
      ("java_opts", .variable("java_opts")),
      ("license_key", Self.orEmpty("license_key")),
      ("license_key_ssm_parameter", Self.orEmpty("license_key_ssm_parameter")),
      ("sql_password", Self.orEmpty("sql_password"))
    )
  }

  /// `templates/user-data.sh.tftpl`: reads the host through IMDSv2, writes the properties and the
  /// JVM settings, and starts the transactor unit the AMI installs.
  var userDataTemplate: [HCLTemplatePart] {
    [
      .literal(
        """
        #!/bin/bash
        # Transactor boot script, rendered by Terraform (transactor.tf). The AMI built by the Packer
        # template in packer/ installs Datomic and the datomic-transactor unit this script starts.
        set -euo pipefail
        exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1

        # Instance metadata through IMDSv2; a missing public address (404) leaves alt-host out.
        imds_token=$(curl -sSf -X PUT "http://169.254.169.254/latest/api/token" \\
          -H "X-aws-ec2-metadata-token-ttl-seconds: 300")
        imds() {
          curl -sSf -H "X-aws-ec2-metadata-token: $imds_token" \\
            "http://169.254.169.254/latest/meta-data/$1"
        }
        host=$(imds local-ipv4)
        alt_host=$(imds public-ipv4 || true)

        properties=/etc/datomic/transactor.properties
        install -d -m 0750 -o root -g datomic /etc/datomic
        umask 0027
        cat >"$properties" <<'PROPERTIES'

        """),
      .interpolation(.ref("transactor_properties")),
      .literal(
        """

        PROPERTIES
        echo "host=$host" >>"$properties"
        if [ -n "$alt_host" ]; then
          echo "alt-host=$alt_host" >>"$properties"
        fi

        """),
      .directive("if license_key_ssm_parameter != \"\" ~"),
      .literal(
        """

        license_key=$(aws ssm get-parameter --name '
        """),
      .interpolation(.ref("license_key_ssm_parameter")),
      .literal(
        """
        ' --with-decryption \\
          --query Parameter.Value --output text)
        echo "license-key=$license_key" >>"$properties"

        """),
      .directive("endif ~"), .literal("\n"),
      .directive("if license_key != \"\" ~"),
      .literal("\ncat >>\"$properties\" <<'SECRET'\nlicense-key="),
      .interpolation(.ref("license_key")), .literal("\nSECRET\n"), .directive("endif ~"),
      .literal("\n"),
      .directive("if sql_password != \"\" ~"),
      .literal("\ncat >>\"$properties\" <<'SECRET'\nsql-password="),
      .interpolation(.ref("sql_password")), .literal("\nSECRET\n"), .directive("endif ~"),
      .literal(
        """

        chown root:datomic "$properties"
        chmod 0640 "$properties"

        cat >/etc/default/datomic-transactor <<'ENVIRONMENT'
        XMX=-Xmx
        """),
      .interpolation(.ref("java_xmx")), .literal("\nXMS=-Xms"), .interpolation(.ref("java_xmx")),
      .literal("\nJAVA_OPTS="), .interpolation(.ref("java_opts")),
      .literal(
        """

        ENVIRONMENT

        systemctl start datomic-transactor.service

        """),
    ]
  }
}
