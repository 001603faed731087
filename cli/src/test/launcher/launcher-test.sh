#!/usr/bin/env bash
# Tests of the inertia launcher (issue 10), with a stub mvn and a stub JDK on the PATH, so they take
# seconds and need no real build: a link to the launcher from another folder finds its checkout; two
# first runs started together build once; a changed JDK rebuilds the start-up archive; a lock left
# by a dead run is taken over, one held too long fails with a message; under the POSIX locale Java
# gets a UTF-8 character type.
#
#   bash cli/src/test/launcher/launcher-test.sh [CASE...]     all cases when none is named
#
# Run by LauncherTest in mvn verify. INERTIA_LAUNCHER names the launcher to test (default: the
# checkout's). Each case runs in its own bash process, in its own temporary folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="${INERTIA_LAUNCHER:-$here/../../../../inertia}"
cases=(
    symlinked-launcher-finds-its-root
    concurrent-first-runs-build-once
    concurrent-first-runs-build-once-without-flock
    changed-jdk-rebuilds-the-archive
    failed-archive-is-retried-only-for-another-jdk
    stale-lock-is-taken-over
    lock-held-too-long-fails-with-a-message
    posix-locale-gets-a-utf-8-character-type
)

# ---- fixture ---------------------------------------------------------------------------------

fail() {
    echo "FAILED: $*" >&2
    if [ -f "${STUB_LOG:-}" ]; then
        echo "--- stub log:" >&2
        cat "$STUB_LOG" >&2
    fi
    exit 1
}

expect_eq() { # expected actual what
    [ "$1" = "$2" ] || fail "$3: expected '$1', was '$2'"
}

expect_contains() { # text part what
    case "$1" in
        *"$2"*) ;;
        *) fail "$3: expected to contain '$2', was: $1" ;;
    esac
}

# count WORD: how many stub calls of that kind the log holds (mvn, archive, run).
count() {
    grep -c "^$1 " "$STUB_LOG" 2>/dev/null || true
}

# A JDK whose java is a stub: it records each call in $STUB_LOG and pretends to run inertia.
make_jdk() { # dir version [no-release]
    mkdir -p "$1/bin" "$1/lib/server"
    head -c 1000 /dev/zero >"$1/lib/server/libjvm.so"
    if [ "${3:-}" != no-release ]; then
        printf 'JAVA_VERSION="%s"\nJAVA_RUNTIME_VERSION="%s+1"\n' "$2" "$2" >"$1/release"
    fi
    cat >"$1/bin/java" <<STUB
#!/usr/bin/env bash
for a in "\$@"; do
    case "\$a" in
        -XX:ArchiveClassesAtExit=*)
            echo "archive \${a#*=}" >>"\$STUB_LOG"
            [ -z "\${STUB_CDS_FAILS:-}" ] || exit 1
            echo "jsa from $1" >"\${a#*=}"
            exit 0 ;;
        -XshowSettings:properties)
            printf '    java.home = %s\n    java.runtime.version = %s\n' "$1" "\${STUB_JAVA_VERSION:-$2}" >&2
            echo 'openjdk version "$2"' >&2
            exit 0 ;;
    esac
done
[ -z "\${STUB_LOCALE_LOG:-}" ] ||
    echo "charmap=\$(locale charmap 2>/dev/null) LC_ALL=\${LC_ALL:-} LC_CTYPE=\${LC_CTYPE:-} LANG=\${LANG:-}" >>"\$STUB_LOCALE_LOG"
echo "run \$*" >>"\$STUB_LOG"
echo "ran \${*: -1}"
STUB
    chmod +x "$1/bin/java"
}

