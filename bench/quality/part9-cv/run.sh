#!/bin/bash
# usage: run.sh <cv view: family|template|payload> <how> <seeds...>
cd "$(git rev-parse --show-toplevel)"
view=$1; how=$2; shift 2
for s in "$@"; do
  cvenv=""; [ "$view" != family ] && cvenv="AIRS_TRAIN_CV=$view"
  out=$(env $cvenv AIRS_TRAIN_SEED=$s AIRS_TRAIN_HEADS=content AIRS_TRAIN_EXTRA=gen_train_task9:$how ${EXTRA_ENV} dotnet run --no-build --project bench/Airs.Quality -c Release -- train-injection 2>&1)
  ex=$(echo "$out" | grep "^content extra:" | sed 's/content extra: //')
  fam=$(echo "$out" | grep "^content extra base by family:" | sed 's/.*: //')
  ti=$(echo "$fam" | grep -o "task-injection [0-9]*/[0-9]*")
  thr=$(echo "$out" | grep -o '"threshold":[0-9.]*')
  echo -e "$view\t$how\t$s\t$ex\t$ti\t$thr\t$fam"
done
