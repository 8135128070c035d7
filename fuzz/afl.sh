#!/usr/bin/env bash
# Coverage-guided fuzzing with afl-fuzz (Debian package afl++) and SharpFuzz.
# Usage, from the repository root:  bash fuzz/afl.sh [extra afl-fuzz options, e.g. -V 600]
# Findings land in fuzz/out/afl/default/crashes/. Triage them with the uninstrumented build
# (the instrumented one only runs under afl-fuzz):
#   dotnet run --project fuzz/Trackside.Fuzz -c Release -- --run fuzz/out/afl/default/crashes/id*
set -euo pipefail
cd "$(dirname "$0")"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
dotnet tool restore >/dev/null   # the sharpfuzz instrumenter, pinned in dotnet-tools.json

# A private copy of the program whose assemblies get instrumented in place.
rm -rf out/bin
dotnet publish Trackside.Fuzz -c Release -o out/bin >/dev/null
# Our loader, and the YAML and Markdown parsers it drives: coverage in these guides afl-fuzz.
for dll in trackside.dll YamlDotNet.dll Markdig.dll; do
  dotnet sharpfuzz "out/bin/$dll"
done

# No CPU governor or core-dump tweaks on a shared machine; persistent mode needs no fork.
# The dotnet host carries no AFL marker; SharpFuzz speaks the fork-server protocol itself.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
exec afl-fuzz -i corpus -o out/afl -x yaml.dict -t 5000 -m none "$@" -- "$(command -v dotnet)" out/bin/trackside-fuzz.dll --afl
