# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_imctl_global_optspecs
    string join \n app= sdkappid= admin= region= endpoint= insecure-http key-file= key-stdin o/output= color= v/verbose q/quiet yes no-input dry-run sandbox timeout= ca-cert= h/help V/version
end

function __fish_imctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_imctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_imctl_using_subcommand
    set -l cmd (__fish_imctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c imctl -n "__fish_imctl_needs_command" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_needs_command" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_needs_command" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_needs_command" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_needs_command" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_needs_command" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_needs_command" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_needs_command" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_needs_command" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_needs_command" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_needs_command" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_needs_command" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_needs_command" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_needs_command" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_needs_command" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_needs_command" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_needs_command" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_needs_command" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "app" -d 'Local profiles, app statistics, server IP list, and a health check'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "account" -d 'Import, check, delete and inspect accounts'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "group" -d 'Manage groups, members and group messages'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "message" -d 'One-to-one messages: send, history, recall, modify, read marks, unread counts, import'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "friend" -d 'Friends, blocklists and friend lists (the relationship chain)'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "callback" -d 'Callback events, signatures, a local receiver and a trigger'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "usersig" -d 'Generate, verify and decode UserSigs locally (no network)'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "push-check" -d 'Offline-push self-check and user status checker for one user'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "push" -d 'Push to all users, or by tag or attribute; the attribute names, attributes and tags'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "logs" -d 'Query the local log of REST calls and callback events; download chat history'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "plan" -d 'Show what apply would change to make the app match a desired-state file'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "apply" -d 'Make the app match a desired-state file: accounts, profiles, groups, members'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "state" -d 'Export the current state of groups and accounts as a desired-state file'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "emulator" -d 'Run a local, stateful implementation of the REST API'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "globals" -d 'Show the global options every command accepts'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "completions" -d 'Print shell completions or the man page'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "migrate" -d 'Move accounts, profiles and messages from one app to another (import APIs)'
complete -c imctl -n "__fish_imctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "add" -d 'Save a profile (SDKAppID, region, admin, secret key)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "list" -d 'List saved profiles'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "use" -d 'Make a profile the default'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "show" -d 'Show a profile (key masked)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "remove" -d 'Delete a profile'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "stats" -d 'Monitoring dashboard from openconfigsvr/getappinfo'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "ip-list" -d 'Tencent\'s server IP list (ConfigSvc/GetIPList)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "doctor" -d 'Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "ids" -d 'The account\'s SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and not __fish_seen_subcommand_from add list use show remove stats ip-list doctor ids help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l force -d 'Old spelling of the global --yes (replace an existing profile); hidden for one release'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l days -d 'How many of the most recent days' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l from -d 'First day (YYYY-MM-DD or YYYYMMDD)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l to -d 'Last day (YYYY-MM-DD or YYYYMMDD)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l metric -d 'The figure --chart draws (a getappinfo field name)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l chart -d 'Draw the trend of one figure as a bar chart (the terminal\'s width, else $COLUMNS, else 80; ASCII unless the locale is UTF-8)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l ascii -d 'Draw the chart in plain ASCII whatever the locale'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l nettype -d 'Which list (a name or its number 0-6)' -r -f -a "all\t'0: every list'
sdk-cn\t'1: native SDK access inside the Chinese mainland'
sdk-intl\t'2: native SDK access outside the Chinese mainland'
web-cn\t'3: Web SDK access inside the Chinese mainland'
web-intl\t'4: Web SDK access outside the Chinese mainland'
callback-cn\t'5: callback egress addresses inside the Chinese mainland'
callback-intl\t'6: callback egress addresses outside the Chinese mainland'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ip-list" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l now -d 'Pretend the local clock reads this Unix time (tests of the clock check)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from doctor" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l secret-id-env -d 'Name of the environment variable holding the Cloud API SecretId (not the SecretId itself)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l secret-key-env -d 'Name of the environment variable holding the Cloud API SecretKey (not the key itself)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l cloud-endpoint -d 'Cloud API 3.0 endpoint (env IMCTL_CLOUD_ENDPOINT; default https://cim.tencentcloudapi.com); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from ids" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "add" -d 'Save a profile (SDKAppID, region, admin, secret key)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "list" -d 'List saved profiles'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (key masked)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Monitoring dashboard from openconfigsvr/getappinfo'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "ip-list" -d 'Tencent\'s server IP list (ConfigSvc/GetIPList)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "doctor" -d 'Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "ids" -d 'The account\'s SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)'
complete -c imctl -n "__fish_imctl_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "import" -d 'Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "delete" -d 'Delete accounts (asks first on a terminal; needs --yes otherwise)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "check" -d 'Check whether accounts are imported'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "kick" -d 'Invalidate a user\'s login state (their UserSig stops working)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "state" -d 'Online status (Online, PushOnline, Offline), optionally per platform'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "profile" -d 'Read or write profile fields'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "export" -d 'Export profiles to CSV or JSONL, like the console\'s export'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "mute" -d 'Global no-speaking: mute a user\'s one-to-one and/or group messages, or show it'
complete -c imctl -n "__fish_imctl_using_subcommand account; and not __fish_seen_subcommand_from import delete check kick state profile export mute help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l nick -d 'Nickname (overwrites the nickname of an account that exists)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l face-url -d 'Avatar URL (overwrites the avatar of an account that exists)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l ignore-missing -d 'An account that does not exist counts as deleted (like kubectl\'s --ignore-not-found)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from kick" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l detail -d 'Per-platform detail'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from state" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -f -a "get" -d 'Read profile fields (default: the current standard ones)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Write profile fields by friendly name or by tag'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from profile" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l field -d 'Field tags to export (default: the standard ones)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l out -d 'Write the export to this file (as FILE.partial until the run ends) instead of stdout' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l c2c -d 'Mute one-to-one messages for this long (seconds, 7d, forever, 0 to unmute)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l group -d 'Mute group messages for this long (seconds, 7d, forever, 0 to unmute)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l show -d 'Show the current setting instead'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from mute" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete accounts (asks first on a terminal; needs --yes otherwise)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check whether accounts are imported'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "kick" -d 'Invalidate a user\'s login state (their UserSig stops working)'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "state" -d 'Online status (Online, PushOnline, Offline), optionally per platform'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "profile" -d 'Read or write profile fields'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export profiles to CSV or JSONL, like the console\'s export'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "mute" -d 'Global no-speaking: mute a user\'s one-to-one and/or group messages, or show it'
complete -c imctl -n "__fish_imctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "list" -d 'List the app\'s groups, every page of get_appid_group_list (1 call a second)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "create" -d 'Create a group and print its GroupId'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "info" -d 'Show groups\' profiles and member counts (get_group_info, 50 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "modify" -d 'Change a group\'s name, introduction, notice, face, member limit, join option, mute-all'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "disband" -d 'Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "members" -d 'List, add, remove, promote and mute members; show roles and who is muted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "joined" -d 'The groups a user is in'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "transfer" -d 'Hand a group to another member'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "send" -d 'Send one text message to one or many groups'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "notify" -d 'Send a system notification to a group (all members, or --to)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "history" -d 'A group\'s messages, newest first (group_msg_get_simple, 20 a page), streamed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "recall" -d 'Recall group messages by MsgSeq (10 a request; each seq reported)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "purge" -d 'Silently recall one sender\'s messages among a group\'s newest 1,000 (asks first)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "modify-msg" -d 'Rewrite a stored group message\'s text, body or cloud data (openim/modify_group_msg)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "online" -d 'How many members of an AVChatRoom are online (--members: who)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "attr" -d 'A group\'s custom attributes: get, set, clear'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "counter" -d 'A group\'s counters: get, set (or increase, decrease), delete'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "import" -d 'Import groups from another system with their GroupId and CreateTime (import_group)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "import-msgs" -d 'Import a group\'s old messages with their send times, 7 a request (import_group_msg)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and not __fish_seen_subcommand_from list create info modify disband members joined transfer send notify history recall purge modify-msg online attr counter import import-msgs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l type -d 'Only groups of this type: Public, Private (Work), ChatRoom (Meeting), AVChatRoom, Community' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l page-size -d 'Groups a page (1-10000; default 10000)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l limit -d 'At most this many groups (pages are followed until there are N)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l all -d 'Follow every page (without it or --limit: the first page, and a note when more remain)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l name -d 'Group name (at most 30 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l type -d 'Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l owner -d 'Owner (an imported account; joins as Owner). No owner when left out' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l id -d 'Custom GroupId (printable ASCII, < 48 bytes, not starting @TGS#; Community: @TGS#_)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l intro -d 'Introduction (at most 240 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l notice -d 'Notice (at most 300 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l face-url -d 'Avatar URL (at most 100 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l max-members -d 'Maximum members (default: the edition\'s limit)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l apply-join-option -d 'FreeAccess, NeedPermission or DisableApply (not for Community)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l member -d 'Initial member (repeat; at most 100; not for AVChatRoom)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l members -d 'Include every member in the answer (JSON: MemberList)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l name -d 'New name (at most 30 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l intro -d 'Introduction (at most 240 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l notice -d 'Notice (at most 300 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l face-url -d 'Avatar URL (at most 100 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l max-members -d 'Maximum members (ignored for AVChatRoom)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l apply-join-option -d 'FreeAccess, NeedPermission or DisableApply' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l mute-all -d 'Mute every member but the owner and admins: on or off' -r -f -a "on\t''
off\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from disband" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "list" -d 'A group\'s members, 100 a page (--all: every page)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "add" -d 'Add members (USERID… or --file), 20 a request unless --batch-size says more'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "remove" -d 'Remove members (USERID… or --file), 100 a request'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "role" -d 'Show members\' roles, or make one an Admin or an ordinary Member again'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "mute" -d 'Mute members for a while (0 lifts the mute)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "muted" -d 'Muted members and until when (get_group_muted_account)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "ban" -d 'Ban users from an AVChatRoom for a while: out of the room, no rejoining'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "unban" -d 'Lift AVChatRoom bans'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "banned" -d 'Who is banned from an AVChatRoom and until when (get_group_ban_member)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "import" -d 'Import members with their join times, roles and unread counts (import_group_member)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from members" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l type -d 'Only groups of this type' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l limit -d 'At most this many groups' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l page-size -d 'Groups a request (1-5000; default: all in one answer)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from joined" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l owner -d 'The new owner (a member of the group)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l text -d 'The message text (the console takes 300 characters; the service 8 KB)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l from -d 'Sender (an imported account; default: the app admin)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l priority -d 'Priority: High, Normal or Low' -r -f -a "High\t''
Normal\t''
Low\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l push-title -d 'Offline push title (OfflinePushInfo.Title)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l push-desc -d 'Offline push text (OfflinePushInfo.Desc; default: the message text)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l push-ext -d 'Pass-through payload (OfflinePushInfo.Ext; a JSON string for every Android vendor)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l apns-sound -d 'iOS sound file (OfflinePushInfo.ApnsInfo.Sound)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l no-push -d 'No offline push at all (OfflinePushInfo.PushFlag 1)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l text -d 'The notification text' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l to -d 'Only these members (repeat; at most 500; default: every member)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from notify" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l from -d 'Only messages this user sent' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l since-seq -d 'Only messages with MsgSeq N or later (paging stops below it)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l until-seq -d 'Start at MsgSeq N and go older (ReqMsgSeq) [default: the newest]' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l limit -d 'At most this many messages (the newest; pages are followed until there are N)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l page-size -d 'Messages asked for per request (ReqMsgNumber, 1-20)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l all -d 'Follow every page (without it or --limit: the first page, and a note when more remain)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l with-recalled -d 'Include recalled messages (WithRecalledMsg 1: listed with IsPlaceMsg 2, no body)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from recall" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l sender -d 'Whose messages are recalled (Sender_Account)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l text -d 'A text message (TIMTextElem)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l custom -d 'A custom message (TIMCustomElem Data, usually JSON)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l body -d 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l cloud-data -d 'New CloudCustomData' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from modify-msg" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l members -d 'List the online members (the latest 1,000; 30 below the Ultimate edition) instead of counting them'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from online" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -f -a "get" -d 'A group\'s custom attributes (all, or the keys named)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -f -a "set" -d 'Add or overwrite attributes (--replace: these become the whole set)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -f -a "clear" -d 'Remove every attribute (asks first on a terminal, needs --yes otherwise)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from attr" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -f -a "get" -d 'A group\'s counters (all, or the keys named)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -f -a "set" -d 'Set counters, or add to / take from them with --mode'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -f -a "delete" -d 'Delete counters (all when no key is named; asks first, --yes off a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from counter" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -s f -l file -d 'JSONL, one group a line: GroupId, Type, Name [, Owner_Account, CreateTime, Introduction, Notification, FaceUrl, MaxMemberCount, ApplyJoinOption, AppDefinedData, SupportTopic] (docs/group-import.md)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l topic -d 'Import into this topic of a topic-enabled Community (TopicId)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -s f -l file -d 'JSONL, one message a line, oldest first: From_Account, SendTime, MsgBody [, Random] (docs/group-import.md)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l recent-contact -d 'Update the members\' conversation lists (RecentContactFlag 1; not for Community)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from import-msgs" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the app\'s groups, every page of get_appid_group_list (1 call a second)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group and print its GroupId'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show groups\' profiles and member counts (get_group_info, 50 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a group\'s name, introduction, notice, face, member limit, join option, mute-all'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "disband" -d 'Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "members" -d 'List, add, remove, promote and mute members; show roles and who is muted'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "joined" -d 'The groups a user is in'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Hand a group to another member'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send one text message to one or many groups'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "notify" -d 'Send a system notification to a group (all members, or --to)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "history" -d 'A group\'s messages, newest first (group_msg_get_simple, 20 a page), streamed'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "recall" -d 'Recall group messages by MsgSeq (10 a request; each seq reported)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Silently recall one sender\'s messages among a group\'s newest 1,000 (asks first)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "modify-msg" -d 'Rewrite a stored group message\'s text, body or cloud data (openim/modify_group_msg)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "online" -d 'How many members of an AVChatRoom are online (--members: who)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "attr" -d 'A group\'s custom attributes: get, set, clear'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "counter" -d 'A group\'s counters: get, set (or increase, decrease), delete'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import groups from another system with their GroupId and CreateTime (import_group)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "import-msgs" -d 'Import a group\'s old messages with their send times, 7 a request (import_group_msg)'
complete -c imctl -n "__fish_imctl_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "send" -d 'Send a message from one sender to one or many users (sendmsg / batchsendmsg)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "import" -d 'Import historic messages with their original times from JSONL (importmsg)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "history" -d 'Every message between two users (roaming history, all pages), newest last'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "recall" -d 'Recall messages by MsgKey (cannot be undone)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "modify" -d 'Rewrite a stored message\'s text, body or cloud data (cannot be undone)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "read" -d 'Mark a conversation read for one side'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "unread" -d 'Unread one-to-one message counts of a user, in total or per peer'
complete -c imctl -n "__fish_imctl_using_subcommand message; and not __fish_seen_subcommand_from send import history recall modify read unread help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l from -d 'Sender (an imported account; default: the app admin)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l to -d 'Recipient (repeatable)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l text -d 'A text message (TIMTextElem)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l custom -d 'A custom message (TIMCustomElem Data, usually JSON)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l body -d 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l cloud-data -d 'CloudCustomData of the message' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l lifetime -d 'Keep the message offline this long: 1h, 30m, 2d or seconds (at most 7d)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l push-title -d 'Offline push title (OfflinePushInfo.Title)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l push-desc -d 'Offline push text (OfflinePushInfo.Desc; default: the message text)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -s f -l file -l to-file -d 'Send to the UserIDs of this file (`-` for stdin): CSV headed UserID, JSONL, or one UserID a line' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l online-only -d 'Deliver only to recipients online now; keep nothing offline (MsgLifeTime 0)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l no-sync -d 'Do not sync the message to the sender\'s other devices (SyncOtherMachine 2)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -s f -l file -d 'JSONL, one message a line: From_Account, To_Account, MsgTimeStamp, MsgBody [, MsgRandom, MsgSeq, CloudCustomData, SyncFromOldSystem] (docs/output-message.md)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l realtime -d 'Import as real-time messages: unread and pushed (SyncFromOldSystem 5); default history: read, not pushed (2). A line\'s own SyncFromOldSystem wins'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l since -d 'From this time on: a duration ago (30m, 3d) or an RFC 3339 time or date [default: 7d]' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l until -d 'Up to this time (same forms as --since) [default: now]' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l limit -d 'At most this many messages (the newest)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l page-size -d 'Messages asked for per request (MaxCnt)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from recall" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l text -d 'A text message (TIMTextElem)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l custom -d 'A custom message (TIMCustomElem Data, usually JSON)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l body -d 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l cloud-data -d 'New CloudCustomData' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l until -d 'Read up to this time: a duration ago (30m, 3d) or an RFC 3339 time [default: now]' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from read" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l peer -d 'Count only the conversation with this user (repeatable)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from unread" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a message from one sender to one or many users (sendmsg / batchsendmsg)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import historic messages with their original times from JSONL (importmsg)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every message between two users (roaming history, all pages), newest last'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "recall" -d 'Recall messages by MsgKey (cannot be undone)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Rewrite a stored message\'s text, body or cloud data (cannot be undone)'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "read" -d 'Mark a conversation read for one side'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "unread" -d 'Unread one-to-one message counts of a user, in total or per peer'
complete -c imctl -n "__fish_imctl_using_subcommand message; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "add" -d 'Add friends of a user, both ways unless --one-way'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "import" -d 'Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "update" -d 'Change friends\' remark or friend lists (friend_update)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "remove" -d 'Remove some or all friends of a user (needs --yes off a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "check" -d 'The friend relation between a user and others, in words (friend_check)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "list" -d 'Every friend of a user with their friend fields (all pages of friend_get)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "get" -d 'Chosen friends with friend and profile fields (friend_get_list, 100 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "block" -d 'A user\'s blocklist: add, remove, list, check'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "group" -d 'A user\'s friend lists (the service calls them groups): add, remove, list'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and not __fish_seen_subcommand_from add import update remove check list get block group help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l remark -d 'The remark the user gives each peer (at most 96 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l group -d 'Put the peers in this friend list (created when missing)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l source -d 'The AddSource: AddSource_Type_ and 1 to 8 letters (default AddSource_Type_imctl)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l wording -d 'The words sent with the request (AddWording)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l one-way -d 'Only into the user\'s list (Add_Type_Single); default both ways'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l force-add -d 'Add without the peers\' approval (ForceAddFlags 1)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -s f -l file -d 'CSV with a header (From_Account,To_Account[,Remark,Group,AddTime,AddSource]; several lists in Group separated by |) or JSONL with the same keys (Group a string or an array)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l remark -d 'The new remark ("" clears it; at most 96 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l group -d 'The friend lists the friends are in from now on (repeat for several)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l no-group -d 'Take the friends out of every friend list'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l all -d 'Remove every friend of the user (friend_delete_all)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l both -d 'Both ways: the user also leaves each friend\'s list (Delete_Type_Both)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l one-way -d 'Only whether each peer is in the user\'s list (CheckResult_Type_Single)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l limit -d 'At most this many friends (pages are followed until there are N)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l tag -d 'A field to read: Tag_SNS_IM_*, Tag_SNS_Custom_*, Tag_Profile_IM_*, Tag_Profile_Custom_* (repeat for several; default Remark, Group, AddTime and Nick)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -s f -l file -d 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l checkpoint -d 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l failures -d 'Write the rows that failed here, in the input\'s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l concurrency -d 'Requests in flight at once, 1-256 (the rate limiter still paces them)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l batch-size -d 'Records per request (default and maximum: the documented limit of the command)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l delimiter -d 'Field separator of a CSV --file: , ; | or tab (default: ,)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l resume -d 'Continue an interrupted run of the same --file from its checkpoint'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -f -a "add" -d 'Blocklist peers for a user (ends any friendship between them, both ways)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -f -a "remove" -d 'Take peers off a user\'s blocklist'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -f -a "list" -d 'Everyone on a user\'s blocklist, with when they were added (all pages)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -f -a "check" -d 'Who has blocked whom, in words (black_list_check)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from block" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -f -a "add" -d 'Create friend lists, optionally putting friends in them'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Delete friend lists; the friends stay (needs --yes off a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -f -a "list" -d 'A user\'s friend lists with their sizes, or their members with --members'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add friends of a user, both ways unless --one-way'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change friends\' remark or friend lists (friend_update)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove some or all friends of a user (needs --yes off a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "check" -d 'The friend relation between a user and others, in words (friend_check)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every friend of a user with their friend fields (all pages of friend_get)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "get" -d 'Chosen friends with friend and profile fields (friend_get_list, 100 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "block" -d 'A user\'s blocklist: add, remove, list, check'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "group" -d 'A user\'s friend lists (the service calls them groups): add, remove, list'
complete -c imctl -n "__fish_imctl_using_subcommand friend; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "events" -d 'The callback events: when each is sent, what your answer can do, a sample body'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "check-url" -d 'Check a callback URL against the console\'s rules'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "sign" -d 'Compute the Sign the service adds to an authenticated callback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "verify" -d 'Check a received callback URL: Sign, RequestTime freshness and SdkAppid'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "listen" -d 'Receive callbacks locally: check each like a careful handler, answer, print and record it'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "trigger" -d 'Send a realistic, signed event to your handler and judge its answer like the service'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and not __fish_seen_subcommand_from events check-url sign verify listen trigger help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l previous -d 'The URL it replaces: adds the console\'s warning about ports that are prefixes of each other' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from check-url" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l token -d 'The console\'s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l token-file -d 'Read the token from this file (a trailing newline is ignored)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l time -d 'RequestTime as unix seconds (default: now)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l token -d 'The console\'s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l token-file -d 'Read the token from this file (a trailing newline is ignored)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l now -d 'Judge RequestTime\'s freshness at this unix time instead of now' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l listen -d 'Address to listen on (port 0 picks a free one; the URL is printed on stderr)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l token -d 'The console\'s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l token-file -d 'Read the token from this file (a trailing newline is ignored)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l respond -d 'What to answer to each accepted event (after-callbacks are always acknowledged)' -r -f -a "allow\t'{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}: the operation goes ahead'
reject\t'ErrorCode 1 to before-callbacks: the operation is refused (20006 for C2C, 10016 for groups)'
drop\t'ErrorCode 2 to before-send callbacks: the message is discarded, the sender sees success'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l forward-to -d 'Forward each accepted request (same query and body) to your handler and relay its answer; without an answer within 1500 ms the --respond answer is given instead' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l max-body -d 'Largest request body accepted (1048576, 512K, 1M; K and M are 1024-based); larger ones get HTTP 413, unread' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l duration -d 'Stop after this long (30s, 10m, 2h) [default: until Ctrl-C]' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l now -d 'Check RequestTime against this unix time instead of the clock (tests)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l url -d 'Your handler\'s URL (http or https), as entered in the console' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l token -d 'The console\'s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l token-file -d 'Read the token from this file (a trailing newline is ignored)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l set -d 'Override a top-level field of the body; VALUE is taken as JSON when it parses, else as a string (repeatable)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l file -d 'Send the JSON in this file (`-`: standard input) instead of the event\'s sample body' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l client-ip -d 'ClientIP in the query string' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l opt-platform -d 'OptPlatform in the query string (RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l timeout-ms -d 'Stop waiting for the answer after this many milliseconds (the service waits 2000)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from trigger" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "events" -d 'The callback events: when each is sent, what your answer can do, a sample body'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "check-url" -d 'Check a callback URL against the console\'s rules'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Compute the Sign the service adds to an authenticated callback'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a received callback URL: Sign, RequestTime freshness and SdkAppid'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive callbacks locally: check each like a careful handler, answer, print and record it'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "trigger" -d 'Send a realistic, signed event to your handler and judge its answer like the service'
complete -c imctl -n "__fish_imctl_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -f -a "gen" -d 'Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -f -a "verify" -d 'Verify a UserSig like the console\'s verification tool'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -f -a "decode" -d 'Show what is inside a UserSig (no key needed)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and not __fish_seen_subcommand_from gen verify decode help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s u -l user -d 'UserID to sign for (at most 32 bytes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l expire -d 'Validity: seconds, or with a unit: 180d, 12h, 30m, 90s (default 180d)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l time -d 'Issue time as unix seconds (default: now), for reproducible output' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l room-id -d 'Numeric TRTC room ID: makes a PrivateMapKey' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l str-room-id -d 'String TRTC room ID: makes a PrivateMapKey' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l privilege -d 'Room privileges: a number 0-255, or names joined by commas: create, enter, send-audio, recv-audio, send-video, recv-video, send-sub, recv-sub, all (default all)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l file -d 'Sign every UserID in this file (one a line, `-` for stdin); writes JSONL in input order' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l compat -d 'Reproduce this official library\'s exact bytes. Every verifier accepts both; `python` is about 25% shorter, `go` several times faster to make' -r -f -a "go\t'tls-sig-api-v2-golang: compact JSON, stored zlib blocks'
python\t'tls-sig-api-v2-python: json.dumps layout, zlib level 6'"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s u -l user -d 'The UserID the UserSig should be for' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l sig -d 'The UserSig, or `-` to read it from standard input' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l now -d 'Judge expiry at this unix time instead of now' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l room-id -d 'Expect a PrivateMapKey for this numeric room' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l str-room-id -d 'Expect a PrivateMapKey for this string room' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l privilege -d 'With --room-id/--str-room-id: also require these privileges' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l userbuf -d 'Expect exactly this raw userbuf (standard base64)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l public-key-file -d 'Verify a legacy v1 (ECDSA) UserSig with the app\'s public key (PEM)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "gen" -d 'Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a UserSig like the console\'s verification tool'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Show what is inside a UserSig (no key needed)'
complete -c imctl -n "__fish_imctl_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l from -d 'Sender of the test message (default: the app admin)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l text -d 'Text of the test message' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l push-title -d 'Notification title (OfflinePushInfo.Title)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l push-desc -d 'Notification text (OfflinePushInfo.Desc); custom messages are pushed only with it' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l all-platforms -d 'List every platform (iPhone, Android, Web, PC, iPad, Mac), not only those with a login state'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l send-test -d 'Also send a real C2C test message with OfflinePushInfo and report its result'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l custom -d 'Send a custom message (TIMCustomElem) instead of text'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand push-check" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -f -a "send" -d 'Push a message to every user, or to those with given tags or attributes (im_push)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -f -a "attr-names" -d 'The app\'s push attribute names ("0" to "9")'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -f -a "attrs" -d 'Users\' push attribute values'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -f -a "tags" -d 'Users\' push tags'
complete -c imctl -n "__fish_imctl_using_subcommand push; and not __fish_seen_subcommand_from send attr-names attrs tags help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l tag -d 'Users with this tag (repeatable, at most 10)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l tag-op -d 'How several --tag combine (default: and)' -r -f -a "and\t'Every one must match (TagsAnd / AttrsAnd)'
or\t'Any one is enough (TagsOr / AttrsOr)'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l attr -d 'Users whose attribute NAME has VALUE (repeatable; names from `push attr-names`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l attr-op -d 'How several --attr combine (default: and)' -r -f -a "and\t'Every one must match (TagsAnd / AttrsAnd)'
or\t'Any one is enough (TagsOr / AttrsOr)'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l from -d 'Shown sender (an imported account; default: the app admin)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l text -d 'A text message (TIMTextElem)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l custom -d 'A custom message (TIMCustomElem Data, usually JSON)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l body -d 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l lifetime -d 'Keep the push offline this long for users not online: 1h, 2d or seconds (at most 7d; default 0, online users only)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l push-title -d 'Offline push title (OfflinePushInfo.Title)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l push-desc -d 'Offline push text (OfflinePushInfo.Desc; default: the message text)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l all -d 'Every user of the app (no Condition)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -f -a "get" -d 'The attribute names (im_get_attr_name)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -f -a "set" -d 'Name attributes: NUMBER=NAME, NUMBER 0-9 (im_set_attr_name; others keep their names)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attr-names" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -f -a "get" -d 'Users\' attribute values (im_get_attr)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -f -a "set" -d 'Give users attribute values (im_set_attr)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -f -a "remove" -d 'Remove attributes from users (im_remove_attr)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from attrs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -f -a "get" -d 'Users\' tags (im_get_tag)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -f -a "add" -d 'Add tags to users (im_add_tag; at most 10 a run, 100 per user in all)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -f -a "remove" -d 'Remove tags from users (im_remove_tag)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -f -a "clear" -d 'Remove every tag of users (im_remove_all_tags)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from tags" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "send" -d 'Push a message to every user, or to those with given tags or attributes (im_push)'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "attr-names" -d 'The app\'s push attribute names ("0" to "9")'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "attrs" -d 'Users\' push attribute values'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "tags" -d 'Users\' push tags'
complete -c imctl -n "__fish_imctl_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -f -a "query" -d 'Search the log of REST calls and received callbacks (last 3 days by default)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -f -a "tail" -d 'Follow new log entries as other imctl processes write them'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -f -a "history" -d 'Download, check and read one hour of all C2C or group messages'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and not __fish_seen_subcommand_from query tail history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l kind -d 'Only REST calls or only callback events' -r -f -a "rest\t'REST calls imctl made'
callback\t'Callback requests `callback listen` received'"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l event -d 'An endpoint (sendmsg, openim/sendmsg, v4/openim/sendmsg) or a CallbackCommand, any case' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l user -d 'Entries involving this user (sender, receiver, operator, member...)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l peer -d 'Entries whose receiver or group is this ID' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l error-code -d 'Entries that ended with this ErrorCode (0 for successes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l since -d 'From this time on: a duration ago (30m, 3d) or an RFC 3339 time or date [default: 3d]' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l until -d 'Up to this time (same forms as --since) [default: now]' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l limit -d 'At most this many entries (the newest)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from query" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l kind -d 'Only REST calls or only callback events' -r -f -a "rest\t'REST calls imctl made'
callback\t'Callback requests `callback listen` received'"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l event -d 'An endpoint (sendmsg, openim/sendmsg, v4/openim/sendmsg) or a CallbackCommand, any case' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l user -d 'Entries involving this user (sender, receiver, operator, member...)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l peer -d 'Entries whose receiver or group is this ID' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l error-code -d 'Entries that ended with this ErrorCode (0 for successes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l duration -d 'Stop after this long (30s, 10m, 2h) [default: until Ctrl-C]' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from tail" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l type -d 'One-to-one or group messages' -r -f -a "c2c\t''
group\t''"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l hour -d 'The hour, as YYYYMMDDHH in Beijing time (2026112821 = 21:00-21:59 on 2026-11-28) [default: the last complete hour]' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l since -d 'The hour holding this time: a duration ago (2h, 90m) or a time with its offset (2026-11-28T14:30:00+01:00, …Z)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l out -d 'Keep the downloaded archives in this directory (default: a temporary one, removed after)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l user -d 'Only messages sent by or to this user' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l peer -d 'Only messages with this peer: the receiver (C2C) or the group (GroupId)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l grep -d 'Only messages whose text contains this (case-insensitive)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l max-download -d 'The largest download accepted when the service announces no size (512M, 1G, 2G)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l max-unpacked -d 'The largest unpacked archive accepted when the service announces no size' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "query" -d 'Search the log of REST calls and received callbacks (last 3 days by default)'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Follow new log entries as other imctl processes write them'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "history" -d 'Download, check and read one hour of all C2C or group messages'
complete -c imctl -n "__fish_imctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -s f -l file -d 'The desired-state file (`-` for stdin)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l out -d 'Save the plan document here, for `imctl apply PATH`' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand plan" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l prune -d 'Also remove what the file does not declare: members of declared groups, and accounts and groups declared `Absent = true`'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l exit-code -d 'Exit 1 when changes are pending, 0 when there is nothing to do'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand plan" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -s f -l file -d 'The desired-state file (`-` for stdin; default imctl.toml)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand apply" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l prune -d 'Also remove what the file does not declare: members of declared groups, and accounts and groups declared `Absent = true`'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the current state of groups and accounts in the file format of `imctl plan`'
complete -c imctl -n "__fish_imctl_using_subcommand state; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l group -d 'A group to export, with its members (repeat)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l groups-file -d 'Groups to export, one GroupId a line' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l accounts-file -d 'Accounts to export (the bulk reader\'s formats: CSV with UserID, JSONL, one ID a line)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l out -d 'Write the file here instead of stdout' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the current state of groups and accounts in the file format of `imctl plan`'
complete -c imctl -n "__fish_imctl_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l listen -d 'Address to listen on (port 0 picks a free one; the URL is printed on stderr)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l data -d 'Keep state in SQLite in this directory (survives restarts and kill -9)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l latency -d 'Delay every answer by this many milliseconds' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l fail-rate -d 'Fail this fraction of requests (HTTP 5xx, resets, timeouts, throttling codes)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l seed -d 'Seed for --fail-rate, for reproducible runs' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l fault-kinds -d 'Which failures --fail-rate injects (comma-separated)' -r -f -a "5xx\t'HTTP 502 from the gateway'
throttle\t'HTTP 200 with ErrorCode 60018 (too many requests)'
reset\t'The connection closes without an answer'
hang\t'No answer until the client gives up'"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l edition -d 'Plan whose limits apply: trial, pro or ultimate (default members a group: 20, 200, 2000; Trial holds at most 100 groups)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l callback-url -d 'Send the app backend\'s callbacks (spec §9: signed, documented query and bodies) to this URL' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l callback-token -d 'Sign callbacks with this token (also IMCTL_CALLBACK_TOKEN); other local users can see it in the process list: prefer --callback-token-file or the variable' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l callback-token-file -d 'Read the callback token from this file' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l callback-events -d 'Only these CallbackCommands, comma-separated (default: every one the emulator produces)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l custom-profile-fields -d 'The custom profile fields the emulated app defines, comma-separated (Tag_Profile_Custom_Team,…): any other custom tag is refused with 40009, as the service refuses a field the console never defined [default: every well-formed custom tag]' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l header-timeout -d 'Seconds a client has to send a request head (tests)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l body-timeout -d 'Seconds a client has to send a request body (tests)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l max-inflight-mib -d 'Cap on the request bytes in flight, in MiB (tests)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l list-endpoints -d 'Print every documented endpoint, implemented or not implemented, and exit (no server)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l throttle -d 'Enforce the documented per-command QPS, answering ErrorCode 60007 above it (and 40 messages a second per group, 10023)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -f -a "set-status" -d 'Set a user\'s online status on one platform in a running emulator (tests, demos)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and not __fish_seen_subcommand_from set-status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l platform -d 'The device\'s platform' -r -f -a "iPhone\t''
Android\t''
Web\t''
PC\t''
iPad\t''
Mac\t''"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l status -d 'What the device does: Online (connected), PushOnline (reachable by offline push), Offline' -r -f -a "Online\t''
PushOnline\t''
Offline\t''"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from set-status" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "set-status" -d 'Set a user\'s online status on one platform in a running emulator (tests, demos)'
complete -c imctl -n "__fish_imctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand globals" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand globals" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand completions" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -f -a "run" -d 'Move an app\'s accounts, profiles, friends, groups and messages into another app'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -f -a "export" -d 'Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -f -a "import" -d 'Write a bundle directory into an app with the import APIs'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and not __fish_seen_subcommand_from run export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l from-app -d 'The profile of the app to read' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l to-app -d 'The profile of the app to write' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l accounts-file -d 'The UserIDs to move (no API lists an app\'s accounts): an `account export`, a failures file, or any list the bulk reader reads (CSV with UserID, JSONL, one ID a line)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l what -d 'What to move, comma-separated, written in this order: accounts,profiles,friends, groups,members,group-messages,c2c-messages (default: all; the group kinds only with a group selection)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l groups -d 'Move every group of the source (get_appid_group_list, 1 page a second)' -r -f -a "all\t''"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l group -d 'Move this group (GroupId; repeat for more)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l groups-file -d 'Move the groups of this file: one GroupId a line, or JSONL/CSV with GroupId' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l profile-fields -d 'Custom profile fields to move besides the standard ones, comma-separated (Tag_Profile_Custom_Team,…); the destination must define them first' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l group-fields -d 'Group custom fields (AppDefinedData keys) to move with the groups, comma-separated; no API lists the keys an app defines, and the destination must define them first' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l since -d 'Messages (C2C and group) from this time (30m, 3d, RFC 3339; default: 7 days ago, all the service keeps of C2C messages)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l until -d 'Messages before this time (default: now)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l to-edition -d 'The destination\'s edition (trial, pro, ultimate): a Trial app\'s caps are checked before anything is written' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l generated-group-prefix -d 'A group whose ID the service generated (@TGS#…) cannot keep it: it moves under this prefix and the rest of its ID (@TGS#2J4SZEAEL → TGS_2J4SZEAEL), the same on every run; the bundle\'s group-ids.jsonl lists the renamed groups' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l work -d 'Where the stages\' files, failures and the checkpoint are kept (default: the data dir\'s migrate/FROM-to-TO)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l include-referenced -d 'Also move every account met as a message party, group owner, member or friend'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l resume -d 'Continue an interrupted migration at the stage and item where it stopped'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l from-app -d 'The profile of the app to read' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l out -d 'The bundle directory (created if missing)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l accounts-file -d 'The UserIDs to move (no API lists an app\'s accounts): an `account export`, a failures file, or any list the bulk reader reads (CSV with UserID, JSONL, one ID a line)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l what -d 'What to move, comma-separated, written in this order: accounts,profiles,friends, groups,members,group-messages,c2c-messages (default: all; the group kinds only with a group selection)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l groups -d 'Move every group of the source (get_appid_group_list, 1 page a second)' -r -f -a "all\t''"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l group -d 'Move this group (GroupId; repeat for more)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l groups-file -d 'Move the groups of this file: one GroupId a line, or JSONL/CSV with GroupId' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l profile-fields -d 'Custom profile fields to move besides the standard ones, comma-separated (Tag_Profile_Custom_Team,…); the destination must define them first' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l group-fields -d 'Group custom fields (AppDefinedData keys) to move with the groups, comma-separated; no API lists the keys an app defines, and the destination must define them first' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l since -d 'Messages (C2C and group) from this time (30m, 3d, RFC 3339; default: 7 days ago, all the service keeps of C2C messages)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l until -d 'Messages before this time (default: now)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l include-referenced -d 'Also move every account met as a message party, group owner, member or friend'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l resume -d 'Continue an interrupted export at the stage where it stopped'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l to-app -d 'The profile of the app to write' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l in -d 'The bundle directory (its manifest.json names what it holds)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l to-edition -d 'The destination\'s edition (trial, pro, ultimate): a Trial app\'s caps are checked before anything is written' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l generated-group-prefix -d 'A group whose ID the service generated (@TGS#…) cannot keep it: it moves under this prefix and the rest of its ID (@TGS#2J4SZEAEL → TGS_2J4SZEAEL), the same on every run; the bundle\'s group-ids.jsonl lists the renamed groups' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l app -d 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l sdkappid -d 'SDKAppID of the app (env IMCTL_SDKAPPID)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l admin -d 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l region -d 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l endpoint -d 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l key-file -d 'Read the secret key from this file (or set IMCTL_KEY)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format (default: human-readable)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
text\t''
toml\t''"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l color -d 'Colour on a terminal: auto (unless NO_COLOR is set), always, never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)' -r
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l ca-cert -d 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)' -r -F
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l resume -d 'Continue an interrupted import at the stage and item where it stopped'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l insecure-http -d 'Allow an http:// endpoint that is not on loopback'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l key-stdin -d 'Read the secret key from standard input'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more); secrets are always redacted'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when an answer is needed'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the request a mutating command would send, and send nothing'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against a local emulator whose state lives in the data dir (no account needed)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "run" -d 'Move an app\'s accounts, profiles, friends, groups and messages into another app'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "export" -d 'Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "import" -d 'Write a bundle directory into an app with the import APIs'
complete -c imctl -n "__fish_imctl_using_subcommand migrate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "app" -d 'Local profiles, app statistics, server IP list, and a health check'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "account" -d 'Import, check, delete and inspect accounts'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "group" -d 'Manage groups, members and group messages'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "message" -d 'One-to-one messages: send, history, recall, modify, read marks, unread counts, import'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "friend" -d 'Friends, blocklists and friend lists (the relationship chain)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "callback" -d 'Callback events, signatures, a local receiver and a trigger'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "usersig" -d 'Generate, verify and decode UserSigs locally (no network)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "push-check" -d 'Offline-push self-check and user status checker for one user'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "push" -d 'Push to all users, or by tag or attribute; the attribute names, attributes and tags'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "logs" -d 'Query the local log of REST calls and callback events; download chat history'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "plan" -d 'Show what apply would change to make the app match a desired-state file'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "apply" -d 'Make the app match a desired-state file: accounts, profiles, groups, members'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "state" -d 'Export the current state of groups and accounts as a desired-state file'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "emulator" -d 'Run a local, stateful implementation of the REST API'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "globals" -d 'Show the global options every command accepts'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "completions" -d 'Print shell completions or the man page'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "migrate" -d 'Move accounts, profiles and messages from one app to another (import APIs)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and not __fish_seen_subcommand_from app account group message friend callback usersig push-check push logs plan apply state emulator globals completions migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "add" -d 'Save a profile (SDKAppID, region, admin, secret key)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "list" -d 'List saved profiles'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "use" -d 'Make a profile the default'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "show" -d 'Show a profile (key masked)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "remove" -d 'Delete a profile'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "stats" -d 'Monitoring dashboard from openconfigsvr/getappinfo'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "ip-list" -d 'Tencent\'s server IP list (ConfigSvc/GetIPList)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "doctor" -d 'Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "ids" -d 'The account\'s SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete accounts (asks first on a terminal; needs --yes otherwise)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "check" -d 'Check whether accounts are imported'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "kick" -d 'Invalidate a user\'s login state (their UserSig stops working)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "state" -d 'Online status (Online, PushOnline, Offline), optionally per platform'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "profile" -d 'Read or write profile fields'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "export" -d 'Export profiles to CSV or JSONL, like the console\'s export'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "mute" -d 'Global no-speaking: mute a user\'s one-to-one and/or group messages, or show it'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List the app\'s groups, every page of get_appid_group_list (1 call a second)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group and print its GroupId'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "info" -d 'Show groups\' profiles and member counts (get_group_info, 50 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "modify" -d 'Change a group\'s name, introduction, notice, face, member limit, join option, mute-all'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "disband" -d 'Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "members" -d 'List, add, remove, promote and mute members; show roles and who is muted'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "joined" -d 'The groups a user is in'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "transfer" -d 'Hand a group to another member'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "send" -d 'Send one text message to one or many groups'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "notify" -d 'Send a system notification to a group (all members, or --to)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "history" -d 'A group\'s messages, newest first (group_msg_get_simple, 20 a page), streamed'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "recall" -d 'Recall group messages by MsgSeq (10 a request; each seq reported)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "purge" -d 'Silently recall one sender\'s messages among a group\'s newest 1,000 (asks first)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "modify-msg" -d 'Rewrite a stored group message\'s text, body or cloud data (openim/modify_group_msg)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "online" -d 'How many members of an AVChatRoom are online (--members: who)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "attr" -d 'A group\'s custom attributes: get, set, clear'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "counter" -d 'A group\'s counters: get, set (or increase, decrease), delete'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "import" -d 'Import groups from another system with their GroupId and CreateTime (import_group)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "import-msgs" -d 'Import a group\'s old messages with their send times, 7 a request (import_group_msg)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "send" -d 'Send a message from one sender to one or many users (sendmsg / batchsendmsg)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "import" -d 'Import historic messages with their original times from JSONL (importmsg)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "history" -d 'Every message between two users (roaming history, all pages), newest last'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "recall" -d 'Recall messages by MsgKey (cannot be undone)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "modify" -d 'Rewrite a stored message\'s text, body or cloud data (cannot be undone)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "read" -d 'Mark a conversation read for one side'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from message" -f -a "unread" -d 'Unread one-to-one message counts of a user, in total or per peer'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "add" -d 'Add friends of a user, both ways unless --one-way'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "import" -d 'Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "update" -d 'Change friends\' remark or friend lists (friend_update)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "remove" -d 'Remove some or all friends of a user (needs --yes off a terminal)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "check" -d 'The friend relation between a user and others, in words (friend_check)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "list" -d 'Every friend of a user with their friend fields (all pages of friend_get)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "get" -d 'Chosen friends with friend and profile fields (friend_get_list, 100 a request)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "block" -d 'A user\'s blocklist: add, remove, list, check'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from friend" -f -a "group" -d 'A user\'s friend lists (the service calls them groups): add, remove, list'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "events" -d 'The callback events: when each is sent, what your answer can do, a sample body'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "check-url" -d 'Check a callback URL against the console\'s rules'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "sign" -d 'Compute the Sign the service adds to an authenticated callback'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "verify" -d 'Check a received callback URL: Sign, RequestTime freshness and SdkAppid'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "listen" -d 'Receive callbacks locally: check each like a careful handler, answer, print and record it'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "trigger" -d 'Send a realistic, signed event to your handler and judge its answer like the service'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from usersig" -f -a "gen" -d 'Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from usersig" -f -a "verify" -d 'Verify a UserSig like the console\'s verification tool'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from usersig" -f -a "decode" -d 'Show what is inside a UserSig (no key needed)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from push" -f -a "send" -d 'Push a message to every user, or to those with given tags or attributes (im_push)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from push" -f -a "attr-names" -d 'The app\'s push attribute names ("0" to "9")'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from push" -f -a "attrs" -d 'Users\' push attribute values'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from push" -f -a "tags" -d 'Users\' push tags'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "query" -d 'Search the log of REST calls and received callbacks (last 3 days by default)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "tail" -d 'Follow new log entries as other imctl processes write them'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "history" -d 'Download, check and read one hour of all C2C or group messages'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "export" -d 'Write the current state of groups and accounts in the file format of `imctl plan`'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "set-status" -d 'Set a user\'s online status on one platform in a running emulator (tests, demos)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "run" -d 'Move an app\'s accounts, profiles, friends, groups and messages into another app'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "export" -d 'Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)'
complete -c imctl -n "__fish_imctl_using_subcommand help; and __fish_seen_subcommand_from migrate" -f -a "import" -d 'Write a bundle directory into an app with the import APIs'
