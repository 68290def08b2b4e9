#!/usr/bin/env bash
# Runs nvim-lsp-test.lua in a headless Neovim against a language server command line.
#   usage: run-nvim-lsp-test.sh FILE.airs OUT.json [--hover LINE,CHAR] -- SERVER_COMMAND...
#   e.g.:  run-nvim-lsp-test.sh policies/examples/support_bot.airs /tmp/out.json -- airs lsp
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -lt 4 ]; then
  echo "usage: $0 FILE.airs OUT.json [--hover LINE,CHAR] -- SERVER_COMMAND..." >&2
  exit 2
fi
file=$(realpath "$1")
out=$2
shift 2
hover=0,0
if [ "$1" = "--hover" ]; then
  hover=$2
  shift 2
fi
[ "$1" = "--" ] && shift

json_string() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}
cmd_json="["
separator=""
for part in "$@"; do
  cmd_json+="$separator$(json_string "$part")"
  separator=","
done
cmd_json+="]"

command -v nvim >/dev/null || { echo "nvim is not installed (apt-get install -y neovim)" >&2; exit 3; }

rm -f "$out"
AIRS_NVIM_SERVER_CMD=$cmd_json AIRS_NVIM_FILE=$file AIRS_NVIM_OUT=$out AIRS_NVIM_HOVER=$hover \
  timeout 120 nvim --headless --clean -n -i NONE -c "luafile $here/nvim-lsp-test.lua" </dev/null
if [ ! -s "$out" ]; then
  echo "neovim wrote no result to $out" >&2
  exit 1
fi
cat "$out"
echo
