#!/usr/bin/env bash
# Builds the bundle for a GPU machine that has no .NET and no network but has PyTorch (whose torch/lib is the
# libtorch): self-contained publishes (linux-x64, -p:TorchBackend=none: TorchSharp's managed code and its small native
# bridge, no libtorch) of
#   dreamer/       the host with its plugins and environments in dreamer/plugins/<Name>/
#   benchmarks/    benchmarks/Dreamer.Benchmarks (world-model, behavior, update)
#   device-tests/  tests/Dreamer.Device.Tests, an executable that runs the device tests (xunit v3)
# plus compositions/, scripts/gpu-check.sh and scripts/pytorch/, in one xz-compressed tar archive that must stay under
# 64 MiB (what the device tool carries). Files that are the same in the three publishes are hard links, which tar
# stores once. See docs/gpu.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: scripts/gpu-bundle.sh [--archive FILE] [--configuration Release|Debug] [--keep-folder]

  --archive FILE       where to write the archive (default: artifacts/gpu-bundle.tar.xz)
  --configuration C    build configuration (default: Release)
  --keep-folder        keep the unpacked bundle in artifacts/gpu-bundle/dreamer-gpu (default: kept; this flag is
                       accepted for clarity); --remove-folder deletes it after packing

Unpack on the GPU machine and run:  tar -xJf gpu-bundle.tar.xz && dreamer-gpu/scripts/gpu-check.sh
USAGE
}

root=$(cd "$(dirname "$0")/.." && pwd)
archive="$root/artifacts/gpu-bundle.tar.xz"
configuration=Release
remove_folder=false
limit_bytes=$((64 * 1024 * 1024))

while [ $# -gt 0 ]; do
  case "$1" in
    --archive) archive=$(realpath -m "$2"); shift 2 ;;
    --configuration) configuration=$2; shift 2 ;;
    --keep-folder) remove_folder=false; shift ;;
    --remove-folder) remove_folder=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "gpu-bundle: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work="$root/artifacts/gpu-bundle"
stage="$work/dreamer-gpu"
rm -rf "$stage"
mkdir -p "$stage" "$(dirname "$archive")"

# The bundle's builds keep their obj/ and bin/ under artifacts/gpu-build, apart from the usual CPU build output:
# a TorchBackend=none restore there does not disturb the projects' own obj/ folders.
publish() {
  local project=$1 destination=$2
  echo "gpu-bundle: publishing $project → $destination/"
  dotnet publish "$root/$project" -c "$configuration" -r linux-x64 --self-contained \
    -p:TorchBackend=none --artifacts-path "$root/artifacts/gpu-build" -o "$stage/$destination" -v q -nologo
}
publish Dreamer.Host dreamer
publish benchmarks/Dreamer.Benchmarks benchmarks
publish tests/Dreamer.Device.Tests device-tests

# The .NET runtime, TorchSharp and the host's own assemblies appear in all three publishes: link the identical copies
# to the host's, so the archive holds each once.
linked=0
for other in benchmarks device-tests; do
  while IFS= read -r -d '' file; do
    relative=${file#"$stage/$other/"}
    original="$stage/dreamer/$relative"
    if [ -f "$original" ] && cmp -s "$file" "$original"; then
      ln -f "$original" "$file"
      linked=$((linked + 1))
    fi
  done < <(find "$stage/$other" -type f -print0)
done
echo "gpu-bundle: $linked files linked to their copies in dreamer/"

cp -r "$root/compositions" "$stage/compositions"
mkdir -p "$stage/scripts"
cp "$root/scripts/gpu-check.sh" "$stage/scripts/"
if [ -d "$root/scripts/pytorch" ]; then
  cp -r "$root/scripts/pytorch" "$stage/scripts/pytorch"
else
  echo "gpu-bundle: warning: scripts/pytorch/ is missing; gpu-check.sh will skip the PyTorch comparison" >&2
fi
git -C "$root" rev-parse HEAD > "$stage/COMMIT" 2>/dev/null || echo unknown > "$stage/COMMIT"

echo "gpu-bundle: packing $(du -sh --apparent-size "$stage" | cut -f1) (du: each hard-linked file once)"
tar -C "$work" -cf - dreamer-gpu | xz -9 -T2 > "$archive.partial"
mv "$archive.partial" "$archive"
size=$(stat -c %s "$archive")
echo "gpu-bundle: $archive: $size bytes ($((size / 1024 / 1024)) MiB)"
if [ "$remove_folder" = true ]; then rm -rf "$stage"; fi
if [ "$size" -ge "$limit_bytes" ]; then
  echo "gpu-bundle: the archive is over 64 MiB, more than the device tool carries" >&2
  exit 1
fi
