#!/usr/bin/env bash
# Fills HUBLENS_DATA_DIR with a judged session for demos and screenshots of the Dashboard: 12 prompts answered by three
# endpoints of the loopback test server, rated and compared pairwise by two reviewers who mostly agree.
# Usage: HUBLENS_DATA_DIR=DIR tests/support/demo-session.sh BUILD_DIR SERVER_URL [SESSION]
set -euo pipefail
build="$1"
url="$2"
session="${3:-Support summaries}"
hl() { "$build/hublens" "$@" > /dev/null; }
endpoints=(together fireworks r1)
for name in "${endpoints[@]}"; do
    hl endpoints add "$name" --kind openai --url "$url/demo/$name/v1" --model "demo/$name-model"
done
prompts=("What is deep learning? Answer in two sentences."
    "Summarise the ticket: the customer cannot log in after a password reset."
    "Write a haiku about GPUs." "Explain attention in one paragraph."
    "Summarise: the invoice was charged twice and the customer wants a refund."
    "Give three tips for writing a good bug report." "What is a vector database?"
    "Summarise: the app crashes when the user uploads a photo larger than 10 MB."
    "Explain the difference between latency and throughput." "Write a polite reply declining a meeting."
    "Summarise: the delivery arrived late and the box was damaged." "What does RLHF stand for?")
for prompt in "${prompts[@]}"; do
    hl compare --endpoint together --endpoint fireworks --endpoint r1 --prompt "$prompt" --session "$session" || true
done
# Runs are numbered in the order they were saved: prompt p has runs 3p+1 (together), 3p+2 (fireworks), 3p+3 (r1).
ratings_sam=(4 3 2 5 4 2 4 4 3 3 3 1 5 4 3 4 3 2 4 4 2 5 3 2 4 3 3 4 4 2 5 3 3 4 4 2)
ratings_ana=(4 3 3 5 3 2 4 4 2 3 3 2 5 4 3 4 4 2 4 3 2 4 3 2 4 3 3 4 4 3 5 3 2 4 4 2)
for i in "${!ratings_sam[@]}"; do
    run=$((i + 1))
    labels=()
    [ "${ratings_sam[$i]}" -le 2 ] && labels=(--label "too long")
    [ "${ratings_sam[$i]}" -ge 5 ] && labels=(--label "concise")
    hl judge "$session" --reviewer Sam --run "$run" --rating "${ratings_sam[$i]}" "${labels[@]}"
    labels=()
    [ "${ratings_ana[$i]}" -le 2 ] && labels=(--label "too long")
    [ "${ratings_ana[$i]}" -eq 1 ] && labels+=(--label "wrong")
    hl judge "$session" --reviewer Ana --run "$run" --rating "${ratings_ana[$i]}" "${labels[@]}"
done
# Pairwise: together beats r1 on most prompts, fireworks is close to together.
outcomes_sam=(a a b  a a a  b a tie  a tie a  a a a  tie a b  a a a  b a a  a b a  a a tie  b a a  a a a)
outcomes_ana=(a a b  a a a  b a a    a tie a  a a a  tie a b  b a a  b a a  a b a  a a tie  b a a  a a both-bad)
for p in $(seq 0 11); do
    t=$((3 * p + 1)); f=$((3 * p + 2)); r=$((3 * p + 3))
    pairs=("$t $f" "$t $r" "$f $r")
    for k in 0 1 2; do
        idx=$((3 * p + k))
        hl judge "$session" --reviewer Sam --pair ${pairs[$k]} --outcome "${outcomes_sam[$idx]}"
        hl judge "$session" --reviewer Ana --pair ${pairs[$k]} --outcome "${outcomes_ana[$idx]}"
    done
done
hl sessions criteria "$session" --add "mean_rating >= 3.5"
hl sessions criteria "$session" --add "p95_latency_ms <= 3000"
hl sessions criteria "$session" --add "win_rate >= 50" --baseline r1
hl decide "$session" --author Sam --text "Shortlist together and fireworks; r1 is too slow" --evidence run:1 \
    --evidence chart:leaderboard
