
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'imctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'imctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'imctl' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Local profiles, app statistics, server IP list, and a health check')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Import, check, delete and inspect accounts')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Manage groups, members and group messages')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'One-to-one messages: send, history, recall, modify, read marks, unread counts, import')
            [CompletionResult]::new('friend', 'friend', [CompletionResultType]::ParameterValue, 'Friends, blocklists and friend lists (the relationship chain)')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Callback events, signatures, a local receiver and a trigger')
            [CompletionResult]::new('usersig', 'usersig', [CompletionResultType]::ParameterValue, 'Generate, verify and decode UserSigs locally (no network)')
            [CompletionResult]::new('push-check', 'push-check', [CompletionResultType]::ParameterValue, 'Offline-push self-check and user status checker for one user')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push to all users, or by tag or attribute; the attribute names, attributes and tags')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Query the local log of REST calls and callback events; download chat history')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change to make the app match a desired-state file')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app match a desired-state file: accounts, profiles, groups, members')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Export the current state of groups and accounts as a desired-state file')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local, stateful implementation of the REST API')
            [CompletionResult]::new('globals', 'globals', [CompletionResultType]::ParameterValue, 'Show the global options every command accepts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions or the man page')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move accounts, profiles and messages from one app to another (import APIs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;app' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile (SDKAppID, region, admin, secret key)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (key masked)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Monitoring dashboard from openconfigsvr/getappinfo')
            [CompletionResult]::new('ip-list', 'ip-list', [CompletionResultType]::ParameterValue, 'Tencent''s server IP list (ConfigSvc/GetIPList)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin')
            [CompletionResult]::new('ids', 'ids', [CompletionResultType]::ParameterValue, 'The account''s SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;app;add' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Old spelling of the global --yes (replace an existing profile); hidden for one release')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;use' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;show' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;remove' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;stats' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many of the most recent days')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD or YYYYMMDD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day (YYYY-MM-DD or YYYYMMDD)')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'The figure --chart draws (a getappinfo field name)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw the trend of one figure as a bar chart (the terminal''s width, else $COLUMNS, else 80; ASCII unless the locale is UTF-8)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw the chart in plain ASCII whatever the locale')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;ip-list' {
            [CompletionResult]::new('--nettype', '--nettype', [CompletionResultType]::ParameterName, 'Which list (a name or its number 0-6)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;doctor' {
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Pretend the local clock reads this Unix time (tests of the clock check)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;ids' {
            [CompletionResult]::new('--secret-id-env', '--secret-id-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the Cloud API SecretId (not the SecretId itself)')
            [CompletionResult]::new('--secret-key-env', '--secret-key-env', [CompletionResultType]::ParameterName, 'Name of the environment variable holding the Cloud API SecretKey (not the key itself)')
            [CompletionResult]::new('--cloud-endpoint', '--cloud-endpoint', [CompletionResultType]::ParameterName, 'Cloud API 3.0 endpoint (env IMCTL_CLOUD_ENDPOINT; default https://cim.tencentcloudapi.com); http:// only for loopback')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;app;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile (SDKAppID, region, admin, secret key)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (key masked)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Monitoring dashboard from openconfigsvr/getappinfo')
            [CompletionResult]::new('ip-list', 'ip-list', [CompletionResultType]::ParameterValue, 'Tencent''s server IP list (ConfigSvc/GetIPList)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin')
            [CompletionResult]::new('ids', 'ids', [CompletionResultType]::ParameterValue, 'The account''s SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;app;help;add' {
            break
        }
        'imctl;app;help;list' {
            break
        }
        'imctl;app;help;use' {
            break
        }
        'imctl;app;help;show' {
            break
        }
        'imctl;app;help;remove' {
            break
        }
        'imctl;app;help;stats' {
            break
        }
        'imctl;app;help;ip-list' {
            break
        }
        'imctl;app;help;doctor' {
            break
        }
        'imctl;app;help;ids' {
            break
        }
        'imctl;app;help;help' {
            break
        }
        'imctl;account' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete accounts (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check whether accounts are imported')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Invalidate a user''s login state (their UserSig stops working)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Online status (Online, PushOnline, Offline), optionally per platform')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Read or write profile fields')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export profiles to CSV or JSONL, like the console''s export')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Global no-speaking: mute a user''s one-to-one and/or group messages, or show it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;account;import' {
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'Nickname (overwrites the nickname of an account that exists)')
            [CompletionResult]::new('--face-url', '--face-url', [CompletionResultType]::ParameterName, 'Avatar URL (overwrites the avatar of an account that exists)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;delete' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'An account that does not exist counts as deleted (like kubectl''s --ignore-not-found)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;kick' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;state' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'Per-platform detail')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;profile' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read profile fields (default: the current standard ones)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write profile fields by friendly name or by tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;account;profile;get' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Field tags to read, e.g. Tag_Profile_IM_Nick (repeatable; default: the current standard fields; legacy tags such as Tag_Profile_IM_MsgSettings only when named)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;profile;set' {
            [CompletionResult]::new('--nick', '--nick', [CompletionResultType]::ParameterName, 'nick')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, 'male, female or unknown')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'YYYYMMDD')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'location')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'signature')
            [CompletionResult]::new('--allow-type', '--allow-type', [CompletionResultType]::ParameterName, 'need-confirm, allow-any or deny-any')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'language')
            [CompletionResult]::new('--face-url', '--face-url', [CompletionResultType]::ParameterName, 'Avatar URL (Tag_Profile_IM_Image)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'level')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Any field as TAG=VALUE, e.g. Tag_Profile_Custom_Hobby=chess (repeatable)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;profile;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read profile fields (default: the current standard ones)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write profile fields by friendly name or by tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;account;profile;help;get' {
            break
        }
        'imctl;account;profile;help;set' {
            break
        }
        'imctl;account;profile;help;help' {
            break
        }
        'imctl;account;export' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Field tags to export (default: the standard ones)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the export to this file (as FILE.partial until the run ends) instead of stdout')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;mute' {
            [CompletionResult]::new('--c2c', '--c2c', [CompletionResultType]::ParameterName, 'Mute one-to-one messages for this long (seconds, 7d, forever, 0 to unmute)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Mute group messages for this long (seconds, 7d, forever, 0 to unmute)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--show', '--show', [CompletionResultType]::ParameterName, 'Show the current setting instead')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;account;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete accounts (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check whether accounts are imported')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Invalidate a user''s login state (their UserSig stops working)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Online status (Online, PushOnline, Offline), optionally per platform')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Read or write profile fields')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export profiles to CSV or JSONL, like the console''s export')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Global no-speaking: mute a user''s one-to-one and/or group messages, or show it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;account;help;import' {
            break
        }
        'imctl;account;help;delete' {
            break
        }
        'imctl;account;help;check' {
            break
        }
        'imctl;account;help;kick' {
            break
        }
        'imctl;account;help;state' {
            break
        }
        'imctl;account;help;profile' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read profile fields (default: the current standard ones)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write profile fields by friendly name or by tag')
            break
        }
        'imctl;account;help;profile;get' {
            break
        }
        'imctl;account;help;profile;set' {
            break
        }
        'imctl;account;help;export' {
            break
        }
        'imctl;account;help;mute' {
            break
        }
        'imctl;account;help;help' {
            break
        }
        'imctl;group' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s groups, every page of get_appid_group_list (1 call a second)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group and print its GroupId')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show groups'' profiles and member counts (get_group_info, 50 a request)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a group''s name, introduction, notice, face, member limit, join option, mute-all')
            [CompletionResult]::new('disband', 'disband', [CompletionResultType]::ParameterValue, 'Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List, add, remove, promote and mute members; show roles and who is muted')
            [CompletionResult]::new('joined', 'joined', [CompletionResultType]::ParameterValue, 'The groups a user is in')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand a group to another member')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send one text message to one or many groups')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Send a system notification to a group (all members, or --to)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A group''s messages, newest first (group_msg_get_simple, 20 a page), streamed')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall group messages by MsgSeq (10 a request; each seq reported)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Silently recall one sender''s messages among a group''s newest 1,000 (asks first)')
            [CompletionResult]::new('modify-msg', 'modify-msg', [CompletionResultType]::ParameterValue, 'Rewrite a stored group message''s text, body or cloud data (openim/modify_group_msg)')
            [CompletionResult]::new('online', 'online', [CompletionResultType]::ParameterValue, 'How many members of an AVChatRoom are online (--members: who)')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'A group''s custom attributes: get, set, clear')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'A group''s counters: get, set (or increase, decrease), delete')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import groups from another system with their GroupId and CreateTime (import_group)')
            [CompletionResult]::new('import-msgs', 'import-msgs', [CompletionResultType]::ParameterValue, 'Import a group''s old messages with their send times, 7 a request (import_group_msg)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only groups of this type: Public, Private (Work), ChatRoom (Meeting), AVChatRoom, Community')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Groups a page (1-10000; default 10000)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many groups (pages are followed until there are N)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (without it or --limit: the first page, and a note when more remain)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Group name (at most 30 bytes)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner (an imported account; joins as Owner). No owner when left out')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Custom GroupId (printable ASCII, < 48 bytes, not starting @TGS#; Community: @TGS#_)')
            [CompletionResult]::new('--intro', '--intro', [CompletionResultType]::ParameterName, 'Introduction (at most 240 bytes)')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Notice (at most 300 bytes)')
            [CompletionResult]::new('--face-url', '--face-url', [CompletionResultType]::ParameterName, 'Avatar URL (at most 100 bytes)')
            [CompletionResult]::new('--max-members', '--max-members', [CompletionResultType]::ParameterName, 'Maximum members (default: the edition''s limit)')
            [CompletionResult]::new('--apply-join-option', '--apply-join-option', [CompletionResultType]::ParameterName, 'FreeAccess, NeedPermission or DisableApply (not for Community)')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Initial member (repeat; at most 100; not for AVChatRoom)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;info' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Include every member in the answer (JSON: MemberList)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;modify' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (at most 30 bytes)')
            [CompletionResult]::new('--intro', '--intro', [CompletionResultType]::ParameterName, 'Introduction (at most 240 bytes)')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Notice (at most 300 bytes)')
            [CompletionResult]::new('--face-url', '--face-url', [CompletionResultType]::ParameterName, 'Avatar URL (at most 100 bytes)')
            [CompletionResult]::new('--max-members', '--max-members', [CompletionResultType]::ParameterName, 'Maximum members (ignored for AVChatRoom)')
            [CompletionResult]::new('--apply-join-option', '--apply-join-option', [CompletionResultType]::ParameterName, 'FreeAccess, NeedPermission or DisableApply')
            [CompletionResult]::new('--mute-all', '--mute-all', [CompletionResultType]::ParameterName, 'Mute every member but the owner and admins: on or off')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;disband' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A group''s members, 100 a page (--all: every page)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members (USERID… or --file), 20 a request unless --batch-size says more')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members (USERID… or --file), 100 a request')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Show members'' roles, or make one an Admin or an ordinary Member again')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute members for a while (0 lifts the mute)')
            [CompletionResult]::new('muted', 'muted', [CompletionResultType]::ParameterValue, 'Muted members and until when (get_group_muted_account)')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Ban users from an AVChatRoom for a while: out of the room, no rejoining')
            [CompletionResult]::new('unban', 'unban', [CompletionResultType]::ParameterValue, 'Lift AVChatRoom bans')
            [CompletionResult]::new('banned', 'banned', [CompletionResultType]::ParameterValue, 'Who is banned from an AVChatRoom and until when (get_group_ban_member)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members with their join times, roles and unread counts (import_group_member)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;members;list' {
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Members a page (1-200; default 100)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many members (pages are followed until there are N)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only members of this role: Owner, Admin or Member')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;add' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'No system notification to the group (Silence 1)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;remove' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why they were removed (shown to them)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--silent', '--silent', [CompletionResultType]::ParameterName, 'No system notification to the group (Silence 1)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;role' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;mute' {
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long: 1h, 30m, 45s, 2d, plain seconds, or forever (0 lifts the mute)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;muted' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only this topic''s muted members (topic-enabled Communities)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;ban' {
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long: 1h, 30m, 2d, plain seconds (at most 4294967295 s)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (the ban''s Description, at most 1,000 bytes)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;unban' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;banned' {
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Bans a page (1-100; default 100)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many bans (pages are followed until there are N)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;import' {
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSONL or CSV: Member_Account [, Role, JoinTime, UnreadMsgNum]; or one UserID a line (docs/group-import.md)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSONL or CSV: Member_Account [, Role, JoinTime, UnreadMsgNum]; or one UserID a line (docs/group-import.md)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;members;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A group''s members, 100 a page (--all: every page)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members (USERID… or --file), 20 a request unless --batch-size says more')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members (USERID… or --file), 100 a request')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Show members'' roles, or make one an Admin or an ordinary Member again')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute members for a while (0 lifts the mute)')
            [CompletionResult]::new('muted', 'muted', [CompletionResultType]::ParameterValue, 'Muted members and until when (get_group_muted_account)')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Ban users from an AVChatRoom for a while: out of the room, no rejoining')
            [CompletionResult]::new('unban', 'unban', [CompletionResultType]::ParameterValue, 'Lift AVChatRoom bans')
            [CompletionResult]::new('banned', 'banned', [CompletionResultType]::ParameterValue, 'Who is banned from an AVChatRoom and until when (get_group_ban_member)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members with their join times, roles and unread counts (import_group_member)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;members;help;list' {
            break
        }
        'imctl;group;members;help;add' {
            break
        }
        'imctl;group;members;help;remove' {
            break
        }
        'imctl;group;members;help;role' {
            break
        }
        'imctl;group;members;help;mute' {
            break
        }
        'imctl;group;members;help;muted' {
            break
        }
        'imctl;group;members;help;ban' {
            break
        }
        'imctl;group;members;help;unban' {
            break
        }
        'imctl;group;members;help;banned' {
            break
        }
        'imctl;group;members;help;import' {
            break
        }
        'imctl;group;members;help;help' {
            break
        }
        'imctl;group;joined' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only groups of this type')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many groups')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Groups a request (1-5000; default: all in one answer)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;transfer' {
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The new owner (a member of the group)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;send' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message text (the console takes 300 characters; the service 8 KB)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender (an imported account; default: the app admin)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority: High, Normal or Low')
            [CompletionResult]::new('--push-title', '--push-title', [CompletionResultType]::ParameterName, 'Offline push title (OfflinePushInfo.Title)')
            [CompletionResult]::new('--push-desc', '--push-desc', [CompletionResultType]::ParameterName, 'Offline push text (OfflinePushInfo.Desc; default: the message text)')
            [CompletionResult]::new('--push-ext', '--push-ext', [CompletionResultType]::ParameterName, 'Pass-through payload (OfflinePushInfo.Ext; a JSON string for every Android vendor)')
            [CompletionResult]::new('--apns-sound', '--apns-sound', [CompletionResultType]::ParameterName, 'iOS sound file (OfflinePushInfo.ApnsInfo.Sound)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--no-push', '--no-push', [CompletionResultType]::ParameterName, 'No offline push at all (OfflinePushInfo.PushFlag 1)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;notify' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The notification text')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only these members (repeat; at most 500; default: every member)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;history' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only messages this user sent')
            [CompletionResult]::new('--since-seq', '--since-seq', [CompletionResultType]::ParameterName, 'Only messages with MsgSeq N or later (paging stops below it)')
            [CompletionResult]::new('--until-seq', '--until-seq', [CompletionResultType]::ParameterName, 'Start at MsgSeq N and go older (ReqMsgSeq) [default: the newest]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many messages (the newest; pages are followed until there are N)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Messages asked for per request (ReqMsgNumber, 1-20)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Follow every page (without it or --limit: the first page, and a note when more remain)')
            [CompletionResult]::new('--with-recalled', '--with-recalled', [CompletionResultType]::ParameterName, 'Include recalled messages (WithRecalledMsg 1: listed with IsPlaceMsg 2, no body)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;recall' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;purge' {
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'Whose messages are recalled (Sender_Account)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;modify-msg' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text message (TIMTextElem)')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'A custom message (TIMCustomElem Data, usually JSON)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}')
            [CompletionResult]::new('--cloud-data', '--cloud-data', [CompletionResultType]::ParameterName, 'New CloudCustomData')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;online' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'List the online members (the latest 1,000; 30 below the Ultimate edition) instead of counting them')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;attr' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s custom attributes (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite attributes (--replace: these become the whole set)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every attribute (asks first on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;attr;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;attr;set' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Make these the group''s only attributes (set_group_attr) instead of adding to them')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;attr;clear' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;attr;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s custom attributes (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite attributes (--replace: these become the whole set)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every attribute (asks first on a terminal, needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;attr;help;get' {
            break
        }
        'imctl;group;attr;help;set' {
            break
        }
        'imctl;group;attr;help;clear' {
            break
        }
        'imctl;group;attr;help;help' {
            break
        }
        'imctl;group;counter' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s counters (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set counters, or add to / take from them with --mode')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete counters (all when no key is named; asks first, --yes off a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;counter;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;counter;set' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'set (the default), increase or decrease')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;counter;delete' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;counter;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s counters (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set counters, or add to / take from them with --mode')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete counters (all when no key is named; asks first, --yes off a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;counter;help;get' {
            break
        }
        'imctl;group;counter;help;set' {
            break
        }
        'imctl;group;counter;help;delete' {
            break
        }
        'imctl;group;counter;help;help' {
            break
        }
        'imctl;group;import' {
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSONL, one group a line: GroupId, Type, Name [, Owner_Account, CreateTime, Introduction, Notification, FaceUrl, MaxMemberCount, ApplyJoinOption, AppDefinedData, SupportTopic] (docs/group-import.md)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSONL, one group a line: GroupId, Type, Name [, Owner_Account, CreateTime, Introduction, Notification, FaceUrl, MaxMemberCount, ApplyJoinOption, AppDefinedData, SupportTopic] (docs/group-import.md)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;import-msgs' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Import into this topic of a topic-enabled Community (TopicId)')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSONL, one message a line, oldest first: From_Account, SendTime, MsgBody [, Random] (docs/group-import.md)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSONL, one message a line, oldest first: From_Account, SendTime, MsgBody [, Random] (docs/group-import.md)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--recent-contact', '--recent-contact', [CompletionResultType]::ParameterName, 'Update the members'' conversation lists (RecentContactFlag 1; not for Community)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;group;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s groups, every page of get_appid_group_list (1 call a second)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group and print its GroupId')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show groups'' profiles and member counts (get_group_info, 50 a request)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a group''s name, introduction, notice, face, member limit, join option, mute-all')
            [CompletionResult]::new('disband', 'disband', [CompletionResultType]::ParameterValue, 'Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List, add, remove, promote and mute members; show roles and who is muted')
            [CompletionResult]::new('joined', 'joined', [CompletionResultType]::ParameterValue, 'The groups a user is in')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand a group to another member')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send one text message to one or many groups')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Send a system notification to a group (all members, or --to)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A group''s messages, newest first (group_msg_get_simple, 20 a page), streamed')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall group messages by MsgSeq (10 a request; each seq reported)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Silently recall one sender''s messages among a group''s newest 1,000 (asks first)')
            [CompletionResult]::new('modify-msg', 'modify-msg', [CompletionResultType]::ParameterValue, 'Rewrite a stored group message''s text, body or cloud data (openim/modify_group_msg)')
            [CompletionResult]::new('online', 'online', [CompletionResultType]::ParameterValue, 'How many members of an AVChatRoom are online (--members: who)')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'A group''s custom attributes: get, set, clear')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'A group''s counters: get, set (or increase, decrease), delete')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import groups from another system with their GroupId and CreateTime (import_group)')
            [CompletionResult]::new('import-msgs', 'import-msgs', [CompletionResultType]::ParameterValue, 'Import a group''s old messages with their send times, 7 a request (import_group_msg)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;group;help;list' {
            break
        }
        'imctl;group;help;create' {
            break
        }
        'imctl;group;help;info' {
            break
        }
        'imctl;group;help;modify' {
            break
        }
        'imctl;group;help;disband' {
            break
        }
        'imctl;group;help;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A group''s members, 100 a page (--all: every page)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members (USERID… or --file), 20 a request unless --batch-size says more')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members (USERID… or --file), 100 a request')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Show members'' roles, or make one an Admin or an ordinary Member again')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute members for a while (0 lifts the mute)')
            [CompletionResult]::new('muted', 'muted', [CompletionResultType]::ParameterValue, 'Muted members and until when (get_group_muted_account)')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Ban users from an AVChatRoom for a while: out of the room, no rejoining')
            [CompletionResult]::new('unban', 'unban', [CompletionResultType]::ParameterValue, 'Lift AVChatRoom bans')
            [CompletionResult]::new('banned', 'banned', [CompletionResultType]::ParameterValue, 'Who is banned from an AVChatRoom and until when (get_group_ban_member)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members with their join times, roles and unread counts (import_group_member)')
            break
        }
        'imctl;group;help;members;list' {
            break
        }
        'imctl;group;help;members;add' {
            break
        }
        'imctl;group;help;members;remove' {
            break
        }
        'imctl;group;help;members;role' {
            break
        }
        'imctl;group;help;members;mute' {
            break
        }
        'imctl;group;help;members;muted' {
            break
        }
        'imctl;group;help;members;ban' {
            break
        }
        'imctl;group;help;members;unban' {
            break
        }
        'imctl;group;help;members;banned' {
            break
        }
        'imctl;group;help;members;import' {
            break
        }
        'imctl;group;help;joined' {
            break
        }
        'imctl;group;help;transfer' {
            break
        }
        'imctl;group;help;send' {
            break
        }
        'imctl;group;help;notify' {
            break
        }
        'imctl;group;help;history' {
            break
        }
        'imctl;group;help;recall' {
            break
        }
        'imctl;group;help;purge' {
            break
        }
        'imctl;group;help;modify-msg' {
            break
        }
        'imctl;group;help;online' {
            break
        }
        'imctl;group;help;attr' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s custom attributes (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite attributes (--replace: these become the whole set)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every attribute (asks first on a terminal, needs --yes otherwise)')
            break
        }
        'imctl;group;help;attr;get' {
            break
        }
        'imctl;group;help;attr;set' {
            break
        }
        'imctl;group;help;attr;clear' {
            break
        }
        'imctl;group;help;counter' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s counters (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set counters, or add to / take from them with --mode')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete counters (all when no key is named; asks first, --yes off a terminal)')
            break
        }
        'imctl;group;help;counter;get' {
            break
        }
        'imctl;group;help;counter;set' {
            break
        }
        'imctl;group;help;counter;delete' {
            break
        }
        'imctl;group;help;import' {
            break
        }
        'imctl;group;help;import-msgs' {
            break
        }
        'imctl;group;help;help' {
            break
        }
        'imctl;message' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message from one sender to one or many users (sendmsg / batchsendmsg)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import historic messages with their original times from JSONL (importmsg)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every message between two users (roaming history, all pages), newest last')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall messages by MsgKey (cannot be undone)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Rewrite a stored message''s text, body or cloud data (cannot be undone)')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark a conversation read for one side')
            [CompletionResult]::new('unread', 'unread', [CompletionResultType]::ParameterValue, 'Unread one-to-one message counts of a user, in total or per peer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;message;send' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender (an imported account; default: the app admin)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Recipient (repeatable)')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text message (TIMTextElem)')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'A custom message (TIMCustomElem Data, usually JSON)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}')
            [CompletionResult]::new('--cloud-data', '--cloud-data', [CompletionResultType]::ParameterName, 'CloudCustomData of the message')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'Keep the message offline this long: 1h, 30m, 2d or seconds (at most 7d)')
            [CompletionResult]::new('--push-title', '--push-title', [CompletionResultType]::ParameterName, 'Offline push title (OfflinePushInfo.Title)')
            [CompletionResult]::new('--push-desc', '--push-desc', [CompletionResultType]::ParameterName, 'Offline push text (OfflinePushInfo.Desc; default: the message text)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Send to the UserIDs of this file (`-` for stdin): CSV headed UserID, JSONL, or one UserID a line')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Send to the UserIDs of this file (`-` for stdin): CSV headed UserID, JSONL, or one UserID a line')
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Send to the UserIDs of this file (`-` for stdin): CSV headed UserID, JSONL, or one UserID a line')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--online-only', '--online-only', [CompletionResultType]::ParameterName, 'Deliver only to recipients online now; keep nothing offline (MsgLifeTime 0)')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not sync the message to the sender''s other devices (SyncOtherMachine 2)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;import' {
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'JSONL, one message a line: From_Account, To_Account, MsgTimeStamp, MsgBody [, MsgRandom, MsgSeq, CloudCustomData, SyncFromOldSystem] (docs/output-message.md)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'JSONL, one message a line: From_Account, To_Account, MsgTimeStamp, MsgBody [, MsgRandom, MsgSeq, CloudCustomData, SyncFromOldSystem] (docs/output-message.md)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--realtime', '--realtime', [CompletionResultType]::ParameterName, 'Import as real-time messages: unread and pushed (SyncFromOldSystem 5); default history: read, not pushed (2). A line''s own SyncFromOldSystem wins')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on: a duration ago (30m, 3d) or an RFC 3339 time or date [default: 7d]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time (same forms as --since) [default: now]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many messages (the newest)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Messages asked for per request (MaxCnt)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;recall' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;modify' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text message (TIMTextElem)')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'A custom message (TIMCustomElem Data, usually JSON)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}')
            [CompletionResult]::new('--cloud-data', '--cloud-data', [CompletionResultType]::ParameterName, 'New CloudCustomData')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;read' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Read up to this time: a duration ago (30m, 3d) or an RFC 3339 time [default: now]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;unread' {
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'Count only the conversation with this user (repeatable)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;message;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message from one sender to one or many users (sendmsg / batchsendmsg)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import historic messages with their original times from JSONL (importmsg)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every message between two users (roaming history, all pages), newest last')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall messages by MsgKey (cannot be undone)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Rewrite a stored message''s text, body or cloud data (cannot be undone)')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark a conversation read for one side')
            [CompletionResult]::new('unread', 'unread', [CompletionResultType]::ParameterValue, 'Unread one-to-one message counts of a user, in total or per peer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;message;help;send' {
            break
        }
        'imctl;message;help;import' {
            break
        }
        'imctl;message;help;history' {
            break
        }
        'imctl;message;help;recall' {
            break
        }
        'imctl;message;help;modify' {
            break
        }
        'imctl;message;help;read' {
            break
        }
        'imctl;message;help;unread' {
            break
        }
        'imctl;message;help;help' {
            break
        }
        'imctl;friend' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add friends of a user, both ways unless --one-way')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change friends'' remark or friend lists (friend_update)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove some or all friends of a user (needs --yes off a terminal)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The friend relation between a user and others, in words (friend_check)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every friend of a user with their friend fields (all pages of friend_get)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Chosen friends with friend and profile fields (friend_get_list, 100 a request)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'A user''s blocklist: add, remove, list, check')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'A user''s friend lists (the service calls them groups): add, remove, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;friend;add' {
            [CompletionResult]::new('--remark', '--remark', [CompletionResultType]::ParameterName, 'The remark the user gives each peer (at most 96 bytes)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Put the peers in this friend list (created when missing)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The AddSource: AddSource_Type_ and 1 to 8 letters (default AddSource_Type_imctl)')
            [CompletionResult]::new('--wording', '--wording', [CompletionResultType]::ParameterName, 'The words sent with the request (AddWording)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--one-way', '--one-way', [CompletionResultType]::ParameterName, 'Only into the user''s list (Add_Type_Single); default both ways')
            [CompletionResult]::new('--force-add', '--force-add', [CompletionResultType]::ParameterName, 'Add without the peers'' approval (ForceAddFlags 1)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;import' {
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'CSV with a header (From_Account,To_Account[,Remark,Group,AddTime,AddSource]; several lists in Group separated by |) or JSONL with the same keys (Group a string or an array)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'CSV with a header (From_Account,To_Account[,Remark,Group,AddTime,AddSource]; several lists in Group separated by |) or JSONL with the same keys (Group a string or an array)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;update' {
            [CompletionResult]::new('--remark', '--remark', [CompletionResultType]::ParameterName, 'The new remark ("" clears it; at most 96 bytes)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The friend lists the friends are in from now on (repeat for several)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--no-group', '--no-group', [CompletionResultType]::ParameterName, 'Take the friends out of every friend list')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove every friend of the user (friend_delete_all)')
            [CompletionResult]::new('--both', '--both', [CompletionResultType]::ParameterName, 'Both ways: the user also leaves each friend''s list (Delete_Type_Both)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--one-way', '--one-way', [CompletionResultType]::ParameterName, 'Only whether each peer is in the user''s list (CheckResult_Type_Single)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many friends (pages are followed until there are N)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;get' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A field to read: Tag_SNS_IM_*, Tag_SNS_Custom_*, Tag_Profile_IM_*, Tag_Profile_Custom_* (repeat for several; default Remark, Group, AddTime and Nick)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;block' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Blocklist peers for a user (ends any friendship between them, both ways)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take peers off a user''s blocklist')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone on a user''s blocklist, with when they were added (all pages)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who has blocked whom, in words (black_list_check)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;friend;block;add' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;block;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;block;list' {
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Blocked users a page (default 100; the service states no maximum)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many users')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;block;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--one-way', '--one-way', [CompletionResultType]::ParameterName, 'Only whether the user blocked each peer (BlackCheckResult_Type_Single)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;block;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Blocklist peers for a user (ends any friendship between them, both ways)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take peers off a user''s blocklist')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone on a user''s blocklist, with when they were added (all pages)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who has blocked whom, in words (black_list_check)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;friend;block;help;add' {
            break
        }
        'imctl;friend;block;help;remove' {
            break
        }
        'imctl;friend;block;help;list' {
            break
        }
        'imctl;friend;block;help;check' {
            break
        }
        'imctl;friend;block;help;help' {
            break
        }
        'imctl;friend;group' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create friend lists, optionally putting friends in them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete friend lists; the friends stay (needs --yes off a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s friend lists with their sizes, or their members with --members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;friend;group;add' {
            [CompletionResult]::new('--friend', '--friend', [CompletionResultType]::ParameterName, 'A friend to put in the new lists (repeat for several)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;group;remove' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;group;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Also each list''s members (Need_Friend_Type_Yes)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;friend;group;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create friend lists, optionally putting friends in them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete friend lists; the friends stay (needs --yes off a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s friend lists with their sizes, or their members with --members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;friend;group;help;add' {
            break
        }
        'imctl;friend;group;help;remove' {
            break
        }
        'imctl;friend;group;help;list' {
            break
        }
        'imctl;friend;group;help;help' {
            break
        }
        'imctl;friend;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add friends of a user, both ways unless --one-way')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change friends'' remark or friend lists (friend_update)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove some or all friends of a user (needs --yes off a terminal)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The friend relation between a user and others, in words (friend_check)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every friend of a user with their friend fields (all pages of friend_get)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Chosen friends with friend and profile fields (friend_get_list, 100 a request)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'A user''s blocklist: add, remove, list, check')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'A user''s friend lists (the service calls them groups): add, remove, list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;friend;help;add' {
            break
        }
        'imctl;friend;help;import' {
            break
        }
        'imctl;friend;help;update' {
            break
        }
        'imctl;friend;help;remove' {
            break
        }
        'imctl;friend;help;check' {
            break
        }
        'imctl;friend;help;list' {
            break
        }
        'imctl;friend;help;get' {
            break
        }
        'imctl;friend;help;block' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Blocklist peers for a user (ends any friendship between them, both ways)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take peers off a user''s blocklist')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone on a user''s blocklist, with when they were added (all pages)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who has blocked whom, in words (black_list_check)')
            break
        }
        'imctl;friend;help;block;add' {
            break
        }
        'imctl;friend;help;block;remove' {
            break
        }
        'imctl;friend;help;block;list' {
            break
        }
        'imctl;friend;help;block;check' {
            break
        }
        'imctl;friend;help;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create friend lists, optionally putting friends in them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete friend lists; the friends stay (needs --yes off a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s friend lists with their sizes, or their members with --members')
            break
        }
        'imctl;friend;help;group;add' {
            break
        }
        'imctl;friend;help;group;remove' {
            break
        }
        'imctl;friend;help;group;list' {
            break
        }
        'imctl;friend;help;help' {
            break
        }
        'imctl;callback' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The callback events: when each is sent, what your answer can do, a sample body')
            [CompletionResult]::new('check-url', 'check-url', [CompletionResultType]::ParameterValue, 'Check a callback URL against the console''s rules')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute the Sign the service adds to an authenticated callback')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a received callback URL: Sign, RequestTime freshness and SdkAppid')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive callbacks locally: check each like a careful handler, answer, print and record it')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a realistic, signed event to your handler and judge its answer like the service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;callback;events' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;callback;check-url' {
            [CompletionResult]::new('--previous', '--previous', [CompletionResultType]::ParameterName, 'The URL it replaces: adds the console''s warning about ports that are prefixes of each other')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;callback;sign' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The console''s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from this file (a trailing newline is ignored)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'RequestTime as unix seconds (default: now)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;callback;verify' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The console''s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from this file (a trailing newline is ignored)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Judge RequestTime''s freshness at this unix time instead of now')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;callback;listen' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free one; the URL is printed on stderr)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The console''s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from this file (a trailing newline is ignored)')
            [CompletionResult]::new('--respond', '--respond', [CompletionResultType]::ParameterName, 'What to answer to each accepted event (after-callbacks are always acknowledged)')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Forward each accepted request (same query and body) to your handler and relay its answer; without an answer within 1500 ms the --respond answer is given instead')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest request body accepted (1048576, 512K, 1M; K and M are 1024-based); larger ones get HTTP 413, unread')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (30s, 10m, 2h) [default: until Ctrl-C]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Check RequestTime against this unix time instead of the clock (tests)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;callback;trigger' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Your handler''s URL (http or https), as entered in the console')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The console''s callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users can see it in the process list: prefer --token-file or the variable')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from this file (a trailing newline is ignored)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a top-level field of the body; VALUE is taken as JSON when it parses, else as a string (repeatable)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Send the JSON in this file (`-`: standard input) instead of the event''s sample body')
            [CompletionResult]::new('--client-ip', '--client-ip', [CompletionResultType]::ParameterName, 'ClientIP in the query string')
            [CompletionResult]::new('--opt-platform', '--opt-platform', [CompletionResultType]::ParameterName, 'OptPlatform in the query string (RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown)')
            [CompletionResult]::new('--timeout-ms', '--timeout-ms', [CompletionResultType]::ParameterName, 'Stop waiting for the answer after this many milliseconds (the service waits 2000)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;callback;help' {
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The callback events: when each is sent, what your answer can do, a sample body')
            [CompletionResult]::new('check-url', 'check-url', [CompletionResultType]::ParameterValue, 'Check a callback URL against the console''s rules')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute the Sign the service adds to an authenticated callback')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a received callback URL: Sign, RequestTime freshness and SdkAppid')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive callbacks locally: check each like a careful handler, answer, print and record it')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a realistic, signed event to your handler and judge its answer like the service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;callback;help;events' {
            break
        }
        'imctl;callback;help;check-url' {
            break
        }
        'imctl;callback;help;sign' {
            break
        }
        'imctl;callback;help;verify' {
            break
        }
        'imctl;callback;help;listen' {
            break
        }
        'imctl;callback;help;trigger' {
            break
        }
        'imctl;callback;help;help' {
            break
        }
        'imctl;usersig' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a UserSig like the console''s verification tool')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what is inside a UserSig (no key needed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;usersig;gen' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'UserID to sign for (at most 32 bytes)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'UserID to sign for (at most 32 bytes)')
            [CompletionResult]::new('--expire', '--expire', [CompletionResultType]::ParameterName, 'Validity: seconds, or with a unit: 180d, 12h, 30m, 90s (default 180d)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Issue time as unix seconds (default: now), for reproducible output')
            [CompletionResult]::new('--room-id', '--room-id', [CompletionResultType]::ParameterName, 'Numeric TRTC room ID: makes a PrivateMapKey')
            [CompletionResult]::new('--str-room-id', '--str-room-id', [CompletionResultType]::ParameterName, 'String TRTC room ID: makes a PrivateMapKey')
            [CompletionResult]::new('--privilege', '--privilege', [CompletionResultType]::ParameterName, 'Room privileges: a number 0-255, or names joined by commas: create, enter, send-audio, recv-audio, send-video, recv-video, send-sub, recv-sub, all (default all)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Sign every UserID in this file (one a line, `-` for stdin); writes JSONL in input order')
            [CompletionResult]::new('--compat', '--compat', [CompletionResultType]::ParameterName, 'Reproduce this official library''s exact bytes. Every verifier accepts both; `python` is about 25% shorter, `go` several times faster to make')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;usersig;verify' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'The UserID the UserSig should be for')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The UserID the UserSig should be for')
            [CompletionResult]::new('--sig', '--sig', [CompletionResultType]::ParameterName, 'The UserSig, or `-` to read it from standard input')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Judge expiry at this unix time instead of now')
            [CompletionResult]::new('--room-id', '--room-id', [CompletionResultType]::ParameterName, 'Expect a PrivateMapKey for this numeric room')
            [CompletionResult]::new('--str-room-id', '--str-room-id', [CompletionResultType]::ParameterName, 'Expect a PrivateMapKey for this string room')
            [CompletionResult]::new('--privilege', '--privilege', [CompletionResultType]::ParameterName, 'With --room-id/--str-room-id: also require these privileges')
            [CompletionResult]::new('--userbuf', '--userbuf', [CompletionResultType]::ParameterName, 'Expect exactly this raw userbuf (standard base64)')
            [CompletionResult]::new('--public-key-file', '--public-key-file', [CompletionResultType]::ParameterName, 'Verify a legacy v1 (ECDSA) UserSig with the app''s public key (PEM)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;usersig;decode' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;usersig;help' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a UserSig like the console''s verification tool')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what is inside a UserSig (no key needed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;usersig;help;gen' {
            break
        }
        'imctl;usersig;help;verify' {
            break
        }
        'imctl;usersig;help;decode' {
            break
        }
        'imctl;usersig;help;help' {
            break
        }
        'imctl;push-check' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender of the test message (default: the app admin)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text of the test message')
            [CompletionResult]::new('--push-title', '--push-title', [CompletionResultType]::ParameterName, 'Notification title (OfflinePushInfo.Title)')
            [CompletionResult]::new('--push-desc', '--push-desc', [CompletionResultType]::ParameterName, 'Notification text (OfflinePushInfo.Desc); custom messages are pushed only with it')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all-platforms', '--all-platforms', [CompletionResultType]::ParameterName, 'List every platform (iPhone, Android, Web, PC, iPad, Mac), not only those with a login state')
            [CompletionResult]::new('--send-test', '--send-test', [CompletionResultType]::ParameterName, 'Also send a real C2C test message with OfflinePushInfo and report its result')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Send a custom message (TIMCustomElem) instead of text')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Push a message to every user, or to those with given tags or attributes (im_push)')
            [CompletionResult]::new('attr-names', 'attr-names', [CompletionResultType]::ParameterValue, 'The app''s push attribute names ("0" to "9")')
            [CompletionResult]::new('attrs', 'attrs', [CompletionResultType]::ParameterValue, 'Users'' push attribute values')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Users'' push tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;send' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Users with this tag (repeatable, at most 10)')
            [CompletionResult]::new('--tag-op', '--tag-op', [CompletionResultType]::ParameterName, 'How several --tag combine (default: and)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users whose attribute NAME has VALUE (repeatable; names from `push attr-names`)')
            [CompletionResult]::new('--attr-op', '--attr-op', [CompletionResultType]::ParameterName, 'How several --attr combine (default: and)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Shown sender (an imported account; default: the app admin)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text message (TIMTextElem)')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'A custom message (TIMCustomElem Data, usually JSON)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'Keep the push offline this long for users not online: 1h, 2d or seconds (at most 7d; default 0, online users only)')
            [CompletionResult]::new('--push-title', '--push-title', [CompletionResultType]::ParameterName, 'Offline push title (OfflinePushInfo.Title)')
            [CompletionResult]::new('--push-desc', '--push-desc', [CompletionResultType]::ParameterName, 'Offline push text (OfflinePushInfo.Desc; default: the message text)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user of the app (no Condition)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;attr-names' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'The attribute names (im_get_attr_name)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Name attributes: NUMBER=NAME, NUMBER 0-9 (im_set_attr_name; others keep their names)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;attr-names;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;attr-names;set' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;attr-names;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'The attribute names (im_get_attr_name)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Name attributes: NUMBER=NAME, NUMBER 0-9 (im_set_attr_name; others keep their names)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;attr-names;help;get' {
            break
        }
        'imctl;push;attr-names;help;set' {
            break
        }
        'imctl;push;attr-names;help;help' {
            break
        }
        'imctl;push;attrs' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' attribute values (im_get_attr)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give users attribute values (im_set_attr)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove attributes from users (im_remove_attr)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;attrs;get' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;attrs;set' {
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'NAME=VALUE to set (repeatable; names from `push attr-names`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;attrs;remove' {
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Attribute NAME to remove (repeatable)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;attrs;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' attribute values (im_get_attr)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give users attribute values (im_set_attr)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove attributes from users (im_remove_attr)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;attrs;help;get' {
            break
        }
        'imctl;push;attrs;help;set' {
            break
        }
        'imctl;push;attrs;help;remove' {
            break
        }
        'imctl;push;attrs;help;help' {
            break
        }
        'imctl;push;tags' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' tags (im_get_tag)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to users (im_add_tag; at most 10 a run, 100 per user in all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from users (im_remove_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every tag of users (im_remove_all_tags)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;tags;get' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;tags;add' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag, 1-50 bytes (repeatable, at most 10)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;tags;remove' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag, 1-50 bytes (repeatable, at most 10)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;tags;clear' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl], or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line. Lines over 64 KiB are refused as bad rows')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where to keep the checkpoint (default: FILE.imctl-checkpoint)')
            [CompletionResult]::new('--failures', '--failures', [CompletionResultType]::ParameterName, 'Write the rows that failed here, in the input''s format with Error/ErrorCode, to fix and feed back as-is (written as PATH.partial until the run ends)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once, 1-256 (the rate limiter still paces them)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (default and maximum: the documented limit of the command)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field separator of a CSV --file: , ; | or tab (default: ,)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted run of the same --file from its checkpoint')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;push;tags;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' tags (im_get_tag)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to users (im_add_tag; at most 10 a run, 100 per user in all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from users (im_remove_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every tag of users (im_remove_all_tags)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;tags;help;get' {
            break
        }
        'imctl;push;tags;help;add' {
            break
        }
        'imctl;push;tags;help;remove' {
            break
        }
        'imctl;push;tags;help;clear' {
            break
        }
        'imctl;push;tags;help;help' {
            break
        }
        'imctl;push;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Push a message to every user, or to those with given tags or attributes (im_push)')
            [CompletionResult]::new('attr-names', 'attr-names', [CompletionResultType]::ParameterValue, 'The app''s push attribute names ("0" to "9")')
            [CompletionResult]::new('attrs', 'attrs', [CompletionResultType]::ParameterValue, 'Users'' push attribute values')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Users'' push tags')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;push;help;send' {
            break
        }
        'imctl;push;help;attr-names' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'The attribute names (im_get_attr_name)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Name attributes: NUMBER=NAME, NUMBER 0-9 (im_set_attr_name; others keep their names)')
            break
        }
        'imctl;push;help;attr-names;get' {
            break
        }
        'imctl;push;help;attr-names;set' {
            break
        }
        'imctl;push;help;attrs' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' attribute values (im_get_attr)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give users attribute values (im_set_attr)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove attributes from users (im_remove_attr)')
            break
        }
        'imctl;push;help;attrs;get' {
            break
        }
        'imctl;push;help;attrs;set' {
            break
        }
        'imctl;push;help;attrs;remove' {
            break
        }
        'imctl;push;help;tags' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' tags (im_get_tag)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to users (im_add_tag; at most 10 a run, 100 per user in all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from users (im_remove_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every tag of users (im_remove_all_tags)')
            break
        }
        'imctl;push;help;tags;get' {
            break
        }
        'imctl;push;help;tags;add' {
            break
        }
        'imctl;push;help;tags;remove' {
            break
        }
        'imctl;push;help;tags;clear' {
            break
        }
        'imctl;push;help;help' {
            break
        }
        'imctl;logs' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Search the log of REST calls and received callbacks (last 3 days by default)')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Follow new log entries as other imctl processes write them')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Download, check and read one hour of all C2C or group messages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;logs;query' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only REST calls or only callback events')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'An endpoint (sendmsg, openim/sendmsg, v4/openim/sendmsg) or a CallbackCommand, any case')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Entries involving this user (sender, receiver, operator, member...)')
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'Entries whose receiver or group is this ID')
            [CompletionResult]::new('--error-code', '--error-code', [CompletionResultType]::ParameterName, 'Entries that ended with this ErrorCode (0 for successes)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time on: a duration ago (30m, 3d) or an RFC 3339 time or date [default: 3d]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this time (same forms as --since) [default: now]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries (the newest)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;logs;tail' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only REST calls or only callback events')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'An endpoint (sendmsg, openim/sendmsg, v4/openim/sendmsg) or a CallbackCommand, any case')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Entries involving this user (sender, receiver, operator, member...)')
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'Entries whose receiver or group is this ID')
            [CompletionResult]::new('--error-code', '--error-code', [CompletionResultType]::ParameterName, 'Entries that ended with this ErrorCode (0 for successes)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (30s, 10m, 2h) [default: until Ctrl-C]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;logs;history' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'One-to-one or group messages')
            [CompletionResult]::new('--hour', '--hour', [CompletionResultType]::ParameterName, 'The hour, as YYYYMMDDHH in Beijing time (2026112821 = 21:00-21:59 on 2026-11-28) [default: the last complete hour]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The hour holding this time: a duration ago (2h, 90m) or a time with its offset (2026-11-28T14:30:00+01:00, …Z)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Keep the downloaded archives in this directory (default: a temporary one, removed after)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only messages sent by or to this user')
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'Only messages with this peer: the receiver (C2C) or the group (GroupId)')
            [CompletionResult]::new('--grep', '--grep', [CompletionResultType]::ParameterName, 'Only messages whose text contains this (case-insensitive)')
            [CompletionResult]::new('--max-download', '--max-download', [CompletionResultType]::ParameterName, 'The largest download accepted when the service announces no size (512M, 1G, 2G)')
            [CompletionResult]::new('--max-unpacked', '--max-unpacked', [CompletionResultType]::ParameterName, 'The largest unpacked archive accepted when the service announces no size')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;logs;help' {
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Search the log of REST calls and received callbacks (last 3 days by default)')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Follow new log entries as other imctl processes write them')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Download, check and read one hour of all C2C or group messages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;logs;help;query' {
            break
        }
        'imctl;logs;help;tail' {
            break
        }
        'imctl;logs;help;history' {
            break
        }
        'imctl;logs;help;help' {
            break
        }
        'imctl;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The desired-state file (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file (`-` for stdin)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan document here, for `imctl apply PATH`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove what the file does not declare: members of declared groups, and accounts and groups declared `Absent = true`')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 1 when changes are pending, 0 when there is nothing to do')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The desired-state file (`-` for stdin; default imctl.toml)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file (`-` for stdin; default imctl.toml)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove what the file does not declare: members of declared groups, and accounts and groups declared `Absent = true`')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;state' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the current state of groups and accounts in the file format of `imctl plan`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;state;export' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group to export, with its members (repeat)')
            [CompletionResult]::new('--groups-file', '--groups-file', [CompletionResultType]::ParameterName, 'Groups to export, one GroupId a line')
            [CompletionResult]::new('--accounts-file', '--accounts-file', [CompletionResultType]::ParameterName, 'Accounts to export (the bulk reader''s formats: CSV with UserID, JSONL, one ID a line)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;state;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the current state of groups and accounts in the file format of `imctl plan`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;state;help;export' {
            break
        }
        'imctl;state;help;help' {
            break
        }
        'imctl;emulator' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free one; the URL is printed on stderr)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Keep state in SQLite in this directory (survives restarts and kill -9)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay every answer by this many milliseconds')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Fail this fraction of requests (HTTP 5xx, resets, timeouts, throttling codes)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for --fail-rate, for reproducible runs')
            [CompletionResult]::new('--fault-kinds', '--fault-kinds', [CompletionResultType]::ParameterName, 'Which failures --fail-rate injects (comma-separated)')
            [CompletionResult]::new('--edition', '--edition', [CompletionResultType]::ParameterName, 'Plan whose limits apply: trial, pro or ultimate (default members a group: 20, 200, 2000; Trial holds at most 100 groups)')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Send the app backend''s callbacks (spec §9: signed, documented query and bodies) to this URL')
            [CompletionResult]::new('--callback-token', '--callback-token', [CompletionResultType]::ParameterName, 'Sign callbacks with this token (also IMCTL_CALLBACK_TOKEN); other local users can see it in the process list: prefer --callback-token-file or the variable')
            [CompletionResult]::new('--callback-token-file', '--callback-token-file', [CompletionResultType]::ParameterName, 'Read the callback token from this file')
            [CompletionResult]::new('--callback-events', '--callback-events', [CompletionResultType]::ParameterName, 'Only these CallbackCommands, comma-separated (default: every one the emulator produces)')
            [CompletionResult]::new('--custom-profile-fields', '--custom-profile-fields', [CompletionResultType]::ParameterName, 'The custom profile fields the emulated app defines, comma-separated (Tag_Profile_Custom_Team,…): any other custom tag is refused with 40009, as the service refuses a field the console never defined [default: every well-formed custom tag]')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Seconds a client has to send a request head (tests)')
            [CompletionResult]::new('--body-timeout', '--body-timeout', [CompletionResultType]::ParameterName, 'Seconds a client has to send a request body (tests)')
            [CompletionResult]::new('--max-inflight-mib', '--max-inflight-mib', [CompletionResultType]::ParameterName, 'Cap on the request bytes in flight, in MiB (tests)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--list-endpoints', '--list-endpoints', [CompletionResultType]::ParameterName, 'Print every documented endpoint, implemented or not implemented, and exit (no server)')
            [CompletionResult]::new('--throttle', '--throttle', [CompletionResultType]::ParameterName, 'Enforce the documented per-command QPS, answering ErrorCode 60007 above it (and 40 messages a second per group, 10023)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set a user''s online status on one platform in a running emulator (tests, demos)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;emulator;set-status' {
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'The device''s platform')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'What the device does: Online (connected), PushOnline (reachable by offline push), Offline')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;emulator;help' {
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set a user''s online status on one platform in a running emulator (tests, demos)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;emulator;help;set-status' {
            break
        }
        'imctl;emulator;help;help' {
            break
        }
        'imctl;globals' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;completions' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;migrate' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Move an app''s accounts, profiles, friends, groups and messages into another app')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Write a bundle directory into an app with the import APIs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;migrate;run' {
            [CompletionResult]::new('--from-app', '--from-app', [CompletionResultType]::ParameterName, 'The profile of the app to read')
            [CompletionResult]::new('--to-app', '--to-app', [CompletionResultType]::ParameterName, 'The profile of the app to write')
            [CompletionResult]::new('--accounts-file', '--accounts-file', [CompletionResultType]::ParameterName, 'The UserIDs to move (no API lists an app''s accounts): an `account export`, a failures file, or any list the bulk reader reads (CSV with UserID, JSONL, one ID a line)')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'What to move, comma-separated, written in this order: accounts,profiles,friends, groups,members,group-messages,c2c-messages (default: all; the group kinds only with a group selection)')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'Move every group of the source (get_appid_group_list, 1 page a second)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Move this group (GroupId; repeat for more)')
            [CompletionResult]::new('--groups-file', '--groups-file', [CompletionResultType]::ParameterName, 'Move the groups of this file: one GroupId a line, or JSONL/CSV with GroupId')
            [CompletionResult]::new('--profile-fields', '--profile-fields', [CompletionResultType]::ParameterName, 'Custom profile fields to move besides the standard ones, comma-separated (Tag_Profile_Custom_Team,…); the destination must define them first')
            [CompletionResult]::new('--group-fields', '--group-fields', [CompletionResultType]::ParameterName, 'Group custom fields (AppDefinedData keys) to move with the groups, comma-separated; no API lists the keys an app defines, and the destination must define them first')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Messages (C2C and group) from this time (30m, 3d, RFC 3339; default: 7 days ago, all the service keeps of C2C messages)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Messages before this time (default: now)')
            [CompletionResult]::new('--to-edition', '--to-edition', [CompletionResultType]::ParameterName, 'The destination''s edition (trial, pro, ultimate): a Trial app''s caps are checked before anything is written')
            [CompletionResult]::new('--generated-group-prefix', '--generated-group-prefix', [CompletionResultType]::ParameterName, 'A group whose ID the service generated (@TGS#…) cannot keep it: it moves under this prefix and the rest of its ID (@TGS#2J4SZEAEL → TGS_2J4SZEAEL), the same on every run; the bundle''s group-ids.jsonl lists the renamed groups')
            [CompletionResult]::new('--work', '--work', [CompletionResultType]::ParameterName, 'Where the stages'' files, failures and the checkpoint are kept (default: the data dir''s migrate/FROM-to-TO)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--include-referenced', '--include-referenced', [CompletionResultType]::ParameterName, 'Also move every account met as a message party, group owner, member or friend')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted migration at the stage and item where it stopped')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;migrate;export' {
            [CompletionResult]::new('--from-app', '--from-app', [CompletionResultType]::ParameterName, 'The profile of the app to read')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The bundle directory (created if missing)')
            [CompletionResult]::new('--accounts-file', '--accounts-file', [CompletionResultType]::ParameterName, 'The UserIDs to move (no API lists an app''s accounts): an `account export`, a failures file, or any list the bulk reader reads (CSV with UserID, JSONL, one ID a line)')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'What to move, comma-separated, written in this order: accounts,profiles,friends, groups,members,group-messages,c2c-messages (default: all; the group kinds only with a group selection)')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'Move every group of the source (get_appid_group_list, 1 page a second)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Move this group (GroupId; repeat for more)')
            [CompletionResult]::new('--groups-file', '--groups-file', [CompletionResultType]::ParameterName, 'Move the groups of this file: one GroupId a line, or JSONL/CSV with GroupId')
            [CompletionResult]::new('--profile-fields', '--profile-fields', [CompletionResultType]::ParameterName, 'Custom profile fields to move besides the standard ones, comma-separated (Tag_Profile_Custom_Team,…); the destination must define them first')
            [CompletionResult]::new('--group-fields', '--group-fields', [CompletionResultType]::ParameterName, 'Group custom fields (AppDefinedData keys) to move with the groups, comma-separated; no API lists the keys an app defines, and the destination must define them first')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Messages (C2C and group) from this time (30m, 3d, RFC 3339; default: 7 days ago, all the service keeps of C2C messages)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Messages before this time (default: now)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--include-referenced', '--include-referenced', [CompletionResultType]::ParameterName, 'Also move every account met as a message party, group owner, member or friend')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted export at the stage where it stopped')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;migrate;import' {
            [CompletionResult]::new('--to-app', '--to-app', [CompletionResultType]::ParameterName, 'The profile of the app to write')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The bundle directory (its manifest.json names what it holds)')
            [CompletionResult]::new('--to-edition', '--to-edition', [CompletionResultType]::ParameterName, 'The destination''s edition (trial, pro, ultimate): a Trial app''s caps are checked before anything is written')
            [CompletionResult]::new('--generated-group-prefix', '--generated-group-prefix', [CompletionResultType]::ParameterName, 'A group whose ID the service generated (@TGS#…) cannot keep it: it moves under this prefix and the rest of its ID (@TGS#2J4SZEAEL → TGS_2J4SZEAEL), the same on every run; the bundle''s group-ids.jsonl lists the renamed groups')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app (env IMCTL_SDKAPPID)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Admin account used for REST calls (env IMCTL_ADMIN; default administrator)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Data center where the app was created (default china): china (cn), singapore (sgp), seoul (kr), tokyo (jpn), frankfurt (ger), silicon-valley (usa), jakarta (idn), mumbai (ind), riyadh (ksa)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the secret key from this file (or set IMCTL_KEY)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: human-readable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal: auto (unless NO_COLOR is set), always, never')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an interrupted import at the stage and item where it stopped')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow an http:// endpoint that is not on loopback')
            [CompletionResult]::new('--key-stdin', '--key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when an answer is needed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request a mutating command would send, and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a local emulator whose state lives in the data dir (no account needed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'imctl;migrate;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Move an app''s accounts, profiles, friends, groups and messages into another app')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Write a bundle directory into an app with the import APIs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;migrate;help;run' {
            break
        }
        'imctl;migrate;help;export' {
            break
        }
        'imctl;migrate;help;import' {
            break
        }
        'imctl;migrate;help;help' {
            break
        }
        'imctl;help' {
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Local profiles, app statistics, server IP list, and a health check')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Import, check, delete and inspect accounts')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Manage groups, members and group messages')
            [CompletionResult]::new('message', 'message', [CompletionResultType]::ParameterValue, 'One-to-one messages: send, history, recall, modify, read marks, unread counts, import')
            [CompletionResult]::new('friend', 'friend', [CompletionResultType]::ParameterValue, 'Friends, blocklists and friend lists (the relationship chain)')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Callback events, signatures, a local receiver and a trigger')
            [CompletionResult]::new('usersig', 'usersig', [CompletionResultType]::ParameterValue, 'Generate, verify and decode UserSigs locally (no network)')
            [CompletionResult]::new('push-check', 'push-check', [CompletionResultType]::ParameterValue, 'Offline-push self-check and user status checker for one user')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push to all users, or by tag or attribute; the attribute names, attributes and tags')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Query the local log of REST calls and callback events; download chat history')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change to make the app match a desired-state file')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app match a desired-state file: accounts, profiles, groups, members')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Export the current state of groups and accounts as a desired-state file')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a local, stateful implementation of the REST API')
            [CompletionResult]::new('globals', 'globals', [CompletionResultType]::ParameterValue, 'Show the global options every command accepts')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions or the man page')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move accounts, profiles and messages from one app to another (import APIs)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'imctl;help;app' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile (SDKAppID, region, admin, secret key)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (key masked)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Monitoring dashboard from openconfigsvr/getappinfo')
            [CompletionResult]::new('ip-list', 'ip-list', [CompletionResultType]::ParameterValue, 'Tencent''s server IP list (ConfigSvc/GetIPList)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin')
            [CompletionResult]::new('ids', 'ids', [CompletionResultType]::ParameterValue, 'The account''s SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)')
            break
        }
        'imctl;help;app;add' {
            break
        }
        'imctl;help;app;list' {
            break
        }
        'imctl;help;app;use' {
            break
        }
        'imctl;help;app;show' {
            break
        }
        'imctl;help;app;remove' {
            break
        }
        'imctl;help;app;stats' {
            break
        }
        'imctl;help;app;ip-list' {
            break
        }
        'imctl;help;app;doctor' {
            break
        }
        'imctl;help;app;ids' {
            break
        }
        'imctl;help;account' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete accounts (asks first on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check whether accounts are imported')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Invalidate a user''s login state (their UserSig stops working)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Online status (Online, PushOnline, Offline), optionally per platform')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Read or write profile fields')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export profiles to CSV or JSONL, like the console''s export')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Global no-speaking: mute a user''s one-to-one and/or group messages, or show it')
            break
        }
        'imctl;help;account;import' {
            break
        }
        'imctl;help;account;delete' {
            break
        }
        'imctl;help;account;check' {
            break
        }
        'imctl;help;account;kick' {
            break
        }
        'imctl;help;account;state' {
            break
        }
        'imctl;help;account;profile' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Read profile fields (default: the current standard ones)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Write profile fields by friendly name or by tag')
            break
        }
        'imctl;help;account;profile;get' {
            break
        }
        'imctl;help;account;profile;set' {
            break
        }
        'imctl;help;account;export' {
            break
        }
        'imctl;help;account;mute' {
            break
        }
        'imctl;help;group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s groups, every page of get_appid_group_list (1 call a second)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group and print its GroupId')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show groups'' profiles and member counts (get_group_info, 50 a request)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a group''s name, introduction, notice, face, member limit, join option, mute-all')
            [CompletionResult]::new('disband', 'disband', [CompletionResultType]::ParameterValue, 'Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List, add, remove, promote and mute members; show roles and who is muted')
            [CompletionResult]::new('joined', 'joined', [CompletionResultType]::ParameterValue, 'The groups a user is in')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand a group to another member')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send one text message to one or many groups')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Send a system notification to a group (all members, or --to)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A group''s messages, newest first (group_msg_get_simple, 20 a page), streamed')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall group messages by MsgSeq (10 a request; each seq reported)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Silently recall one sender''s messages among a group''s newest 1,000 (asks first)')
            [CompletionResult]::new('modify-msg', 'modify-msg', [CompletionResultType]::ParameterValue, 'Rewrite a stored group message''s text, body or cloud data (openim/modify_group_msg)')
            [CompletionResult]::new('online', 'online', [CompletionResultType]::ParameterValue, 'How many members of an AVChatRoom are online (--members: who)')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'A group''s custom attributes: get, set, clear')
            [CompletionResult]::new('counter', 'counter', [CompletionResultType]::ParameterValue, 'A group''s counters: get, set (or increase, decrease), delete')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import groups from another system with their GroupId and CreateTime (import_group)')
            [CompletionResult]::new('import-msgs', 'import-msgs', [CompletionResultType]::ParameterValue, 'Import a group''s old messages with their send times, 7 a request (import_group_msg)')
            break
        }
        'imctl;help;group;list' {
            break
        }
        'imctl;help;group;create' {
            break
        }
        'imctl;help;group;info' {
            break
        }
        'imctl;help;group;modify' {
            break
        }
        'imctl;help;group;disband' {
            break
        }
        'imctl;help;group;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A group''s members, 100 a page (--all: every page)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add members (USERID… or --file), 20 a request unless --batch-size says more')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove members (USERID… or --file), 100 a request')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Show members'' roles, or make one an Admin or an ordinary Member again')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute members for a while (0 lifts the mute)')
            [CompletionResult]::new('muted', 'muted', [CompletionResultType]::ParameterValue, 'Muted members and until when (get_group_muted_account)')
            [CompletionResult]::new('ban', 'ban', [CompletionResultType]::ParameterValue, 'Ban users from an AVChatRoom for a while: out of the room, no rejoining')
            [CompletionResult]::new('unban', 'unban', [CompletionResultType]::ParameterValue, 'Lift AVChatRoom bans')
            [CompletionResult]::new('banned', 'banned', [CompletionResultType]::ParameterValue, 'Who is banned from an AVChatRoom and until when (get_group_ban_member)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import members with their join times, roles and unread counts (import_group_member)')
            break
        }
        'imctl;help;group;members;list' {
            break
        }
        'imctl;help;group;members;add' {
            break
        }
        'imctl;help;group;members;remove' {
            break
        }
        'imctl;help;group;members;role' {
            break
        }
        'imctl;help;group;members;mute' {
            break
        }
        'imctl;help;group;members;muted' {
            break
        }
        'imctl;help;group;members;ban' {
            break
        }
        'imctl;help;group;members;unban' {
            break
        }
        'imctl;help;group;members;banned' {
            break
        }
        'imctl;help;group;members;import' {
            break
        }
        'imctl;help;group;joined' {
            break
        }
        'imctl;help;group;transfer' {
            break
        }
        'imctl;help;group;send' {
            break
        }
        'imctl;help;group;notify' {
            break
        }
        'imctl;help;group;history' {
            break
        }
        'imctl;help;group;recall' {
            break
        }
        'imctl;help;group;purge' {
            break
        }
        'imctl;help;group;modify-msg' {
            break
        }
        'imctl;help;group;online' {
            break
        }
        'imctl;help;group;attr' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s custom attributes (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Add or overwrite attributes (--replace: these become the whole set)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every attribute (asks first on a terminal, needs --yes otherwise)')
            break
        }
        'imctl;help;group;attr;get' {
            break
        }
        'imctl;help;group;attr;set' {
            break
        }
        'imctl;help;group;attr;clear' {
            break
        }
        'imctl;help;group;counter' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A group''s counters (all, or the keys named)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set counters, or add to / take from them with --mode')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete counters (all when no key is named; asks first, --yes off a terminal)')
            break
        }
        'imctl;help;group;counter;get' {
            break
        }
        'imctl;help;group;counter;set' {
            break
        }
        'imctl;help;group;counter;delete' {
            break
        }
        'imctl;help;group;import' {
            break
        }
        'imctl;help;group;import-msgs' {
            break
        }
        'imctl;help;message' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message from one sender to one or many users (sendmsg / batchsendmsg)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import historic messages with their original times from JSONL (importmsg)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every message between two users (roaming history, all pages), newest last')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall messages by MsgKey (cannot be undone)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Rewrite a stored message''s text, body or cloud data (cannot be undone)')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark a conversation read for one side')
            [CompletionResult]::new('unread', 'unread', [CompletionResultType]::ParameterValue, 'Unread one-to-one message counts of a user, in total or per peer')
            break
        }
        'imctl;help;message;send' {
            break
        }
        'imctl;help;message;import' {
            break
        }
        'imctl;help;message;history' {
            break
        }
        'imctl;help;message;recall' {
            break
        }
        'imctl;help;message;modify' {
            break
        }
        'imctl;help;message;read' {
            break
        }
        'imctl;help;message;unread' {
            break
        }
        'imctl;help;friend' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add friends of a user, both ways unless --one-way')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change friends'' remark or friend lists (friend_update)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove some or all friends of a user (needs --yes off a terminal)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'The friend relation between a user and others, in words (friend_check)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every friend of a user with their friend fields (all pages of friend_get)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Chosen friends with friend and profile fields (friend_get_list, 100 a request)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'A user''s blocklist: add, remove, list, check')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'A user''s friend lists (the service calls them groups): add, remove, list')
            break
        }
        'imctl;help;friend;add' {
            break
        }
        'imctl;help;friend;import' {
            break
        }
        'imctl;help;friend;update' {
            break
        }
        'imctl;help;friend;remove' {
            break
        }
        'imctl;help;friend;check' {
            break
        }
        'imctl;help;friend;list' {
            break
        }
        'imctl;help;friend;get' {
            break
        }
        'imctl;help;friend;block' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Blocklist peers for a user (ends any friendship between them, both ways)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take peers off a user''s blocklist')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Everyone on a user''s blocklist, with when they were added (all pages)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Who has blocked whom, in words (black_list_check)')
            break
        }
        'imctl;help;friend;block;add' {
            break
        }
        'imctl;help;friend;block;remove' {
            break
        }
        'imctl;help;friend;block;list' {
            break
        }
        'imctl;help;friend;block;check' {
            break
        }
        'imctl;help;friend;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create friend lists, optionally putting friends in them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete friend lists; the friends stay (needs --yes off a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A user''s friend lists with their sizes, or their members with --members')
            break
        }
        'imctl;help;friend;group;add' {
            break
        }
        'imctl;help;friend;group;remove' {
            break
        }
        'imctl;help;friend;group;list' {
            break
        }
        'imctl;help;callback' {
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The callback events: when each is sent, what your answer can do, a sample body')
            [CompletionResult]::new('check-url', 'check-url', [CompletionResultType]::ParameterValue, 'Check a callback URL against the console''s rules')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Compute the Sign the service adds to an authenticated callback')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a received callback URL: Sign, RequestTime freshness and SdkAppid')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive callbacks locally: check each like a careful handler, answer, print and record it')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a realistic, signed event to your handler and judge its answer like the service')
            break
        }
        'imctl;help;callback;events' {
            break
        }
        'imctl;help;callback;check-url' {
            break
        }
        'imctl;help;callback;sign' {
            break
        }
        'imctl;help;callback;verify' {
            break
        }
        'imctl;help;callback;listen' {
            break
        }
        'imctl;help;callback;trigger' {
            break
        }
        'imctl;help;usersig' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a UserSig like the console''s verification tool')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what is inside a UserSig (no key needed)')
            break
        }
        'imctl;help;usersig;gen' {
            break
        }
        'imctl;help;usersig;verify' {
            break
        }
        'imctl;help;usersig;decode' {
            break
        }
        'imctl;help;push-check' {
            break
        }
        'imctl;help;push' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Push a message to every user, or to those with given tags or attributes (im_push)')
            [CompletionResult]::new('attr-names', 'attr-names', [CompletionResultType]::ParameterValue, 'The app''s push attribute names ("0" to "9")')
            [CompletionResult]::new('attrs', 'attrs', [CompletionResultType]::ParameterValue, 'Users'' push attribute values')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Users'' push tags')
            break
        }
        'imctl;help;push;send' {
            break
        }
        'imctl;help;push;attr-names' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'The attribute names (im_get_attr_name)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Name attributes: NUMBER=NAME, NUMBER 0-9 (im_set_attr_name; others keep their names)')
            break
        }
        'imctl;help;push;attr-names;get' {
            break
        }
        'imctl;help;push;attr-names;set' {
            break
        }
        'imctl;help;push;attrs' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' attribute values (im_get_attr)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give users attribute values (im_set_attr)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove attributes from users (im_remove_attr)')
            break
        }
        'imctl;help;push;attrs;get' {
            break
        }
        'imctl;help;push;attrs;set' {
            break
        }
        'imctl;help;push;attrs;remove' {
            break
        }
        'imctl;help;push;tags' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Users'' tags (im_get_tag)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to users (im_add_tag; at most 10 a run, 100 per user in all)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove tags from users (im_remove_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every tag of users (im_remove_all_tags)')
            break
        }
        'imctl;help;push;tags;get' {
            break
        }
        'imctl;help;push;tags;add' {
            break
        }
        'imctl;help;push;tags;remove' {
            break
        }
        'imctl;help;push;tags;clear' {
            break
        }
        'imctl;help;logs' {
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Search the log of REST calls and received callbacks (last 3 days by default)')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Follow new log entries as other imctl processes write them')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Download, check and read one hour of all C2C or group messages')
            break
        }
        'imctl;help;logs;query' {
            break
        }
        'imctl;help;logs;tail' {
            break
        }
        'imctl;help;logs;history' {
            break
        }
        'imctl;help;plan' {
            break
        }
        'imctl;help;apply' {
            break
        }
        'imctl;help;state' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the current state of groups and accounts in the file format of `imctl plan`')
            break
        }
        'imctl;help;state;export' {
            break
        }
        'imctl;help;emulator' {
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set a user''s online status on one platform in a running emulator (tests, demos)')
            break
        }
        'imctl;help;emulator;set-status' {
            break
        }
        'imctl;help;globals' {
            break
        }
        'imctl;help;completions' {
            break
        }
        'imctl;help;migrate' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Move an app''s accounts, profiles, friends, groups and messages into another app')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Write a bundle directory into an app with the import APIs')
            break
        }
        'imctl;help;migrate;run' {
            break
        }
        'imctl;help;migrate;export' {
            break
        }
        'imctl;help;migrate;import' {
            break
        }
        'imctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
