#!/bin/sh
# Runs clang-tidy (checks: .clang-tidy at the root) over every project .cpp: modules/,
# app/, simulator/, tests/, bench/. Exits non-zero on any warning or error.
# Its own tree (default build-tidy/, IOC_TIDY_DIR): configured with clang and a
# compile_commands.json; only moc runs (its output makes every translation unit parse),
# nothing is compiled. Needs the Debian packages clang-tidy and clang.
# A cache (default ~/.cache/ioc-desktop/clang-tidy beside ccache's, IOC_TIDY_CACHE) holds
# each file's clang-tidy output under a hash of everything that output depends on: the
# preprocessed translation unit (comments kept, so NOLINTs count; moc output included),
# its compile command, the .clang-tidy files and the clang-tidy version. A file whose
# hash is cached is not checked again. The checkout's and the build tree's paths are taken
# out of the hash and the stored output, so every clone (CI's fresh one included) reuses
# what another checked. IOC_TIDY_CACHE=off checks every file.
# Usage: tools/clang-tidy.sh [REGEX...]   (default: all project sources)
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${IOC_TIDY_DIR:-build-tidy}
JOBS=${IOC_BUILD_JOBS:-2}
CACHE=${IOC_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ioc-desktop/clang-tidy}
start=$(date +%s)

for tool in clang-tidy clang++ python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "clang-tidy.sh: $tool not found (Debian: apt-get install clang-tidy clang)" >&2
        exit 2
    fi
done

# Reconfiguring an existing tree takes a second and picks up new or removed sources.
mkdir -p "$BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
      -DIOC_PACKAGING=OFF -DIOC_FUZZ=OFF -DIOC_SANITIZE=OFF >"$BUILD_DIR/configure.log" 2>&1 \
    || { cat "$BUILD_DIR/configure.log" >&2; exit 2; }
rm -f "$BUILD_DIR/configure.log"

# moc for every target, run the way its *_autogen custom command runs it. Not through
# ninja: there each *_autogen target waits for the libraries its target links, i.e. for
# most of the project to be compiled (even with AUTOGEN_ORIGIN_DEPENDS off).
# (cmake_autogen exits 0 on some failures: any output from it is one.)
find "$(cd "$BUILD_DIR" && pwd)" -name AutogenInfo.json -path '*_autogen.dir/*' -print0 \
    | xargs -0 -n 1 -P "$JOBS" sh -c 'cd "$(dirname "$1")/../.." && cmake -E cmake_autogen "$1" Debug' sh \
    >"$BUILD_DIR/autogen.log" 2>&1 && [ ! -s "$BUILD_DIR/autogen.log" ] \
    || { echo "clang-tidy.sh: moc failed:" >&2; cat "$BUILD_DIR/autogen.log" >&2; exit 2; }

[ $# -eq 0 ] && set -- "^$ROOT/(modules|app|simulator|tests|bench)/"
log="$BUILD_DIR/clang-tidy.log"
set +e
python3 - "$ROOT" "$BUILD_DIR" "$JOBS" "$CACHE" "$log" "$@" <<'EOF'
import collections, concurrent.futures, hashlib, json, os, re, shlex, subprocess, sys

root, build, jobs, cache, log = sys.argv[1:6]
patterns = [re.compile(p) for p in sys.argv[6:]]
root += "/"
build = os.path.abspath(build)
use_cache = cache != "off"
if use_cache:
    cache = os.path.abspath(cache)
    os.makedirs(cache, exist_ok=True)

entries = {}
for e in json.load(open(os.path.join(build, "compile_commands.json"))):
    path = os.path.normpath(os.path.join(e["directory"], e["file"]))
    if any(p.search(path) for p in patterns):
        entries.setdefault(path, e)  # clang-tidy uses a file's first command too

version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True).stdout

def configs(path):
    """The .clang-tidy files clang-tidy may read for path: its folder's and every parent's."""
    out, d = [], os.path.dirname(path)
    while d.startswith(root) or d + "/" == root:
        f = os.path.join(d, ".clang-tidy")
        if os.path.isfile(f):
            out.append(f + "\0" + open(f, "rb").read().decode(errors="replace"))
        if d + "/" == root:
            break
        d = os.path.dirname(d)
    return out

