extension DatomicPacker {
  /// `files/datomic-transactor.service`: the transactor as a systemd service that restarts it and
  /// powers the instance off when it cannot run, so the auto scaling group replaces it.
  static func unitFile(header: String) -> String {
    #"""
    # \#(header)
    #
    # The Datomic Pro transactor. The image enables this unit; the user data writes
    # /etc/datomic/transactor.properties and /etc/default/datomic-transactor, then starts it.
    #
    # Fail fast: Datomic's startup.sh ran `shutdown -h now` when the transactor exited, so the
    # auto scaling group replaced the instance. Here systemd restarts the transactor after any exit
    # (a stopped transactor serves no one). A fourth start within ten minutes (StartLimitBurst,
    # StartLimitIntervalSec) is refused, and systemd itself then carries out
    # StartLimitAction=poweroff, a clean shutdown that needs no further unit to start; the group
    # replaces the stopped instance. `systemctl stop` neither restarts it nor powers off.
    [Unit]
    Description=Datomic Pro transactor
    Wants=network-online.target
    After=network-online.target
    # Never After=cloud-final.service: the user data runs inside it and starts this unit.
    ConditionPathExists=/etc/datomic/transactor.properties
    StartLimitIntervalSec=600
    StartLimitBurst=3
    StartLimitAction=poweroff

    [Service]
    Type=simple
    User=datomic
    Group=datomic
    EnvironmentFile=/etc/default/datomic-transactor
    WorkingDirectory=/opt/datomic/current
    # bin/transactor reads XMX (-Xmx...), XMS (-Xms...) and JAVA_OPTS from this environment and
    # appends every argument before the properties file to JAVA_OPTS. Passing $XMX $XMS $JAVA_OPTS
    # here as well would repeat each JAVA_OPTS flag: systemd splits an unbraced $VAR at whitespace
    # into separate arguments (${VAR} would stay one argument), and the script adds them again.
    ExecStart=/opt/datomic/current/bin/transactor /etc/datomic/transactor.properties
    Restart=always
    RestartSec=10
    # The JVM exits with 143 on SIGTERM: a stop, not a failure.
    SuccessExitStatus=143
    TimeoutStopSec=60
    LimitNOFILE=65536
    NoNewPrivileges=true
    PrivateTmp=true
    ProtectSystem=full
    ProtectHome=true

    [Install]
    WantedBy=multi-user.target
    """# + "\n"
  }
}
