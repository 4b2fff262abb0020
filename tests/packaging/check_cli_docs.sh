#!/usr/bin/env bash
# The CLI's man page and shell completions (bash, zsh, fish) against its own --help: every command and every long
# option that --help lists is in each, and no completion offers what --help does not list. Exit codes are in the man
# page.
# Usage: check_cli_docs.sh CLI MAN_PAGE.gz COMPLETIONS_DIR
set -euo pipefail
cli=$1 man=$2 completions=$3
completion=$completions/compliance-desk-cli
help=$(QT_QPA_PLATFORM=offscreen "$cli" --help)
page=$(zcat "$man" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\,//g' -e 's/\\\///g')
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u)
options=$(sed -n '/^Options:/,/^$/p' <<<"$help" | grep -o -- '--[a-z][a-z-]*' | sort -u)
offered_commands=$(sed -n '/local commands="/,/"/p' "$completion" | tr -d '"' | sed 's/local commands=//' | tr ' ' '\n' | sed '/^$/d' | sort -u)
offered_options=$(sed -n '/local options="/,/"/p' "$completion" | tr -d '"' | sed 's/local options=//' | tr ' ' '\n' | sed '/^$/d' | sort -u)
status=0
[ -n "$commands" ] && [ -n "$options" ] || { echo "no commands or options read from --help" >&2; exit 1; }
if [ "$commands" != "$offered_commands" ]; then
    echo "the completion's commands differ from --help:" >&2
    diff <(echo "$commands") <(echo "$offered_commands") >&2 || true
    status=1
fi
if [ "$options" != "$offered_options" ]; then
    echo "the completion's options differ from --help:" >&2
    diff <(echo "$options") <(echo "$offered_options") >&2 || true
    status=1
fi
# zsh: the commands=(…) list and the options of _arguments; fish: `set -l commands …` and each -l option.
zsh_commands=$(sed -n '/^commands=(/,/)/p' "$completions/_compliance-desk-cli" | tr -d '()' | sed 's/commands=//' | tr ' ' '\n' | sed '/^$/d' | sort -u)
zsh_options=$(grep -o -- "--[a-z][a-z-]*" "$completions/_compliance-desk-cli" | sort -u)
fish_commands=$(sed -n 's/^set -l commands //p' "$completions/compliance-desk-cli.fish" | tr ' ' '\n' | sed '/^$/d' | sort -u)
fish_options=$(grep "^complete" "$completions/compliance-desk-cli.fish" | grep -o -- " -l [a-z][a-z-]*" | sed 's/ -l /--/' | sort -u)
for shell in zsh fish; do
    shell_commands_var="${shell}_commands" shell_options_var="${shell}_options"
    if [ "$commands" != "${!shell_commands_var}" ] || [ "$options" != "${!shell_options_var}" ]; then
        echo "the $shell completion differs from --help:" >&2
        diff <(echo "$commands"; echo "$options") <(echo "${!shell_commands_var}"; echo "${!shell_options_var}") >&2 || true
        status=1
    fi
done
for word in $commands $options; do
    if ! grep -q -e "$word" <<<"$page"; then
        echo "the man page does not mention $word" >&2
        status=1
    fi
done
for code in 0 1 2 3 4 5 6 7; do
    if ! grep -qx "$code" <<<"$(sed -n "/Exit codes:/,\$p" <<<"$page")"; then
        echo "the man page does not list exit code $code" >&2
        status=1
    fi
done
exit $status
