@testable import TFEmitter

/// Classic load balancers and their policies; application load balancers, target groups,
/// listeners and target attachments.
extension ImportCase {
  static let classic = #"""
    {"Balancer": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {
       "AvailabilityZones": ["us-east-1a"],
       "Listeners": [
         {"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP",
          "PolicyNames": ["app-sticky"]},
         {"LoadBalancerPort": "8080", "InstancePort": "8080", "Protocol": "HTTP",
          "PolicyNames": ["lb-sticky"]},
         {"LoadBalancerPort": "443", "InstancePort": "443", "Protocol": "SSL",
          "SSLCertificateId": "arn:aws:acm:us-east-1:123456789012:certificate/c",
          "PolicyNames": ["tls"]}],
       "AppCookieStickinessPolicy": [{"PolicyName": "app-sticky", "CookieName": "SESSION"}],
       "LBCookieStickinessPolicy": [{"PolicyName": "lb-sticky", "CookieExpirationPeriod": "60"}],
       "Policies": [
         {"PolicyName": "tls", "PolicyType": "SSLNegotiationPolicyType",
          "Attributes": [{"Name": "Reference-Security-Policy",
            "Value": "ELBSecurityPolicy-TLS-1-2-2017-01"}]},
         {"PolicyName": "backend-auth", "PolicyType": "BackendServerAuthenticationPolicyType",
          "InstancePorts": ["443"],
          "Attributes": [{"Name": "PublicKeyPolicyName", "Value": "key"}]}]}},
     "Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
       "Subnets": ["subnet-1", "subnet-2"]}},
     "Targets": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {
       "Port": 80, "Protocol": "HTTP", "VpcId": "vpc-1",
       "Targets": [{"Id": "i-0123456789abcdef0", "Port": 80}]}},
     "Http": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
       "LoadBalancerArn": {"Ref": "Alb"}, "Port": 80, "Protocol": "HTTP",
       "DefaultActions": [{"Type": "forward", "TargetGroupArn": {"Ref": "Targets"}}]}}}
    """#

  static let classicIds = [
    "Balancer": "web-Balancer-1AB",
    "Alb": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-Alb-2/0f1e",
    "Targets":
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-Targets-3/1d2c",
    "Http":
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web-Alb-2/0f1e/3b4a",
  ]

  static func balanced(_ address: String, _ origin: String, _ expected: Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: classic, physicalIds: classicIds,
      expected: expected)
  }

  /// What the plan does with a load balancer policy the provider cannot import.
  static func duplicate(_ type: String) -> Expectation {
    .notImported(
      "created, which fails while the load balancer has the policy (DuplicatePolicyName): the Terraform AWS provider cannot import \(type); take the policy off its listeners and delete it (aws elb set-load-balancer-policies-of-listener, aws elb delete-load-balancer-policy) before applying"
    )
  }

  static let loadBalancing: [ImportCase] = [
    balanced("aws_elb.balancer", "Balancer", .id("web-Balancer-1AB")),
    balanced(
      "aws_app_cookie_stickiness_policy.balancer_app_sticky", "Balancer",
      .id("web-Balancer-1AB:80:app-sticky")),
    balanced(
      "aws_lb_cookie_stickiness_policy.balancer_lb_sticky", "Balancer",
      duplicate("aws_lb_cookie_stickiness_policy")),
    balanced(
      "aws_load_balancer_policy.balancer_tls", "Balancer", duplicate("aws_load_balancer_policy")),
    balanced(
      "aws_load_balancer_listener_policy.balancer_443", "Balancer",
      .notImported(
        "created: the Terraform AWS provider cannot import aws_load_balancer_listener_policy; creating it sets the listener's policies to those it names, as the stack did"
      )),
    balanced(
      "aws_load_balancer_backend_server_policy.balancer_backend_443", "Balancer",
      .notImported(
        "created: the Terraform AWS provider cannot import aws_load_balancer_backend_server_policy; creating it sets the back end's policies to those it names, as the stack did"
      )),
    balanced(
      "aws_lb.alb", "Alb",
      .id("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-Alb-2/0f1e")),
    balanced(
      "aws_lb_target_group.targets", "Targets",
      .id("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-Targets-3/1d2c")),
    balanced(
      "aws_lb_listener.http", "Http",
      .id(
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web-Alb-2/0f1e/3b4a")),
    balanced(
      "aws_lb_target_group_attachment.targets_target", "Targets",
      .notImported(
        "created: the Terraform AWS provider cannot import aws_lb_target_group_attachment; registering a registered target changes nothing"
      )),
  ]
}

extension ElasticLoadBalancing: ImportCaseProvider {
  static var importCases: [ImportCase] { ImportCase.loadBalancing }
}
