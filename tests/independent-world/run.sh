#!/usr/bin/env bash
# The channel model on the independent world (generate.py): generates each history, trains the default model (auto)
# with no cost of collector time, as the suite's regret table does, and prints the truth's verdict as a table, with the
# tree ceiling (what the features reveal: `recommender ceiling --data DIR` of the benchmarks).
# Usage: tests/independent-world/run.sh [OUT_DIR]   (CUSTOMERS=12000 for about 85,000 episodes; about 2 minutes at 3,000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-${TMPDIR:-/tmp}/collections-insight-independent}
customers=${CUSTOMERS:-3000}
mkdir -p "$out"
dotnet build -c Release "$here/../../src/CollectionsInsight.Cli" -o "$out/cli" > "$out/build.txt"
dotnet build -c Release "$here/../CollectionsInsight.Benchmarks" -o "$out/benchmarks" >> "$out/build.txt"
cli=(dotnet "$out/cli/collections-insight.dll")
echo "| variant | seed | customers | episodes | model | oracle | best single channel | tree ceiling | normalised regret | auto chose |"
echo "|---|---|---|---|---|---|---|---|---|---|"
book=""
for run in "base 3" "base 5" "base 8" "strong-confounding 3" "simple 3"; do
  read -r variant seed <<< "$run"
  data="$out/$variant-$seed-$customers"
  python3 "$here/generate.py" --out "$data" --customers "$customers" --seed "$seed" --variant "$variant" 2> "$data.generate.txt"
  "${cli[@]}" train --data "$data" --model "$data.model.json" --cost-weight 0 > "$data.train.txt"
  "${cli[@]}" evaluate --data "$data" --truth "$data/ground_truth.csv" --model "$data.model.json" > "$data.evaluate.txt"
  value() { grep -F "$1" "$data.evaluate.txt" | grep -o '[0-9.]\+ *%\?' | tail -1 | tr -d ' '; }
  best=$(printf '%s\n' "$(value 'always phone')" "$(value 'always email')" "$(value 'always both')" | sort -r | head -1)
  episodes=$(grep -o '^Episodes: [0-9]*' "$data.train.txt" | grep -o '[0-9]*')
  chose=$(grep -o '^Channel model: [a-z]*' "$data.train.txt" | cut -d' ' -f3)
  ceiling=$(dotnet "$out/benchmarks/CollectionsInsight.Benchmarks.dll" recommender ceiling --data "$data" | grep -o 'trees=[0-9.]*' | cut -d= -f2)
  worlds=$(dotnet "$out/benchmarks/CollectionsInsight.Benchmarks.dll" worlds --data "$data")
  book+=$([ -z "$book" ] && echo "$worlds" || echo "$worlds" | tail -1)$'\n'
  echo "| $variant | $seed | $customers | $episodes | $(value 'model recommendations') | $(value 'oracle (') | $best | $ceiling | $(value 'normalised regret') | $chose |"
done
echo
echo "The truth and the book (\`worlds --data DIR\`: mean true probabilities, the oracle's gain over the best single channel, DSO, share of paid invoices paid late, median days beyond terms):"
printf '%s' "$book"
