// The floor of a whole-process measurement: a bare Swift program (the Swift runtime and the C
// library, nothing else) that reads a file and exits. `cfn2tf-bench` runs it beside `cfn2tf` in
// the same run, so the CLI's start-up is judged against what any Swift program costs here.
//
//   cfn2tf-floor FILE
//   cfn2tf-floor --peak-memory REPORT PROGRAM [ARGUMENT...]
//
// The second form runs PROGRAM in a child made by fork(2) and writes the child's peak resident
// memory in kilobytes to REPORT. The benchmark cannot measure that itself: posix_spawn shares the
// parent's memory until exec, and Linux carries that high-water mark into the child's figure, so
// every child of the benchmark would appear as large as the benchmark.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let arguments = CommandLine.arguments
if arguments.count >= 4, arguments[1] == "--peak-memory" {
  let argv = arguments[3...].map { strdup($0) } + [nil]
  let pid = fork()
  if pid == 0 {
    execvp(argv[0]!, argv)
    _exit(127)
  }
  var status: Int32 = 0
  var usage = rusage()
  guard pid > 0, wait4(pid, &status, 0, &usage) == pid else { exit(1) }
  let report = fopen(arguments[2], "w")
  guard let report else { exit(1) }
  fputs("\(usage.ru_maxrss)\n", report)
  fclose(report)
  exit(status == 0 ? 0 : 1)
}
guard arguments.count == 2 else { exit(2) }
let fd = open(arguments[1], O_RDONLY)
guard fd >= 0 else { exit(1) }
var bytes: [UInt8] = []
var buffer = [UInt8](repeating: 0, count: 65536)
while true {
  let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
  if count <= 0 { break }
  bytes += buffer[0..<count]
}
close(fd)
exit(bytes.isEmpty ? 1 : 0)
