# build-aux/packages.sh: the Debian packages Samverkan needs, and how to get
# them. Sourced by build-aux/run and build-aux/test.

BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libxml2-dev libical-dev libpoppler-glib-dev libcairo2-dev libpango1.0-dev
  libhyphen-dev hyphen-sv hyphen-en-us libportal-gtk4-dev
  desktop-file-utils fonts-cantarell
)

TEST_PACKAGES=(
  xvfb xauth libxml2-utils appstream locales sqlite3 python3-icalendar
  # The journeys (tests/journeys/): real input under their own X server.
  xdotool openbox x11-xkb-utils imagemagick dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "build-aux: $* needs root and sudo is not installed" >&2
    return 1
  fi
}

# Installs the packages of the given list that are missing.
ensure_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "build-aux: installing ${missing[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# Generates a locale (sv_SE.UTF-8) the tests write dates in.
ensure_locale() {
  local locale="$1"
  local short
  short=$(echo "$locale" | sed 's/UTF-8/utf8/')
  if ! locale -a 2>/dev/null | grep -qx "$short"; then
    if [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1; then
      as_root sed -i "s/^# *\($locale UTF-8\)/\1/" /etc/locale.gen
      grep -q "^$locale UTF-8" /etc/locale.gen || echo "$locale UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
      as_root locale-gen >/dev/null
    fi
  fi
}