# A checkout with the launcher under test, sources older than any jar, and a stub mvn that writes
# the jar (once the file STUB_MVN_UNTIL exists, if that is set).
setup() {
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/inertia-launcher-test.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT
    export STUB_LOG="$tmp/calls.log"
    : >"$STUB_LOG"
    repo="$tmp/checkout"
    mkdir -p "$repo/sim/src/main" "$repo/cli/src/main" "$repo/scenarios" "$tmp/stubs" "$tmp/elsewhere"
    cp "$launcher" "$repo/inertia"
    chmod +x "$repo/inertia"
    touch "$repo/pom.xml" "$repo/sim/pom.xml" "$repo/cli/pom.xml" "$repo/scenarios/bed-rest-7d-then-walking.yaml"
    find "$repo" -exec touch -t 202001010000 {} +
    cat >"$tmp/stubs/mvn" <<'STUB'
#!/usr/bin/env bash
echo "mvn $PWD $*" >>"$STUB_LOG"
if [ -n "${STUB_MVN_UNTIL:-}" ]; then
    # Gives up after 60 s or when the test's folder is gone, so a failed test leaves nothing running.
    for i in $(seq 600); do
        [ -e "$STUB_MVN_UNTIL" ] || [ ! -d "$(dirname "$STUB_MVN_UNTIL")" ] && break
        sleep 0.1
    done
fi
mkdir -p cli/target
echo jar >cli/target/inertia.jar
STUB
    chmod +x "$tmp/stubs/mvn"
    make_jdk "$tmp/jdk-a" 17.0.1
    export PATH="$tmp/stubs:$tmp/jdk-a/bin:$PATH"
    unset INERTIA_LOCK_TIMEOUT INERTIA_JAVA_OPTS STUB_MVN_UNTIL
}

# ---- cases -----------------------------------------------------------------------------------

case_symlinked-launcher-finds-its-root() {
    setup
    # A relative link to an absolute link to the launcher, the first in a folder on the PATH.
    mkdir -p "$tmp/bin" "$tmp/links"
    ln -s "$repo/inertia" "$tmp/links/inertia"
    ln -s ../links/inertia "$tmp/bin/inertia"
    local out
    out="$(cd "$tmp/elsewhere" && PATH="$tmp/bin:$PATH" inertia list)"
    expect_eq "ran list" "$out" "output of inertia list"
    expect_eq 1 "$(count mvn)" "builds"
    expect_contains "$(grep '^mvn ' "$STUB_LOG")" "mvn $repo " "folder Maven ran in"
    expect_contains "$(grep '^run ' "$STUB_LOG")" "-jar $repo/cli/target/inertia.jar list" "jar java ran"
}

# Polls a command until it succeeds, for at most 30 s.
await() { # what command...
    local what="$1" _
    shift
    for _ in $(seq 300); do
        "$@" && return 0
        sleep 0.1
    done
    fail "gave up waiting for $what"
}

concurrent_first_runs() {
    setup
    # The stub build goes on until the test says so: the second run starts while the first builds.
    export STUB_MVN_UNTIL="$tmp/go"
    "$repo/inertia" run one.yaml >"$tmp/one.out" 2>"$tmp/one.err" &
    local first=$!
    await "the first build" grep -q '^mvn ' "$STUB_LOG"
    "$repo/inertia" run two.yaml >"$tmp/two.out" 2>"$tmp/two.err" &
    local second=$!
    await "the second run to wait" grep -q 'waiting for another inertia' "$tmp/two.err"
    if [ "${INERTIA_LOCK:-}" = mkdir ]; then
        [ -d "$repo/cli/target/inertia.lock.d" ] || fail "no lock folder while the first run builds"
    else
        [ ! -e "$repo/cli/target/inertia.lock.d" ] || fail "a lock folder, not flock, while the first run builds"
    fi
    touch "$tmp/go"
    wait "$first" || fail "the first run failed: $(cat "$tmp/one.err")"
    wait "$second" || fail "the second run failed: $(cat "$tmp/two.err")"
    expect_eq "ran one.yaml" "$(cat "$tmp/one.out")" "output of the first run"
    expect_eq "ran two.yaml" "$(cat "$tmp/two.out")" "output of the second run"
    expect_eq 1 "$(count mvn)" "builds"
    expect_eq 1 "$(count archive)" "archive training runs"
    [ ! -e "$repo/cli/target/inertia.lock.d" ] || fail "the lock folder is left behind"
}

case_concurrent-first-runs-build-once() {
    unset INERTIA_LOCK
    command -v flock >/dev/null 2>&1 || fail "flock is not installed (util-linux)"
    concurrent_first_runs
}

