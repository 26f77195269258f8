# Sourced by the bench scripts. wait_ready URL PID LOG: returns once the SPARQL endpoint URL answers
# ASK {}; exits 1 with the server's LOG when the server (PID) died first.
wait_ready() {
  until curl -sf -o /dev/null -G "$1" --data-urlencode 'query=ASK {}'; do
    kill -0 "$2" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep 0.05
  done
}