def key(path, entry):
    """Hash of the preprocessed translation unit and all else the output depends on, or
    None when the file does not preprocess (then it is checked, uncached)."""
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    pp, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "-o":
            skip = True
        elif a != "-c" and not a.startswith("-o"):
            pp.append(a)
    pp += ["-E", "-CC", "-o", "-"]
    r = subprocess.run(pp, cwd=entry["directory"], capture_output=True)
    if r.returncode != 0:
        return None
    h = hashlib.sha256()
    for part in [version, "\0".join(args), path] + configs(path):
        h.update(unrooted(part).encode() + b"\0\1")
    h.update(r.stdout.replace(build.encode(), b"@BUILD@").replace(root.encode(), b"@ROOT@/"))
    return h.hexdigest()

def unrooted(text):
    """text with this clone's build tree and checkout replaced by placeholders."""
    return text.replace(build, "@BUILD@").replace(root, "@ROOT@/")

def rooted(text):
    return text.replace("@BUILD@", build).replace("@ROOT@/", root)

def check(path):
    entry = entries[path]
    k = key(path, entry) if use_cache else None
    cached = os.path.join(cache, k[:2], k) if k else None
    if cached and os.path.isfile(cached):
        os.utime(cached)
        return path, rooted(open(cached, errors="replace").read()), 0, True
    r = subprocess.run(["clang-tidy", "-p", build, "--quiet", path],
                       capture_output=True, text=True, errors="replace")
    out = r.stdout + r.stderr
    # Cache a finished run only: exit 0 (clean, or warnings), or exit 1 with the
    # diagnostics it printed (an error diagnostic); never a crash or a signal.
    if cached and (r.returncode == 0 or (r.returncode == 1 and re.search(r": (warning|error): ", out))):
        os.makedirs(os.path.dirname(cached), exist_ok=True)
        tmp = cached + ".%d" % os.getpid()
        with open(tmp, "w") as f:
            f.write(unrooted(out if r.returncode == 0 else out + "\nclang-tidy exited 1\n"))
        os.replace(tmp, cached)
    if r.returncode != 0:
        out += "\nclang-tidy exited %d\n" % r.returncode
    return path, out, r.returncode, False

seen, failed, hits = set(), [], 0
with open(log, "w") as logf, concurrent.futures.ThreadPoolExecutor(int(jobs)) as pool:
    for path, out, rc, hit in pool.map(check, sorted(entries)):
        hits += hit
        logf.write("== %s%s\n%s\n" % (path, " (cached)" if hit else "", out))
        if rc != 0 or "clang-tidy exited" in out:
            failed.append(path)
        for line in out.splitlines():
            m = re.match(r"^(/[^:]+):(\d+):(\d+): (warning|error): (.*)$", line)
            if m:
                p = os.path.normpath(m.group(1))
                seen.add((p.replace(root, "", 1),) + m.group(2, 3, 4, 5))

by_check = collections.Counter(re.search(r"\[([^\]]+)\]$", d[4]).group(1)
                               if d[4].endswith("]") else "?" for d in seen)
# One line per distinct diagnostic (a header's is printed once per file that includes it).
for d in sorted(seen):
    print("%s:%s:%s: %s: %s" % d)
if seen:
    print()
    for c, n in by_check.most_common():
        print("%5d  %s" % (n, c))
for path in failed:
    print("clang-tidy failed on %s (see %s)" % (path, log), file=sys.stderr)
print("clang-tidy: %d diagnostic(s) in %d file(s), %d of them unchanged (cached)"
      % (len(seen), len(entries), hits))
sys.exit(1 if seen or failed else 0)
EOF
rc=$?
set -e
elapsed=$(( $(date +%s) - start ))
# Unused cache entries (more than 30 days untouched) go, so the cache does not grow forever.
[ "$CACHE" != off ] && [ -d "$CACHE" ] && find "$CACHE" -type f -mtime +30 -delete 2>/dev/null
echo "clang-tidy: ${elapsed}s wall (-j$JOBS); full output: $log"
exit $rc