case_concurrent-first-runs-build-once-without-flock() {
    export INERTIA_LOCK=mkdir
    concurrent_first_runs
}

case_changed-jdk-rebuilds-the-archive() {
    setup
    "$repo/inertia" list >/dev/null
    expect_eq 1 "$(count archive)" "archives after the first run"
    "$repo/inertia" list >/dev/null
    expect_eq 1 "$(count archive)" "archives after a second run with the same JDK"
    expect_contains "$(tail -n 1 "$STUB_LOG")" "-XX:SharedArchiveFile=$repo/cli/target/inertia.jsa" "archive used"

    # The same JDK folder updated in place to a new release.
    sed -i.bak 's/17\.0\.1/17.0.2/' "$tmp/jdk-a/release"
    "$repo/inertia" list >/dev/null
    expect_eq 2 "$(count archive)" "archives after an in-place JDK update"
    expect_eq "jsa from $tmp/jdk-a" "$(cat "$repo/cli/target/inertia.jsa")" "archive file"

    # Another JDK first on the PATH.
    make_jdk "$tmp/jdk-b" 21.0.1
    PATH="$tmp/jdk-b/bin:$PATH" "$repo/inertia" list >/dev/null
    expect_eq 3 "$(count archive)" "archives after switching to another JDK"
    PATH="$tmp/jdk-b/bin:$PATH" "$repo/inertia" list >/dev/null
    expect_eq 3 "$(count archive)" "archives after a second run with that JDK"

    # A JDK without a release file: its identity comes from java -XshowSettings.
    make_jdk "$tmp/jdk-c" 17.0.3 no-release
    PATH="$tmp/jdk-c/bin:$PATH" "$repo/inertia" list >/dev/null
    expect_eq 4 "$(count archive)" "archives after switching to a JDK without a release file"
    PATH="$tmp/jdk-c/bin:$PATH" "$repo/inertia" list >/dev/null
    expect_eq 4 "$(count archive)" "archives after a second run with that JDK"
    STUB_JAVA_VERSION=17.0.4 PATH="$tmp/jdk-c/bin:$PATH" "$repo/inertia" list >/dev/null
    expect_eq 5 "$(count archive)" "archives after that JDK reports another version"

    expect_eq 1 "$(count mvn)" "builds (a JDK change rebuilds only the archive)"
}

case_failed-archive-is-retried-only-for-another-jdk() {
    setup
    export STUB_CDS_FAILS=1
    expect_eq "ran list" "$("$repo/inertia" list 2>/dev/null)" "output when the archive cannot be made"
    "$repo/inertia" list >/dev/null
    expect_eq 1 "$(count archive)" "attempts after two runs with the same JDK"
    expect_eq "" "$(grep '^run ' "$STUB_LOG" | grep -e '-XX:SharedArchiveFile' || true)" "runs given an archive"
    unset STUB_CDS_FAILS
    make_jdk "$tmp/jdk-b" 21.0.1
    PATH="$tmp/jdk-b/bin:$PATH" "$repo/inertia" list >/dev/null
    expect_eq 2 "$(count archive)" "attempts after switching to another JDK"
    expect_contains "$(tail -n 1 "$STUB_LOG")" "-XX:SharedArchiveFile=" "archive used"
    touch -t 202101010000 "$repo/cli/target/inertia.jar"
    touch "$repo/cli/src/main/changed.java"
    STUB_CDS_FAILS=1 PATH="$tmp/jdk-b/bin:$PATH" "$repo/inertia" list >/dev/null 2>&1
    expect_eq 3 "$(count archive)" "attempts after a source change rebuilt the jar"
    [ ! -e "$repo/cli/target/inertia.jsa" ] || fail "an archive is left from before the jar was rebuilt"
}

