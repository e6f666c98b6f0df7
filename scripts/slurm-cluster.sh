#!/usr/bin/env bash
# A throw-away one-node Slurm cluster on loopback, for testing `dreamer matrix run --backend slurm`.
#   slurm-cluster.sh install      installs Debian's slurm-wlm and munge if missing (needs root and apt)
#   slurm-cluster.sh start DIR    starts munged, slurmctld and slurmd with all state in DIR; waits until the node is idle;
#                                 writes DIR/env (source it: it sets SLURM_CONF for sbatch, squeue, sinfo)
#   slurm-cluster.sh stop DIR     stops exactly the daemons that `start DIR` started (by their PIDs)
# The daemons' output goes to files in DIR, never to the caller's pipes (so callers that read our output do not hang).
# No cgroups, no accounting: ProctrackType=proctrack/linuxproc, TaskPlugin=task/none, SelectType=select/cons_tres.
# Requeues are quick for tests: cred_expire=10 (a requeued job waits this long, 120 s by default) and the scheduler
# runs every 2 s (sched_interval, bf_interval), so a requeued task starts again about 11 s later.
set -euo pipefail

install() {
  if command -v sbatch >/dev/null && command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then echo "slurm-cluster: slurm-wlm and munge are missing and installing them needs root" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq slurm-wlm munge >/dev/null
}

start() {
  local dir=$1
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  chmod 700 "$dir"
  mkdir -p "$dir/munge" "$dir/ctld" "$dir/spool"
  chmod 700 "$dir/munge"
  dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
  chmod 400 "$dir/munge/munge.key"
  munged --foreground --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.sock" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed" \
    < /dev/null >> "$dir/munged.out" 2>&1 &
  echo $! > "$dir/munged.pid"

  local host port node
  host=$(hostname -s)
  port=$(( 20000 + RANDOM % 20000 ))
  # The node line as slurmd sees this machine (CPUs, sockets, cores, memory), reached on loopback.
  node=$(slurmd -C | head -1)
  cat > "$dir/slurm.conf" <<CONF
ClusterName=dreamer-test
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$(( port + 1 ))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.sock,cred_expire=10
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=2,bf_interval=2
SwitchType=switch/none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
StateSaveLocation=$dir/ctld
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.daemon.pid
SlurmdPidFile=$dir/slurmd.daemon.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  echo "export SLURM_CONF=$dir/slurm.conf" > "$dir/env"
  export SLURM_CONF=$dir/slurm.conf
  for _ in $(seq 50); do [ -S "$dir/munge/munge.sock" ] && break; sleep 0.1; done
  slurmctld -D -i -f "$SLURM_CONF" < /dev/null >> "$dir/slurmctld.out" 2>&1 &
  echo $! > "$dir/slurmctld.pid"
  slurmd -D -f "$SLURM_CONF" -N "$host" < /dev/null >> "$dir/slurmd.out" 2>&1 &
  echo $! > "$dir/slurmd.pid"
  for _ in $(seq 120); do
    if sinfo -h -o %t 2>/dev/null | grep -qx idle; then echo "slurm-cluster: node $host idle (SLURM_CONF=$SLURM_CONF)"; return 0; fi
    sleep 0.5
  done
  echo "slurm-cluster: the node did not become idle within 60 s" >&2
  sinfo >&2 || true
  tail -n 20 "$dir/slurmctld.log" "$dir/slurmd.log" "$dir/slurmctld.out" "$dir/slurmd.out" >&2 || true
  exit 1
}

stop() {
  local dir=$1 name pid
  for name in slurmd slurmctld munged; do
    [ -f "$dir/$name.pid" ] || continue
    pid=$(cat "$dir/$name.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/$name.pid"
  done
}

case "${1:-}" in
  install) install ;;
  start) start "${2:?state folder}" ;;
  stop) stop "${2:?state folder}" ;;
  *) echo "usage: $0 install | start DIR | stop DIR" >&2; exit 2 ;;
esac
