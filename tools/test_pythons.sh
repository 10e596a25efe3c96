#!/usr/bin/env bash
# Run the README's test command on every supported Python, one after the other, each in its own venv
# (.venvs/pyX.Y, with the newest dependency versions pip picks for that Python).
#
#   tools/test_pythons.sh                 # 3.10 3.11 3.12 3.13
#   tools/test_pythons.sh 3.12 3.13       # some of them
#   tools/test_pythons.sh --install-only  # only create/refresh the venvs
#
# An interpreter is `pythonX.Y` on PATH, else pyenv's newest X.Y.*. Prints one line per Python at the end and
# exits non-zero when any failed. Extra pytest arguments: PYTEST_ARGS="--runslow" tools/test_pythons.sh
set -uo pipefail
cd "$(dirname "$0")/.."

install_only=0
versions=()
for arg in "$@"; do
    case "$arg" in
        --install-only) install_only=1 ;;
        *) versions+=("$arg") ;;
    esac
done
[ ${#versions[@]} -eq 0 ] && versions=(3.10 3.11 3.12 3.13)

find_python() {
    local v=$1 p
    if p=$(command -v "python$v") && "$p" -c '' 2>/dev/null; then echo "$p"; return 0; fi
    for p in $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".* 2>/dev/null | sort -V -r); do
        if [ -x "$p/bin/python$v" ]; then echo "$p/bin/python$v"; return 0; fi
    done
    return 1
}

summary=()
status=0
for v in "${versions[@]}"; do
    if ! py=$(find_python "$v"); then
        summary+=("$v: no interpreter found"); status=1; continue
    fi
    venv=".venvs/py$v"
    echo "=== Python $v ($py) -> $venv"
    if ! { "$py" -m venv "$venv" && "$venv/bin/pip" install -q --upgrade pip \
           && "$venv/bin/pip" install -q --upgrade -e ".[test]"; }; then
        summary+=("$v: install failed"); status=1; continue
    fi
    versions_line=$("$venv/bin/python" -c 'import sys, numpy, pyqtgraph, PySide6, pytest
print(f"Python {sys.version.split()[0]}, numpy {numpy.__version__}, pyqtgraph {pyqtgraph.__version__}, "
      f"PySide6 {PySide6.__version__}, pytest {pytest.__version__}")')
    echo "$versions_line"
    if [ "$install_only" -eq 1 ]; then summary+=("$v: installed ($versions_line)"); continue; fi
    start=$(date +%s)
    log=".venvs/py$v.log"
    # shellcheck disable=SC2086
    "$venv/bin/python" -m pytest -q -p no:cacheprovider ${PYTEST_ARGS:-} 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    result=$(grep -E "^[0-9]+ (passed|failed)|^=+ .*(passed|failed|error)" "$log" | tail -1 | tr -d '=')
    summary+=("$v: exit $rc, ${result:-no summary} in $(( $(date +%s) - start )) s ($versions_line)")
    [ "$rc" -ne 0 ] && status=1
done

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
exit $status