case_stale-lock-is-taken-over() {
    setup
    # A dead process's lock folder (the mkdir fallback) and lock file (flock).
    bash -c 'exit 0' &
    local dead=$!
    wait "$dead"
    mkdir -p "$repo/cli/target/inertia.lock.d"
    echo "$dead" >"$repo/cli/target/inertia.lock.d/pid"
    touch "$repo/cli/target/inertia.lock"
    expect_eq "ran list" "$(INERTIA_LOCK=mkdir INERTIA_LOCK_TIMEOUT=5 "$repo/inertia" list)" "output with a stale lock folder"
    [ ! -e "$repo/cli/target/inertia.lock.d" ] || fail "the lock folder is left behind"
    rm "$repo/cli/target/inertia.jar"
    expect_eq "ran list" "$(INERTIA_LOCK_TIMEOUT=5 "$repo/inertia" list)" "output with a stale lock file"
    expect_eq 2 "$(count mvn)" "builds"
}

case_lock-held-too-long-fails-with-a-message() {
    setup
    # This test's own process holds the lock and never lets go.
    mkdir -p "$repo/cli/target/inertia.lock.d"
    echo $$ >"$repo/cli/target/inertia.lock.d/pid"
    local status=0
    INERTIA_LOCK=mkdir INERTIA_LOCK_TIMEOUT=2 "$repo/inertia" list >"$tmp/out" 2>"$tmp/err" || status=$?
    expect_eq 1 "$status" "exit status"
    expect_contains "$(cat "$tmp/err")" "inertia: still locked after 2s by process $$" "message"
    expect_eq 0 "$(count mvn)" "builds"
    [ -d "$repo/cli/target/inertia.lock.d" ] || fail "the live owner's lock was removed"
}

# Under the POSIX locale Java cannot name a file such as café.csv (issue 12): the launcher gives it a
# UTF-8 character type where the system has one, and leaves a UTF-8 locale alone.
case_posix-locale-gets-a-utf-8-character-type() {
    setup
    command -v locale >/dev/null 2>&1 || fail "no locale command: cannot check the character type"
    export STUB_LOCALE_LOG="$tmp/locale.log"
    local utf8=""
    for candidate in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
        if locale -a 2>/dev/null | grep -qx "$candidate"; then
            utf8="$candidate"
            break
        fi
    done
    [ -n "$utf8" ] || fail "this system has no UTF-8 locale to test with (locale -a)"

    (cd "$tmp/elsewhere" && env -u LC_CTYPE LC_ALL=C LANG=C "$repo/inertia" run café.csv >/dev/null)
    expect_eq "charmap=UTF-8 LC_ALL= LC_CTYPE=$utf8 LANG=C" "$(tail -n 1 "$STUB_LOCALE_LOG")" "under LC_ALL=C"
    (cd "$tmp/elsewhere" && env -u LC_ALL -u LC_CTYPE -u LANG "$repo/inertia" list >/dev/null)
    expect_eq "charmap=UTF-8 LC_ALL= LC_CTYPE=$utf8 LANG=" "$(tail -n 1 "$STUB_LOCALE_LOG")" "with no locale set"
    (cd "$tmp/elsewhere" && env -u LC_CTYPE LC_ALL="$utf8" LANG=C "$repo/inertia" list >/dev/null)
    expect_eq "charmap=UTF-8 LC_ALL=$utf8 LC_CTYPE= LANG=C" "$(tail -n 1 "$STUB_LOCALE_LOG")" "under a UTF-8 LC_ALL"
    expect_contains "$(grep '^run ' "$STUB_LOG" | head -n 1)" "run café.csv" "the argument as given"
}

# ---- driver ----------------------------------------------------------------------------------

if [ "${1:-}" = --case ]; then
    "case_$2"
    exit 0
fi

[ -f "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 2; }
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"
export INERTIA_LAUNCHER="$launcher"
[ $# -gt 0 ] && cases=("$@")
failed=0
for c in "${cases[@]}"; do
    if out="$(bash "${BASH_SOURCE[0]}" --case "$c" 2>&1)"; then
        echo "ok - $c"
    else
        echo "not ok - $c"
        printf '%s\n' "$out" | sed 's/^/    /'
        failed=$((failed + 1))
    fi
done
[ "$failed" -eq 0 ] || { echo "$failed of ${#cases[@]} launcher tests failed" >&2; exit 1; }
