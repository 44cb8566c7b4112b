#!/usr/bin/env bash
# Provides the Pulumi CLI v3.248.0, a Node.js language host and pulumi-resource-pulumi-nodejs.
# Uses a `pulumi` already on PATH when it is recent enough; otherwise builds the CLI from the Go
# module proxy, and our own language host from scripts/langhost, into a cache folder outside the work
# tree, so a second run (or a fresh clone on the same machine) takes seconds. Progress goes to stderr;
# the last line on stdout is the folder that holds the three binaries, so callers can do:
# PATH="$(scripts/install-pulumi.sh | tail -n1):$PATH".
#
# Why our own language host: Pulumi's (module github.com/pulumi/pulumi/sdk/nodejs/cmd/
# pulumi-language-nodejs/v3) is refused by the Go module proxy we can reach (403 for every version and
# commit), while pkg/v3 and sdk/v3 are served. scripts/langhost is a small host built on sdk/v3 that
# starts @pulumi/pulumi's own runner (cmd/run), which does the real work.
set -euo pipefail

VERSION=3.248.0
MIN_MAJOR=3
MIN_MINOR=216 # ReadResult.inputs, which refresh relies on, needs 3.216

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${WEBEX_OPMODES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-webex-operating-modes}
bin="$cache/pulumi-v$VERSION/bin"
langhost_src="$here/scripts/langhost"
log() { echo "install-pulumi: $*" >&2; }

# The language host binary is rebuilt whenever its sources change: its stamp file holds a hash of
# them (and of the version it reports).
langhost_hash() {
  { echo "$VERSION"
    (cd "$langhost_src" && find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) \
      | LC_ALL=C sort | xargs sha256sum)
  } | sha256sum | cut -d' ' -f1
}
langhost_stamp="$bin/.pulumi-language-nodejs.sha256"
langhost_fresh() {
  [ -x "$bin/pulumi-language-nodejs" ] && [ -f "$langhost_stamp" ] \
    && [ "$(cat "$langhost_stamp")" = "$(langhost_hash)" ]
}

# The third binary is a script shipped at the root of the @pulumi/pulumi npm package.
nodejs_plugin_src="$here/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"

link_nodejs_plugin() {
  local dir=$1
  if [ -x "$dir/pulumi-resource-pulumi-nodejs" ]; then return 0; fi
  if [ ! -f "$nodejs_plugin_src" ]; then
    log "missing $nodejs_plugin_src: run 'npm install' first"
    exit 1
  fi
  cp "$nodejs_plugin_src" "$dir/pulumi-resource-pulumi-nodejs"
  chmod +x "$dir/pulumi-resource-pulumi-nodejs"
}

version_ok() {
  local v=$1 major minor
  v=${v#v}
  major=${v%%.*}
  minor=${v#*.}; minor=${minor%%.*}
  [[ "$major" =~ ^[0-9]+$ && "$minor" =~ ^[0-9]+$ ]] || return 1
  [ "$major" -gt "$MIN_MAJOR" ] || { [ "$major" -eq "$MIN_MAJOR" ] && [ "$minor" -ge "$MIN_MINOR" ]; }
}

# 1. A CLI the user already has (Pulumi's installer), when recent enough and not our own cache.
if [ -z "${WEBEX_OPMODES_BUILD_PULUMI:-}" ] && existing=$(command -v pulumi 2>/dev/null) \
   && [ "$(dirname "$existing")" != "$bin" ]; then
  v=$(pulumi version 2>/dev/null || true)
  dir=$(dirname "$(readlink -f "$existing")")
  if version_ok "$v" && [ -x "$dir/pulumi-language-nodejs" ]; then
    log "using the Pulumi CLI on PATH: $existing ($v)"
    if [ -w "$dir" ]; then link_nodejs_plugin "$dir"; fi
    echo "$dir"
    exit 0
  fi
  log "ignoring $existing ($v): need >= $MIN_MAJOR.$MIN_MINOR with pulumi-language-nodejs beside it"
fi

# 2. Our cached build.
if [ -x "$bin/pulumi" ] && langhost_fresh; then
  link_nodejs_plugin "$bin"
  log "using cached build in $bin"
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || { log "Go is needed to build the Pulumi CLI (or install Pulumi yourself)"; exit 1; }
export GOTOOLCHAIN=local CGO_ENABLED=0
mkdir -p "$bin"
LDF="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$VERSION"

# 3. The CLI, from the Go module proxy through a wrapper module (a dependency's replace directives are
#    ignored, which is what makes this work where `go install ...@v3.248.0` is refused).
if [ ! -x "$bin/pulumi" ]; then
  work="$cache/pulumi-v$VERSION/build"
  mkdir -p "$work"
  (
    cd "$work"
    export GOFLAGS=-mod=mod
    if [ ! -f go.mod ]; then
      log "creating wrapper module in $work"
      go mod init local.invalid/pulumi-cli >&2
      go mod edit -replace github.com/atotto/clipboard=github.com/tgummerer/clipboard@v0.0.0-20241001131231-d02d263e614e
    fi
    log "fetching github.com/pulumi/pulumi/pkg/v3@v$VERSION (a few hundred MB the first time)"
    go get -tool "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@v$VERSION" >&2
    go get "github.com/pulumi/pulumi/sdk/v3@v$VERSION" >&2
    go mod tidy >&2
    go get "github.com/pulumi/pulumi/sdk/v3@v$VERSION" >&2
    log "compiling pulumi (minutes the first time)"
    go build -trimpath -tags osusergo,grpcnotrace -ldflags "$LDF" -o "$bin/pulumi.tmp" \
      github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2
    mv "$bin/pulumi.tmp" "$bin/pulumi"
  )
fi

# 4. Our language host, from scripts/langhost (its go.mod pins sdk/v3 at the CLI's version).
#    -mod=readonly: building must not rewrite go.mod/go.sum in the work tree.
if ! langhost_fresh; then
  log "compiling pulumi-language-nodejs from $langhost_src"
  (
    cd "$langhost_src"
    GOFLAGS=-mod=readonly go build -trimpath -buildvcs=false -tags osusergo,grpcnotrace \
      -ldflags "$LDF -X main.version=$VERSION" -o "$bin/pulumi-language-nodejs.tmp" . >&2
  )
  mv "$bin/pulumi-language-nodejs.tmp" "$bin/pulumi-language-nodejs"
  langhost_hash >"$langhost_stamp"
fi
link_nodejs_plugin "$bin"
log "built $("$bin/pulumi" version) in $bin"
echo "$bin"
