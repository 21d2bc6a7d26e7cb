import Testing

@testable import TFEmitter

@Suite("CloudFront mappings")
struct CloudFrontMappingTests {
  static let resources = #"""
    {
     "Oac": {"Type": "AWS::CloudFront::OriginAccessControl", "Properties": {"OriginAccessControlConfig": {"Name": "site-oac", "OriginAccessControlOriginType": "s3", "SigningBehavior": "always", "SigningProtocol": "sigv4"}}},
     "Oai": {"Type": "AWS::CloudFront::CloudFrontOriginAccessIdentity", "Properties": {"CloudFrontOriginAccessIdentityConfig": {"Comment": "legacy"}}},
     "Rewrite": {"Type": "AWS::CloudFront::Function", "Properties": {"Name": "rewrite", "FunctionCode": "function handler(event) { return event.request; }", "FunctionConfig": {"Comment": "index.html", "Runtime": "cloudfront-js-2.0"}}},
     "Cache": {"Type": "AWS::CloudFront::CachePolicy", "Properties": {"CachePolicyConfig": {"Name": "site", "DefaultTTL": 86400, "MaxTTL": 31536000, "MinTTL": 1, "ParametersInCacheKeyAndForwardedToOrigin": {"EnableAcceptEncodingGzip": true, "CookiesConfig": {"CookieBehavior": "none"}, "HeadersConfig": {"HeaderBehavior": "whitelist", "Headers": ["Origin"]}, "QueryStringsConfig": {"QueryStringBehavior": "none"}}}}},
     "Forward": {"Type": "AWS::CloudFront::OriginRequestPolicy", "Properties": {"OriginRequestPolicyConfig": {"Name": "forward", "CookiesConfig": {"CookieBehavior": "whitelist", "Cookies": ["session"]}, "HeadersConfig": {"HeaderBehavior": "allViewer"}, "QueryStringsConfig": {"QueryStringBehavior": "all"}}}},
     "Headers": {"Type": "AWS::CloudFront::ResponseHeadersPolicy", "Properties": {"ResponseHeadersPolicyConfig": {"Name": "secure", "SecurityHeadersConfig": {"StrictTransportSecurity": {"AccessControlMaxAgeSec": 63072000, "IncludeSubdomains": true, "Override": true}, "ContentTypeOptions": {"Override": true}}, "CustomHeadersConfig": {"Items": [{"Header": "X-App", "Value": "site", "Override": false}]}, "CorsConfig": {"AccessControlAllowCredentials": false, "AccessControlAllowHeaders": {"Items": ["*"]}, "AccessControlAllowMethods": {"Items": ["GET"]}, "AccessControlAllowOrigins": {"Items": ["https://example.com"]}, "OriginOverride": true}}}},
     "Key": {"Type": "AWS::CloudFront::PublicKey", "Properties": {"PublicKeyConfig": {"Name": "signer", "CallerReference": "ref-1", "EncodedKey": "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n"}}},
     "Signers": {"Type": "AWS::CloudFront::KeyGroup", "Properties": {"KeyGroupConfig": {"Name": "signers", "Items": [{"Ref": "Key"}]}}},
     "Site": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {
       "Enabled": true, "Aliases": ["www.example.com"], "DefaultRootObject": "index.html",
       "Origins": [{"Id": "s3", "DomainName": "site.s3.amazonaws.com", "OriginAccessControlId": {"Fn::GetAtt": ["Oac", "Id"]}, "S3OriginConfig": {}},
                   {"Id": "api", "DomainName": "api.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}}],
       "DefaultCacheBehavior": {"TargetOriginId": "s3", "ViewerProtocolPolicy": "redirect-to-https", "CachePolicyId": {"Ref": "Cache"},
         "ResponseHeadersPolicyId": {"Ref": "Headers"},
         "FunctionAssociations": [{"EventType": "viewer-request", "FunctionARN": {"Fn::GetAtt": ["Rewrite", "FunctionARN"]}}]},
       "CacheBehaviors": [{"PathPattern": "/api/*", "TargetOriginId": "api", "ViewerProtocolPolicy": "https-only", "AllowedMethods": ["GET","HEAD","OPTIONS","PUT","POST","PATCH","DELETE"], "ForwardedValues": {"QueryString": true}, "TrustedKeyGroups": [{"Ref": "Signers"}]}],
       "CustomErrorResponses": [{"ErrorCode": 404, "ResponseCode": 200, "ResponsePagePath": "/index.html"}]},
       "Tags": [{"Key": "app", "Value": "site"}]}},
     "Failover": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {
       "Enabled": false, "HttpVersion": "http2and3", "IPV6Enabled": true, "PriceClass": "PriceClass_100", "WebACLId": "arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/1",
       "Origins": [{"Id": "a", "DomainName": "a.example.com", "CustomOriginConfig": {"HTTPPort": 8080, "HTTPSPort": 8443, "OriginProtocolPolicy": "match-viewer", "OriginSSLProtocols": ["TLSv1.2"]}},
                   {"Id": "b", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": {"Fn::Sub": "origin-access-identity/cloudfront/${Oai}"}}}],
       "OriginGroups": {"Quantity": 1, "Items": [{"Id": "ab", "FailoverCriteria": {"StatusCodes": {"Quantity": 2, "Items": [500, 502]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "a"}, {"OriginId": "b"}]}}]},
       "DefaultCacheBehavior": {"TargetOriginId": "ab", "ViewerProtocolPolicy": "allow-all", "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6", "OriginRequestPolicyId": {"Ref": "Forward"}},
       "Logging": {"Bucket": "logs.s3.amazonaws.com", "Prefix": "cdn/"},
       "Restrictions": {"GeoRestriction": {"RestrictionType": "whitelist", "Locations": ["DE", "FR"]}},
       "ViewerCertificate": {"AcmCertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/abc", "SslSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1.2_2021"}}}}
     }
    """#

  static func convert() -> Conversion {
    Converter.convert(
      #"""
      {"Resources": \#(resources),
       "Outputs": {"Domain": {"Value": {"Fn::GetAtt": ["Site", "DomainName"]}},
                   "Id": {"Value": {"Ref": "Site"}},
                   "Fn": {"Value": {"Ref": "Rewrite"}},
                   "FnArn": {"Value": {"Fn::GetAtt": ["Rewrite", "FunctionMetadata.FunctionARN"]}},
                   "Canon": {"Value": {"Fn::GetAtt": ["Oai", "S3CanonicalUserId"]}},
                   "Oai": {"Value": {"Ref": "Oai"}}}}
      """#, fileName: "t.json")
  }

  @Test("a distribution: origins, cache behaviours, and the defaults Terraform needs written out")
  func distribution() {
    let conversion = Self.convert()
    #expect(MappingProbe.messages(conversion) == [])
    #expect(
      MappingProbe.block("aws_cloudfront_distribution.site", in: conversion) == #"""
        # Site (AWS::CloudFront::Distribution)
        resource "aws_cloudfront_distribution" "site" {
          enabled             = true
          aliases             = ["www.example.com"]
          default_root_object = "index.html"
          # CloudFormation's default
          http_version = "http1.1"
          tags = {
            app = "site"
          }

          origin {
            origin_id                = "s3"
            domain_name              = "site.s3.amazonaws.com"
            origin_access_control_id = aws_cloudfront_origin_access_control.oac.id

            s3_origin_config {
              # CloudFormation's default
              origin_access_identity = ""
            }
          }
          origin {
            origin_id   = "api"
            domain_name = "api.example.com"

            custom_origin_config {
              origin_protocol_policy = "https-only"
              # CloudFormation's default
              http_port = 80
              # CloudFormation's default
              https_port = 443
              # CloudFormation's default
              origin_ssl_protocols = ["TLSv1", "SSLv3"]
            }
          }

          default_cache_behavior {
            target_origin_id           = "s3"
            viewer_protocol_policy     = "redirect-to-https"
            cache_policy_id            = aws_cloudfront_cache_policy.cache.id
            response_headers_policy_id = aws_cloudfront_response_headers_policy.headers.id
            # CloudFormation's default
            allowed_methods = ["GET", "HEAD"]
            # CloudFormation's default
            cached_methods = ["GET", "HEAD"]

            function_association {
              event_type   = "viewer-request"
              function_arn = aws_cloudfront_function.rewrite.arn
            }
          }

          ordered_cache_behavior {
            path_pattern           = "/api/*"
            target_origin_id       = "api"
            viewer_protocol_policy = "https-only"
            allowed_methods        = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
            trusted_key_groups     = [aws_cloudfront_key_group.signers.id]
            # CloudFormation's default
            cached_methods = ["GET", "HEAD"]
            # CloudFormation's default
            default_ttl = 86400
            # CloudFormation's default
            max_ttl = 31536000
            # CloudFormation's default
            min_ttl = 0

            forwarded_values {
              query_string = true

              # CloudFormation's default: Terraform requires the block
              cookies {
                forward = "none"
              }
            }
          }

          custom_error_response {
            error_code         = 404
            response_code      = 200
            response_page_path = "/index.html"
            # CloudFormation's default
            error_caching_min_ttl = 300
          }

          # CloudFormation's default: Terraform requires the block
          restrictions {
            geo_restriction {
              restriction_type = "none"
            }
          }

          # CloudFormation's default: Terraform requires the block
          viewer_certificate {
            cloudfront_default_certificate = true
          }
        }

        """#)
    let restrictions = MappingProbe.entry(
      "Site.Properties.DistributionConfig.Restrictions", in: conversion)
    #expect(restrictions?.kind == .addition)
    #expect(restrictions?.targetText == "aws_cloudfront_distribution.site.restrictions")
  }

  @Test("origin groups, logging, geo restrictions and a certificate as written")
  func failover() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudfront_distribution.failover", in: conversion) == #"""
        # Failover (AWS::CloudFront::Distribution)
        # cfn2tf: 'DistributionConfig.OriginGroups.Quantity' is dropped: Terraform counts the origin groups itself
        # cfn2tf: 'DistributionConfig.OriginGroups.Items[0].FailoverCriteria.StatusCodes.Quantity' is dropped: Terraform counts the status codes itself
        resource "aws_cloudfront_distribution" "failover" {
          enabled         = false
          http_version    = "http2and3"
          is_ipv6_enabled = true
          price_class     = "PriceClass_100"
          web_acl_id      = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/1"

          origin {
            origin_id   = "a"
            domain_name = "a.example.com"

            custom_origin_config {
              http_port              = 8080
              https_port             = 8443
              origin_protocol_policy = "match-viewer"
              origin_ssl_protocols   = ["TLSv1.2"]
            }
          }
          origin {
            origin_id   = "b"
            domain_name = "b.s3.amazonaws.com"

            s3_origin_config {
              origin_access_identity = "origin-access-identity/cloudfront/${aws_cloudfront_origin_access_identity.oai.id}"
            }
          }

          origin_group {
            origin_id = "ab"

            failover_criteria {
              status_codes = [500, 502]
            }

            member {
              origin_id = "a"
            }
            member {
              origin_id = "b"
            }
          }

          default_cache_behavior {
            target_origin_id         = "ab"
            viewer_protocol_policy   = "allow-all"
            cache_policy_id          = "658327ea-f89d-4fab-a63d-7e88639e58f6"
            origin_request_policy_id = aws_cloudfront_origin_request_policy.forward.id
            # CloudFormation's default
            allowed_methods = ["GET", "HEAD"]
            # CloudFormation's default
            cached_methods = ["GET", "HEAD"]
          }

          logging_config {
            bucket = "logs.s3.amazonaws.com"
            prefix = "cdn/"
          }

          restrictions {
            geo_restriction {
              restriction_type = "whitelist"
              locations        = ["DE", "FR"]
            }
          }

          viewer_certificate {
            acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
            minimum_protocol_version = "TLSv1.2_2021"
            ssl_support_method       = "sni-only"
          }
        }

        """#)
  }

  @Test("cache, origin request and response headers policies")
  func policies() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudfront_cache_policy.cache", in: conversion) == #"""
        # Cache (AWS::CloudFront::CachePolicy)
        resource "aws_cloudfront_cache_policy" "cache" {
          name        = "site"
          default_ttl = 86400
          max_ttl     = 31536000
          min_ttl     = 1

          parameters_in_cache_key_and_forwarded_to_origin {
            enable_accept_encoding_gzip = true

            cookies_config {
              cookie_behavior = "none"
            }

            headers_config {
              header_behavior = "whitelist"

              headers {
                items = ["Origin"]
              }
            }

            query_strings_config {
              query_string_behavior = "none"
            }
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudfront_origin_request_policy.forward", in: conversion) == #"""
        # Forward (AWS::CloudFront::OriginRequestPolicy)
        resource "aws_cloudfront_origin_request_policy" "forward" {
          name = "forward"

          cookies_config {
            cookie_behavior = "whitelist"

            cookies {
              items = ["session"]
            }
          }

          headers_config {
            header_behavior = "allViewer"
          }

          query_strings_config {
            query_string_behavior = "all"
          }
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudfront_response_headers_policy.headers", in: conversion) == #"""
        # Headers (AWS::CloudFront::ResponseHeadersPolicy)
        resource "aws_cloudfront_response_headers_policy" "headers" {
          name = "secure"

          cors_config {
            access_control_allow_credentials = false
            origin_override                  = true

            access_control_allow_headers {
              items = ["*"]
            }

            access_control_allow_methods {
              items = ["GET"]
            }

            access_control_allow_origins {
              items = ["https://example.com"]
            }
          }

          custom_headers_config {
            items {
              header   = "X-App"
              value    = "site"
              override = false
            }
          }

          security_headers_config {
            content_type_options {
              override = true
            }

            strict_transport_security {
              access_control_max_age_sec = 63072000
              include_subdomains         = true
              override                   = true
            }
          }
        }

        """#)
  }

  @Test("a function is published only when AutoPublish says so; access controls, identities, keys")
  func functionsAndKeys() {
    let conversion = Self.convert()
    #expect(
      MappingProbe.block("aws_cloudfront_function.rewrite", in: conversion) == #"""
        # Rewrite (AWS::CloudFront::Function)
        resource "aws_cloudfront_function" "rewrite" {
          name    = "rewrite"
          runtime = "cloudfront-js-2.0"
          comment = "index.html"
          code    = "function handler(event) { return event.request; }"
          # CloudFormation's default
          publish = false
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudfront_origin_access_control.oac", in: conversion) == #"""
        # Oac (AWS::CloudFront::OriginAccessControl)
        resource "aws_cloudfront_origin_access_control" "oac" {
          name                              = "site-oac"
          origin_access_control_origin_type = "s3"
          signing_behavior                  = "always"
          signing_protocol                  = "sigv4"
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudfront_origin_access_identity.oai", in: conversion) == #"""
        # Oai (AWS::CloudFront::CloudFrontOriginAccessIdentity)
        resource "aws_cloudfront_origin_access_identity" "oai" {
          comment = "legacy"
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudfront_public_key.key", in: conversion) == #"""
        # Key (AWS::CloudFront::PublicKey)
        # cfn2tf: 'PublicKeyConfig.CallerReference' is dropped: Terraform makes its own caller reference (read-only in aws_cloudfront_public_key); the key is the same
        resource "aws_cloudfront_public_key" "key" {
          name        = "signer"
          encoded_key = "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n"
        }

        """#)
    #expect(
      MappingProbe.block("aws_cloudfront_key_group.signers", in: conversion) == #"""
        # Signers (AWS::CloudFront::KeyGroup)
        resource "aws_cloudfront_key_group" "signers" {
          name  = "signers"
          items = [aws_cloudfront_public_key.key.id]
        }

        """#)
  }

  @Test("Ref and GetAtt: the distribution's id and domain, the function's ARN, the identity's user")
  func references() {
    let outputs = Self.convert().file("outputs.tf")?.contents ?? ""
    #expect(outputs.contains("value = aws_cloudfront_distribution.site.domain_name"))
    #expect(outputs.contains("value = aws_cloudfront_distribution.site.id"))
    #expect(outputs.contains("value = aws_cloudfront_function.rewrite.arn"))
    #expect(
      outputs.contains("value = aws_cloudfront_origin_access_identity.oai.s3_canonical_user_id"))
    #expect(outputs.contains("value = aws_cloudfront_origin_access_identity.oai.id"))
  }

  @Test("what the provider cannot express is reported, never lost")
  func unsupported() {
    let conversion = MappingProbe.convert(
      resources: """
        {"Site": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {
          "Enabled": true, "Aliases": ["a.example.com"], "CNAMEs": ["b.example.com"],
          "ViewerMtlsConfig": {"Mode": "required"},
          "Origins": [{"Id": "o", "DomainName": "o.example.com", "ResponseCompletionTimeout": 60,
            "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}}],
          "DefaultCacheBehavior": {"TargetOriginId": "o", "ViewerProtocolPolicy": "allow-all",
            "CachePolicyId": "p"}}}},
         "Rewrite": {"Type": "AWS::CloudFront::Function", "Properties": {"Name": "r",
           "AutoPublish": true, "FunctionCode": "x",
           "FunctionConfig": {"Runtime": "cloudfront-js-2.0"}}}}
        """)
    for path in ["CNAMEs", "ViewerMtlsConfig", "Origins[0].ResponseCompletionTimeout"] {
      let entry = MappingProbe.entry("Site.Properties.DistributionConfig.\(path)", in: conversion)
      #expect(entry?.status == .unsupported, "\(path)")
    }
    #expect(MappingProbe.messages(conversion).count == 3)
    let main = MappingProbe.mainFile(conversion)
    #expect(main.contains("publish = true"))
    #expect(!main.contains("publish = false"))
  }

  @Test(
    "CloudFront resources convert to a module terraform validates",
    .enabled(if: Repository.canValidate, "needs terraform, its provider mirror and tf-validate"))
  func oracle() throws {
    let (status, output) = try MappingProbe.validate(Self.convert(), label: "cloudfront")
    #expect(status == 0, "\(output)")
  }
}

extension CloudFront: ImportCaseProvider {
  static let importIds = [
    "Site": "E2QWRUHAPOMQZL", "Failover": "E3FAILOVER0001", "Oac": "E1OACEXAMPLE01",
    "Oai": "E2OAIEXAMPLE01", "Rewrite": "arn:aws:cloudfront::123456789012:function/rewrite",
    "Cache": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
    "Forward": "216adef6-5c7f-47e4-b989-5492eafa07d3",
    "Headers": "67f7725c-6f97-4210-82d7-5512b31e9d03", "Key": "K3KEYEXAMPLE01",
    "Signers": "c0ffee00-1234-4a5b-8c9d-0123456789ab",
  ]

  static func cloudFront(_ address: String, _ origin: String, _ expected: ImportCase.Expectation)
    -> ImportCase
  {
    ImportCase(
      address: address, origin: origin, resources: CloudFrontMappingTests.resources,
      physicalIds: importIds, expected: expected)
  }

  /// Every type is imported by its id; a function by its name (its physical id is its ARN).
  static var importCases: [ImportCase] {
    [
      cloudFront("aws_cloudfront_distribution.site", "Site", .id("E2QWRUHAPOMQZL")),
      cloudFront("aws_cloudfront_origin_access_control.oac", "Oac", .id("E1OACEXAMPLE01")),
      cloudFront("aws_cloudfront_origin_access_identity.oai", "Oai", .id("E2OAIEXAMPLE01")),
      cloudFront("aws_cloudfront_function.rewrite", "Rewrite", .id("rewrite")),
      cloudFront(
        "aws_cloudfront_cache_policy.cache", "Cache", .id("4135ea2d-6df8-44a3-9df3-4b5a84be39ad")),
      cloudFront(
        "aws_cloudfront_origin_request_policy.forward", "Forward",
        .id("216adef6-5c7f-47e4-b989-5492eafa07d3")),
      cloudFront(
        "aws_cloudfront_response_headers_policy.headers", "Headers",
        .id("67f7725c-6f97-4210-82d7-5512b31e9d03")),
      cloudFront("aws_cloudfront_public_key.key", "Key", .id("K3KEYEXAMPLE01")),
      cloudFront(
        "aws_cloudfront_key_group.signers", "Signers", .id("c0ffee00-1234-4a5b-8c9d-0123456789ab")),
    ]
  }
}
