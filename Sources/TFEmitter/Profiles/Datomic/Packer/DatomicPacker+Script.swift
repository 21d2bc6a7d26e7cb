extension DatomicPacker {
  /// `scripts/install-datomic.sh`: installs Java and Datomic Pro on Amazon Linux 2023 as root.
  /// One script with switches (`INSTALL_CLOUDWATCH_AGENT`, `ENABLE_SSH`) rather than one script
  /// per concern, so the provisioner passes one environment.
  static func installScript(header: String) -> String {
    #"""
    #!/usr/bin/env bash
    # \#(header)
    #
    # Installs a Datomic Pro transactor on Amazon Linux 2023. Packer's shell provisioner runs it as
    # root (sudo -E) with these variables:
    #   DATOMIC_VERSION           the release, such as \#(PackerSettings.exampleRelease) (required)
    #   DATOMIC_SHA256            the zip's expected SHA-256; empty skips the comparison
    #   JAVA_PACKAGE              the Java runtime package
    #   EXTRA_PACKAGES            more packages, separated by spaces
    #   INSTALL_CLOUDWATCH_AGENT  true installs amazon-cloudwatch-agent (left disabled)
    #   ENABLE_SSH                false disables sshd in the image
    #   UNIT_FILE                 the uploaded datomic-transactor.service
    set -euo pipefail

    : "${DATOMIC_VERSION:?DATOMIC_VERSION is required, such as \#(PackerSettings.exampleRelease)}"
    DATOMIC_SHA256="${DATOMIC_SHA256:-}"
    JAVA_PACKAGE="${JAVA_PACKAGE:-java-21-amazon-corretto-headless}"
    EXTRA_PACKAGES="${EXTRA_PACKAGES:-}"
    INSTALL_CLOUDWATCH_AGENT="${INSTALL_CLOUDWATCH_AGENT:-false}"
    ENABLE_SSH="${ENABLE_SSH:-false}"
    UNIT_FILE="${UNIT_FILE:-\#(uploadedUnitPath)}"

    log() { printf '==> %s\n' "$*"; }

    if [[ ! ${DATOMIC_VERSION} =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
      echo "DATOMIC_VERSION must be three numbers, such as \#(PackerSettings.exampleRelease): '${DATOMIC_VERSION}'" >&2
      exit 1
    fi
    readonly download_url="https://datomic-pro-downloads.s3.amazonaws.com/${DATOMIC_VERSION}/datomic-pro-${DATOMIC_VERSION}.zip"
    readonly install_dir="/opt/datomic/datomic-pro-${DATOMIC_VERSION}"

    packages=("${JAVA_PACKAGE}" unzip)
    # Amazon Linux 2023 ships curl-minimal, which conflicts with the curl package.
    command -v curl >/dev/null 2>&1 || packages+=(curl)
    if [[ -n ${EXTRA_PACKAGES} ]]; then
      read -r -a extra_packages <<<"${EXTRA_PACKAGES}"
      packages+=("${extra_packages[@]}")
    fi
    if [[ ${INSTALL_CLOUDWATCH_AGENT} == true ]]; then
      # Installed only: the user data writes its configuration and starts it.
      packages+=(amazon-cloudwatch-agent)
    fi
    log "Installing ${packages[*]}"
    dnf install -y "${packages[@]}"
    java -version

    log "Creating the datomic system user"
    if ! id datomic >/dev/null 2>&1; then
      useradd --system --user-group --home-dir /opt/datomic --no-create-home \
        --shell /sbin/nologin datomic
    fi

    log "Downloading Datomic Pro ${DATOMIC_VERSION}"
    work="$(mktemp -d)"
    trap 'rm -rf "${work}"' EXIT
    zip="${work}/datomic-pro-${DATOMIC_VERSION}.zip"
    curl --fail --silent --show-error --location --retry 5 --retry-connrefused \
      --output "${zip}" "${download_url}"
    if [[ -n ${DATOMIC_SHA256} ]]; then
      echo "${DATOMIC_SHA256}  ${zip}" | sha256sum --check --strict -
    else
      log "No DATOMIC_SHA256: only the archive's integrity is tested"
    fi
    unzip -tq "${zip}"

    log "Unpacking to ${install_dir}"
    mkdir -p /opt/datomic
    rm -rf "${install_dir}"
    unzip -q "${zip}" -d /opt/datomic
    rm -f "${zip}"
    if [[ ! -x ${install_dir}/bin/transactor ]]; then
      echo "the archive has no datomic-pro-${DATOMIC_VERSION}/bin/transactor" >&2
      exit 1
    fi
    chown -R root:root "${install_dir}"
    ln -sfn "${install_dir}" /opt/datomic/current

    log "Creating /etc/datomic, /var/lib/datomic and /var/log/datomic"
    install -d -m 0750 -o datomic -g datomic /etc/datomic /var/lib/datomic
    install -d -m 0755 -o datomic -g datomic /var/log/datomic
    # The transactor's relative defaults (data-dir=data, log-dir=log) land under /var.
    rm -rf "${install_dir}/data" "${install_dir}/log"
    ln -s /var/lib/datomic "${install_dir}/data"
    ln -s /var/log/datomic "${install_dir}/log"
    if [[ ! -e /etc/default/datomic-transactor ]]; then
      # The user data replaces this file; until then bin/transactor uses its own defaults.
      cat >/etc/default/datomic-transactor <<'EOF'
    # Whole java flags, as bin/transactor reads them; written by the user data at boot.
    # XMX=-Xmx1g
    # XMS=-Xms1g
    # JAVA_OPTS=-XX:+UseG1GC -XX:MaxGCPauseMillis=50
    EOF
    fi

    log "Installing datomic-transactor.service (enabled, not started)"
    install -m 0644 -o root -g root "${UNIT_FILE}" /etc/systemd/system/datomic-transactor.service
    rm -f "${UNIT_FILE}"
    systemctl daemon-reload
    # The user data writes the properties and starts it; a reboot starts it again.
    systemctl enable datomic-transactor.service

    if [[ ${ENABLE_SSH} != true ]]; then
      # Takes effect on the image's next boot; this build's session goes on.
      log "Disabling sshd"
      systemctl disable sshd.service
    fi

    log "Removing package caches"
    dnf clean all
    rm -rf /var/cache/dnf
    """# + "\n"
  }
}
