extension Lambda {
  /// cfn2tf's own module for custom resources, compatible with the `cfn-response` module that
  /// CloudFormation adds to inline (`ZipFile`) code: `send(event, context, responseStatus,
  /// responseData, physicalResourceId, noEcho, reason)` sends the result as an HTTPS PUT of a
  /// JSON body to `event.ResponseURL`, and `SUCCESS` and `FAILED` are the two statuses. It goes
  /// into the zip only when the code imports or requires it.
  enum ResponseModule {
    /// The module for the language of `fileName` (`index.py`, `index.js`, `index.mjs`), when
    /// `code` imports it: its path inside the zip and its text.
    static func entry(for code: String, fileName: String) -> (path: String, text: String)? {
      if fileName.hasSuffix(".py") {
        return importsPython(code) ? ("cfnresponse.py", python) : nil
      }
      return requiresNode(code) ? ("node_modules/cfn-response/index.js", node) : nil
    }

    /// True when a Python `import` or `from` line names `cfnresponse`.
    static func importsPython(_ code: String) -> Bool {
      code.split(whereSeparator: \.isNewline).contains { line in
        let words = line.split { $0 == " " || $0 == "\t" || $0 == "," }
        guard let first = words.first, first == "import" || first == "from" else { return false }
        return words.dropFirst().contains("cfnresponse")
      }
    }

    /// True when Node.js code requires or imports `cfn-response`.
    static func requiresNode(_ code: String) -> Bool {
      ["'cfn-response'", "\"cfn-response\"", "`cfn-response`"].contains { code.contains($0) }
    }

    /// `cfnresponse.py`, for Python 3 (the standard library only).
    static let python = #"""
      """Send a custom resource's result to CloudFormation.

      Written by cfn2tf for inline Lambda code; compatible with the cfnresponse module that
      CloudFormation adds to such code: send(event, context, responseStatus, responseData,
      physicalResourceId=None, noEcho=False, reason=None).
      """

      import json
      import urllib.request

      SUCCESS = "SUCCESS"
      FAILED = "FAILED"


      def send(event, context, responseStatus, responseData, physicalResourceId=None,
               noEcho=False, reason=None):
          """PUT the result to the pre-signed URL CloudFormation put in the event."""
          log_stream = getattr(context, "log_stream_name", "")
          body = json.dumps({
              "Status": responseStatus,
              "Reason": reason or "Details in the CloudWatch Logs stream " + log_stream,
              "PhysicalResourceId": physicalResourceId or log_stream,
              "StackId": event["StackId"],
              "RequestId": event["RequestId"],
              "LogicalResourceId": event["LogicalResourceId"],
              "NoEcho": noEcho,
              "Data": responseData,
          }).encode("utf-8")
          request = urllib.request.Request(
              event["ResponseURL"], data=body, method="PUT",
              headers={"Content-Type": "", "Content-Length": str(len(body))})
          try:
              with urllib.request.urlopen(request) as response:
                  print("cfnresponse: CloudFormation answered", response.status)
          except Exception as error:  # the custom resource times out; say why in the log
              print("cfnresponse: sending the result failed:", error)

      """#

    /// `node_modules/cfn-response/index.js`, CommonJS (ES modules import it as their default).
    static let node = #"""
      // Send a custom resource's result to CloudFormation.
      //
      // Written by cfn2tf for inline Lambda code; compatible with the cfn-response module that
      // CloudFormation adds to such code: send(event, context, responseStatus, responseData,
      // physicalResourceId, noEcho, reason). It returns a promise, and ends a callback-style
      // invocation with context.done() once CloudFormation has the result.
      "use strict";

      const https = require("https");

      exports.SUCCESS = "SUCCESS";
      exports.FAILED = "FAILED";

      exports.send = function (event, context, responseStatus, responseData,
                               physicalResourceId, noEcho, reason) {
        const logStream = context.logStreamName;
        const body = JSON.stringify({
          Status: responseStatus,
          Reason: reason || "Details in the CloudWatch Logs stream " + logStream,
          PhysicalResourceId: physicalResourceId || logStream,
          StackId: event.StackId,
          RequestId: event.RequestId,
          LogicalResourceId: event.LogicalResourceId,
          NoEcho: noEcho || false,
          Data: responseData,
        });
        const url = new URL(event.ResponseURL);
        return new Promise((resolve) => {
          const finish = () => {
            if (typeof context.done === "function") context.done();
            resolve();
          };
          const request = https.request({
            hostname: url.hostname,
            port: url.port || 443,
            path: url.pathname + url.search,
            method: "PUT",
            headers: { "content-type": "", "content-length": Buffer.byteLength(body) },
          }, (response) => {
            console.log("cfn-response: CloudFormation answered " + response.statusCode);
            response.resume();
            response.on("end", finish);
          });
          request.on("error", (error) => {
            console.log("cfn-response: sending the result failed: " + error);
            finish();
          });
          request.end(body);
        });
      };

      """#
  }
}
