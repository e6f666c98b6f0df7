#!/usr/bin/env bash
# Checks Dreamer as a user outside this repository gets it (docs/packages.md):
#   1. packs the packages into a local folder;
#   2. clears Dreamer's packages from the NuGet cache, so nothing stale is used;
#   3. installs the templates from that folder (in a template hive of its own);
#   4. generates one component of each slot kind and one environment in a folder outside the repository;
#   5. builds them against the packages and runs their generated tests;
#   6. installs the dreamer tool from that folder (in a tool folder of its own);
#   7. loads each component with the tool (`dreamer validate` of the generated composition: the networks are built and
#      one update runs), trains each environment for a few hundred steps, and trains the default composition from an
#      unrelated folder.
# Usage: scripts/package-check.sh [WORK_DIR]   (default: a new folder under /tmp; it is left in place)
# DREAMER_PACK_CONFIGURATION (default Release) is the configuration packed; the tests pack Debug, which they have built.
# Prints "package check: passed" as its last line, or stops at the first failure with "package check: failed: ...".
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${1:-$(mktemp -d /tmp/dreamer-package-check.XXXXXX)}
configuration=${DREAMER_PACK_CONFIGURATION:-Release}
mkdir -p "$work"
work=$(cd "$work" && pwd)
case "$work/" in "$root"/*) echo "package check: failed: $work is inside the repository; give a folder outside it" >&2; exit 2 ;; esac

packages=$work/packages
hive=$work/template-hive
generated=$work/generated
tool=$work/tool
elsewhere=$work/elsewhere
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

zip_list() { python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; }
zip_read() { python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8-sig"))' "$1" "$2"; }
fail() { echo "package check: failed: $*" >&2; exit 1; }
step() { echo "== $(date +%T) $*"; }

version=$(dotnet msbuild "$root/Dreamer.Abstractions/Dreamer.Abstractions.csproj" -getProperty:Version -nologo)
ids=(Dreamer.Abstractions Dreamer.Modules Dreamer.Environments.Wrappers Dreamer.Training Dreamer.Testing Dreamer.Templates dreamer)

step "pack $version ($configuration) into $packages"
rm -rf "$packages" && mkdir -p "$packages"
projects=(Dreamer.Abstractions Dreamer.Modules environments/Dreamer.Environments.Wrappers Dreamer.Training Dreamer.Testing
  templates/Dreamer.Templates Dreamer.Host)
for project in "${projects[@]}"; do
  dotnet pack "$root/$project" -c "$configuration" -p:PackageOutputPath="$packages/" -v q -nologo > "$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; fail "dotnet pack $project"; }
done
for id in "${ids[@]}"; do
  [[ -f $packages/$id.$version.nupkg ]] || fail "no $id.$version.nupkg in $packages"
done
ls -l "$packages"
torchsharp=$(grep -oP '<PackageVersion Include="TorchSharp" Version="\K[^"]+' "$root/Directory.Packages.props")
for id in Dreamer.Abstractions Dreamer.Modules; do
  nuspec=$(zip_read "$packages/$id.$version.nupkg" "$id.nuspec")
  grep -qE "<dependency id=\"TorchSharp\" version=\"$torchsharp\" exclude=\"[^\"]*Runtime[^\"]*\"" <<< "$nuspec" \
    || fail "$id does not depend on TorchSharp $torchsharp without its runtime files"
  grep -qE "<dependency id=\"TorchSharp\" [^>]*exclude=\"[^\"]*Native" <<< "$nuspec" || fail "$id brings TorchSharp's native files"
  listing=$(zip_list "$packages/$id.$version.nupkg")
  grep -qx "lib/net10.0/$id.xml" <<< "$listing" || fail "$id carries no XML documentation"
done
listing=$(zip_list "$packages/Dreamer.Abstractions.$version.nupkg")
grep -qx "buildTransitive/Dreamer.Abstractions.targets" <<< "$listing" || fail "Dreamer.Abstractions carries no buildTransitive targets"

step "clear Dreamer's packages from the NuGet cache"
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
for id in "${ids[@]}"; do rm -rf "$cache/${id,,}"; done

# Every project below this folder restores from the local packages first, then from the machine's usual sources.
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="dreamer-local" value="$packages" />
  </packageSources>
</configuration>
EOF

step "install the templates"
rm -rf "$hive"
dotnet new install "$packages/Dreamer.Templates.$version.nupkg" --debug:custom-hive "$hive" > "$work/templates.log" 2>&1 \
  || { cat "$work/templates.log"; fail "dotnet new install Dreamer.Templates"; }

step "generate one component of each slot kind and one environment in $generated"
rm -rf "$generated" && mkdir -p "$generated"
slots=(latent encoder decoder dynamics kl behavior actor-gradient)
names=()
for slot in "${slots[@]}"; do
  name=Check$(echo "$slot" | sed -E 's/(^|-)([a-z])/\U\2/g')
  dotnet new dreamer-component --slot "$slot" -n "$name" -o "$generated/$name" --debug:custom-hive "$hive" > /dev/null \
    || fail "dotnet new dreamer-component --slot $slot"
  names+=("$name")
done
dotnet new dreamer-environment -n CheckWorld -o "$generated/CheckWorld" --debug:custom-hive "$hive" > /dev/null \
  || fail "dotnet new dreamer-environment"
environments=(CheckWorld)

step "build the generated projects against the packages"
dotnet new sln -n Generated -o "$generated" --format sln > /dev/null
mapfile -t generated_projects < <(find "$generated" -name '*.csproj' | sort)
dotnet sln "$generated/Generated.sln" add "${generated_projects[@]}" > /dev/null
dotnet build "$generated/Generated.sln" -v q -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "dotnet build of the generated projects"; }
for plugin in $(find "$generated" -path '*/src/*' -name '*.csproj'); do
  output=$(dirname "$plugin")/bin/Debug/net10.0
  for shared in TorchSharp.dll Dreamer.Abstractions.dll Dreamer.Modules.dll Google.Protobuf.dll SkiaSharp.dll libtorch_cpu.so; do
    [[ ! -e $output/$shared ]] || fail "the plugin $(basename "$plugin") carries its own $shared"
  done
done

step "run the generated tests"
dotnet test "$generated/Generated.sln" --no-build -v q -nologo > "$work/test.log" 2>&1 || { cat "$work/test.log"; fail "the generated tests"; }
grep -E "Passed!|Failed!|total" "$work/test.log" || true

step "install the dreamer tool"
rm -rf "$tool"
dotnet tool install dreamer --version "$version" --tool-path "$tool" --add-source "$packages" > "$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; fail "dotnet tool install dreamer"; }

mkdir -p "$elsewhere"
cd "$elsewhere"
short=(--set training.steps=300 --set training.prefill=100 --set training.pretrain=5 --set training.eval_every=300 --set training.eval_episodes=1 --set training.log_every=100)

step "load each generated component with the tool and validate its composition"
for name in "${names[@]}"; do
  composition=$(find "$generated/$name" -maxdepth 1 -name '*.yaml' | head -n 1)
  [[ -n $composition ]] || fail "$name has no composition file"
  "$tool/dreamer" validate "$composition" > "$work/validate-$name.log" 2>&1 || { cat "$work/validate-$name.log"; fail "dreamer validate $composition"; }
  key=$(grep -oE "\b[a-z-]+\.check-[a-z-]+\b" "$composition" | head -n 1)
  [[ -n $key ]] || fail "$composition selects no generated component"
  "$tool/dreamer" components --json --plugins "$generated/$name/src/$name/bin/Debug/net10.0" > "$work/components-$name.json" \
    || fail "dreamer components --plugins $generated/$name/src/$name/bin/Debug/net10.0"
  grep -q "\"key\": \"$key\"" "$work/components-$name.json" || fail "the tool does not list $key from $name's plugin folder"
  echo "$name: $key loaded and validated"
done

step "train each generated environment for 300 steps"
for name in "${environments[@]}"; do
  composition=$(find "$generated/$name" -maxdepth 1 -name '*.yaml' | head -n 1)
  "$tool/dreamer" train "$composition" "${short[@]}" --run-dir "$work/runs/$name" > "$work/train-$name.log" 2>&1 \
    || { cat "$work/train-$name.log"; fail "dreamer train $composition"; }
  tail -n 1 "$work/train-$name.log"
  grep -q '"state": *"finished"' "$work/runs/$name/status.json" || fail "the $name run did not finish"
done

step "train the default composition from an unrelated folder"
"$tool/dreamer" train "${short[@]}" --run-dir "$work/runs/default" > "$work/train-default.log" 2>&1 \
  || { cat "$work/train-default.log"; fail "dreamer train (default composition)"; }
tail -n 1 "$work/train-default.log"
grep -q '"state": *"finished"' "$work/runs/default/status.json" || fail "the default run did not finish"

echo "package check: passed"
