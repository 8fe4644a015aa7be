# bash completion for campaignctl                                        -*- shell-script -*-
# Sub-commands, their options and the values they take; profile names come from `campaignctl profiles list
# --json`. tests/package/completion-test.sh checks that every option a command's --help lists is offered here.

# The profile names, one a line, read from the JSON array `profiles list --json` prints (compact, one line).
_campaignctl_profiles() {
    local ctl="$1" config="$2" json
    if [[ -n $config ]]; then
        json="$(command "$ctl" profiles list --json --config "$config" 2>/dev/null)" || return 0
    else
        json="$(command "$ctl" profiles list --json 2>/dev/null)" || return 0
    fi
    # Names may hold spaces; a name with a double quote in it is left out rather than cut short.
    grep -o '"name":"[^"\\]*"' <<<"$json" | sed -e 's/^"name":"//' -e 's/"$//'
}

# COMPREPLY from a newline-separated list of words that start with the current word, quoted for the shell.
_campaignctl_reply_lines() {
    local cur="$1" line
    COMPREPLY=()
    while IFS= read -r line; do
        [[ -n $line && $line == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$line")")
    done
}

_campaignctl() {
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev=""
    ((COMP_CWORD > 0)) && prev="${COMP_WORDS[COMP_CWORD - 1]}"

    local global="--help --help-all --version --profile --demo --lang --log-level --json --config"
    local commands="profiles campaigns doctor health login whoami logout watch"
    local campaign_fields="--name --status --channel --budget --currency --start-date --end-date --audience-size
                          --sent-count --open-count --click-count"

    # The command and its action are the first two words that are neither options nor option values.
    local command="" action="" config="" i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        case "$word" in
        --config) config="${COMP_WORDS[i + 1]}" ;&
        --profile | --lang | --log-level | --name | --url | --anon-key | --environment | --color | --auth | \
            --provider | --client-id | --issuer | --scopes | --email-url | --status | --channel | --budget | \
            --currency | --start-date | --end-date | --audience-size | --sent-count | --open-count | \
            --click-count | --search | --limit | --timeout | --interval | --rounds | --event | --filter | \
            --max-events)
            ((i++)) ;;
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command="$word"
            elif [[ -z $action ]]; then
                action="$word"
            fi
            ;;
        esac
    done

    case "$prev" in
    --profile)
        _campaignctl_reply_lines "$cur" < <(_campaignctl_profiles "${COMP_WORDS[0]}" "$config")
        return 0
        ;;
    --config)
        COMPREPLY=($(compgen -f -- "$cur"))
        return 0
        ;;
    --lang) COMPREPLY=($(compgen -W "en de fr" -- "$cur")); return 0 ;;
    --log-level) COMPREPLY=($(compgen -W "debug info warning critical" -- "$cur")); return 0 ;;
    --status) COMPREPLY=($(compgen -W "draft scheduled active paused completed archived" -- "$cur")); return 0 ;;
    --channel) COMPREPLY=($(compgen -W "email social ads" -- "$cur")); return 0 ;;
    --environment) COMPREPLY=($(compgen -W "production staging local" -- "$cur")); return 0 ;;
    --auth) COMPREPLY=($(compgen -W "supabase oidc" -- "$cur")); return 0 ;;
    --event) COMPREPLY=($(compgen -W "INSERT UPDATE DELETE" -- "$cur")); return 0 ;; # "*" (all) is the default
    --name | --url | --anon-key | --color | --provider | --client-id | --issuer | --scopes | --email-url | \
        --budget | --currency | --start-date | --end-date | --audience-size | --sent-count | --open-count | \
        --click-count | --search | --limit | --timeout | --interval | --rounds | --filter | --max-events)
        return 0 # a value the user types
        ;;
    esac

    local words=""
    case "$command" in
    "") words="$commands" ;;
    profiles)
        case "$action" in
        "") words="list add remove" ;;
        add) words="--name --url --anon-key --environment --color --auth --provider --client-id --issuer --scopes
                    --email-url --current" ;;
        remove)
            if [[ $cur != -* ]]; then
                _campaignctl_reply_lines "$cur" < <(_campaignctl_profiles "${COMP_WORDS[0]}" "$config")
                return 0
            fi
            ;;
        esac
        ;;
    campaigns)
        case "$action" in
        "") words="list show create update delete sync" ;;
        list) words="--status --channel --search --limit" ;;
        create | update) words="$campaign_fields" ;;
        sync) words="--all" ;;
        esac
        ;;
    doctor) words="--timeout" ;;
    health) words="--watch --interval --rounds --timeout" ;;
    login) words="--no-browser" ;;
    watch) words="--event --filter --max-events" ;;
    esac

    # Options when the word starts with "-" (or the command takes nothing else), and always the global ones then.
    [[ $cur == -* ]] && words="$words $global"
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}

complete -F _campaignctl campaignctl
