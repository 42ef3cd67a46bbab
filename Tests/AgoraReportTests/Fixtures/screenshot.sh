#!/bin/sh
# Renders the golden HTML report in headless Chromium at phone and desktop widths, to look at
# by eye after changing the HTML renderer. Screenshots go to a folder outside the repository.
#
# Usage: Tests/AgoraReportTests/Fixtures/screenshot.sh [output-folder]   (default /tmp)
# Needs Debian's chromium (apt-get install -y chromium).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
page="$here/golden/summary.html"
out=${1:-/tmp}
mkdir -p "$out"
shoot() { # name width height
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --screenshot="$out/$1.png" --window-size="$2,$3" "file://$page" 2>/dev/null
  echo "$out/$1.png"
}
shoot agora-phone 390 1400
shoot agora-phone-end 390 9000
shoot agora-desktop 1280 1400
