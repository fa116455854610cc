#!/usr/bin/env bash
# Regenerates the README screenshots from the real application against the loopback test server, under Xvfb:
#   resources/screenshots/explore-models.png        models list with a card open (1280x800)
#   resources/screenshots/explore-models-2x.png     the same at QT_SCALE_FACTOR=2
#   resources/screenshots/explore-dataset.png       a dataset's row preview
#   resources/screenshots/compare.png               Compare: two columns streamed, one failing (and -2x)
#   resources/screenshots/review.png                Review: a blind pairwise judgment, just revealed (and -2x)
#   resources/screenshots/sessions.png              Sessions: the list, criteria with their verdicts (and -2x)
#   resources/screenshots/dashboard.png             the Dashboard on a judged session, and scrolled (-charts) (and -2x)
#   resources/screenshots/batch.png                 a resumed batch's progress strip above Compare (and -2x)
#   resources/screenshots/candidate-grid.png        the candidate grid: five models, one missing (and -2x)
# Usage: tests/support/screenshots.sh [BUILD_DIR]   (after installer/bootstrap.sh build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build}"
out="$here/resources/screenshots"
mkdir -p "$out"

need=()
command -v xwd >/dev/null || need+=(x11-apps)
[ -x /usr/bin/convert ] || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
if ((${#need[@]})); then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

rm -f /tmp/hublens-shots-server.txt
"$build/tests/support/hublens-testserver" --port 0 --models 2000 --datasets 300 > /tmp/hublens-shots-server.txt &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q '^http' /tmp/hublens-shots-server.txt 2>/dev/null && break; sleep 0.1; done
url="$(head -1 /tmp/hublens-shots-server.txt)"
[ -n "$url" ] || { echo "the test server did not start" >&2; exit 1; }
export HF_ENDPOINT="$url" HUBLENS_DATASETS_SERVER="$url" HUBLENS_SECRETS_FILE_ONLY=1

# shoot SCALE FILE [xdotool steps…]: starts HubLens on a fresh data dir, runs the steps, captures the screen.
shoot() {
    local scale="$1" file="$2"
    shift 2
    HUBLENS_DATA_DIR="${SHOT_DATA_DIR:-$(mktemp -d)}" XDG_CONFIG_HOME="$(mktemp -d)" QT_SCALE_FACTOR="$scale" xvfb-run -a -s "-screen 0 $((1280 * scale))x$((800 * scale))x24" \
        bash -c '
            "$0" & app=$!
            sleep 4
            for step in "${@:2}"; do eval "$step"; sleep 1.5; done
            xwd -root -silent | /usr/bin/convert xwd:- "$1"
            kill $app' "$build/hublens" "$file" "$@"
}

shoot 1 "$out/explore-models.png"
shoot 2 "$out/explore-models-2x.png"
# Datasets tab, first dataset, then its Preview tab (positions at 1280x800, scale 1).
shoot 1 "$out/explore-dataset.png" \
    "xdotool mousemove 292 41 click 1" \
    "xdotool mousemove 240 126 click 1" \
    "sleep 1.5; xdotool mousemove 843 187 click 1"
# Compare: demo endpoints of the loopback server, one answering an error; the page opens with two columns (the first
# two of them). A click on the rail opens it.
for scale in 1 2; do
    SHOT_DATA_DIR="$(mktemp -d)"
    export SHOT_DATA_DIR
    for name in fireworks r1 failing; do
        HUBLENS_DATA_DIR="$SHOT_DATA_DIR" "$build/hublens" endpoints add "$name" --kind openai \
            --url "$url/demo/$name/v1" --model "demo/$name-model" > /dev/null
    done
    file="$out/compare.png"
    [ "$scale" = 2 ] && file="$out/compare-2x.png"
    shoot "$scale" "$file" \
        "xdotool mousemove $((60 * scale)) $((84 * scale)) click 1" \
        "xdotool type --delay 20 'What is deep learning? Answer in two sentences.'" \
        "xdotool key ctrl+Return; sleep 4"
    unset SHOT_DATA_DIR
done
# Review and Sessions: four prompts answered by three demo endpoints (through the command line), criteria and a
# decision; then the reviewer names themselves, judges the first pair blind with "A", and the identities show.
for scale in 1 2; do
    SHOT_DATA_DIR="$(mktemp -d)"
    export SHOT_DATA_DIR
    hl() { HUBLENS_DATA_DIR="$SHOT_DATA_DIR" "$build/hublens" "$@" > /dev/null; }
    for name in together fireworks r1; do
        hl endpoints add "$name" --kind openai --url "$url/demo/$name/v1" --model "demo/$name-model"
    done
    for prompt in "What is deep learning? Answer in two sentences." \
        "Summarise the ticket: the customer cannot log in after a password reset." \
        "Write a haiku about GPUs." "Explain attention in one paragraph."; do
        hl compare --endpoint together --endpoint fireworks --endpoint r1 --prompt "$prompt" \
            --session "Support summaries" || true
    done
    hl judge "Support summaries" --reviewer Sam --run 1 --rating 4
    hl judge "Support summaries" --reviewer Sam --run 2 --rating 3
    hl judge "Support summaries" --reviewer Sam --pair 1 2 --outcome a
    hl sessions criteria "Support summaries" --add "mean_rating >= 3.5"
    hl sessions criteria "Support summaries" --add "p95_latency_ms <= 3000"
    hl decide "Support summaries" --author Sam --text "Shortlist together and fireworks; r1 is too slow" \
        --evidence run:1
    suffix=""
    [ "$scale" = 2 ] && suffix="-2x"
    shoot "$scale" "$out/review$suffix.png" \
        "xdotool mousemove $((60 * scale)) $((128 * scale)) click 1" \
        "xdotool type --delay 40 Ana; xdotool key Return" \
        "xdotool key a"
    shoot "$scale" "$out/sessions$suffix.png" \
        "xdotool mousemove $((60 * scale)) $((216 * scale)) click 1; sleep 1"
    unset SHOT_DATA_DIR
done
# The Dashboard on a session two reviewers judged (tests/support/demo-session.sh), at the top and scrolled to the
# heatmap and the rating distribution.
for scale in 1 2; do
    SHOT_DATA_DIR="$(mktemp -d)"
    export SHOT_DATA_DIR
    HUBLENS_DATA_DIR="$SHOT_DATA_DIR" "$here/tests/support/demo-session.sh" "$build" "$url"
    suffix=""
    [ "$scale" = 2 ] && suffix="-2x"
    shoot "$scale" "$out/dashboard$suffix.png" \
        "xdotool mousemove $((60 * scale)) $((172 * scale)) click 1; sleep 2"
    shoot "$scale" "$out/dashboard-charts$suffix.png" \
        "xdotool mousemove $((60 * scale)) $((172 * scale)) click 1; sleep 2" \
        "xdotool mousemove $((700 * scale)) $((500 * scale)); for i in 1 2 3 4 5 6; do xdotool click 5; done"
    unset SHOT_DATA_DIR
done
# Batch: a batch of 60 prompts x 3 endpoints killed after a few seconds, reopened from Sessions (Continue in Compare),
# where a banner offers to resume it; resumed, its progress strip runs above Compare.
for scale in 1 2; do
    SHOT_DATA_DIR="$(mktemp -d)"
    export SHOT_DATA_DIR
    for name in together fireworks r1; do
        HUBLENS_DATA_DIR="$SHOT_DATA_DIR" "$build/hublens" endpoints add "$name" --kind openai \
            --url "$url/demo/$name/v1" --model "demo/$name-model" > /dev/null
    done
    for i in $(seq 0 59); do
        printf '{"id": %d, "text": "The customer writes about ticket %d: the app crashes when uploading a large photo."}\n' \
            "$i" "$i"
    done > "$SHOT_DATA_DIR/tickets.jsonl"
    HUBLENS_DATA_DIR="$SHOT_DATA_DIR" "$build/hublens" batch --session "Ticket summaries" --endpoint together \
        --endpoint fireworks --endpoint r1 --prompts "$SHOT_DATA_DIR/tickets.jsonl" \
        --template 'Summarise in one sentence: {{text}}' --concurrency 4 > /dev/null 2>&1 &
    batch=$!
    sleep 6
    kill -9 "$batch" 2>/dev/null || true
    wait "$batch" 2>/dev/null || true
    suffix=""
    [ "$scale" = 2 ] && suffix="-2x"
    shoot "$scale" "$out/batch$suffix.png" \
        "xdotool mousemove $((60 * scale)) $((216 * scale)) click 1" \
        "xdotool mousemove $((940 * scale)) $((85 * scale)) click 1" \
        "xdotool mousemove $((980 * scale)) $((48 * scale)) click 1; sleep 4"
    unset SHOT_DATA_DIR
done
# Candidate grid: five candidates (a gated model and a generated chat model with router prices, bert, a generated
# GGUF model, a missing one) and the loopback router as the hf-router endpoint; Ctrl+Shift+G opens the grid.
for scale in 1 2; do
    SHOT_DATA_DIR="$(mktemp -d)"
    export SHOT_DATA_DIR
    HUBLENS_DATA_DIR="$SHOT_DATA_DIR" "$build/hublens" endpoints add router --kind hf-router --url "$url/v1" > /dev/null
    for id in meta-llama/Llama-3.1-8B-Instruct google-bert/bert-base-uncased org-0/chat-llama-1b-v0 \
        org-1/tiny-llama-2b-v1 hublens-demo/missing-model; do
        sqlite3 "$SHOT_DATA_DIR/hublens.sqlite3" \
            "INSERT INTO candidates (repo_type, repo_id, added_at) VALUES ('model', '$id', '2025-01-01T00:00:00Z')"
    done
    suffix=""
    [ "$scale" = 2 ] && suffix="-2x"
    shoot "$scale" "$out/candidate-grid$suffix.png" \
        "xdotool mousemove $((640 * scale)) $((400 * scale)) click 1; xdotool key ctrl+shift+g; sleep 3"
    unset SHOT_DATA_DIR
done
echo "screenshots written to $out"
