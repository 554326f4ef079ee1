using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Config: configuration, options, flags, settings, environment variables, secrets and changed defaults; a rotated key,
/// secret, token or certificate and signing/private/encryption keys are secrets to change. A quoted config
/// file (<c>`rabbitmq.conf`</c>, <c>values.yaml</c>), a <c>--flag</c>, a <c>`name`</c> called an option, flag, setting, key or
/// field, a <c>key=value</c> assignment, "enabled by default" (also as an order: "Enable the new scheduler by default"), "no longer decoded by default" (not what is no longer "available … by default"), a stated default ("Default is
/// true") and a behaviour that "can be disabled" all count; tool configs (lint, CI, editor), a default
/// that "was" set in an older version, and settings a user clicks (UI, user, account, notification settings) do not.
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary>
    /// This area's pattern in parts: one generated matcher of the whole alternation was past the size the JIT optimises
    /// (it ran unoptimised, MinOpts), so it is split between top-level alternatives, which matches the same texts; a text
    /// matches when any part does.
    /// </summary>
    internal static Regex[] ConfigParts { get; } = [Config1(), Config2(), Config3(), ConfigForms26(), ConfigForms27(), ConfigForms28()];

    internal static bool IsConfig(string text) => ConfigParts.Any(part => part.IsMatch(text));

    [GeneratedRegex("""
        (?<!\b(?:rubocop|eslint|prettier|lint|linter|ci|build|test|tests|babel|webpack|jest|editor|vscode|renovate|dependabot|workflow|tsconfig)\s+)
          (?<![.\w])config(?:s|ure|ures|ured|uring|uration|urations|urable)?\b(?!\.\w)(?!\s+(?:for\s+)?(?:ci|lint\w*|rubocop|eslint|tests?|page|pages|screen|ui|view|tab|menu|panel|editor)\b)
        | \bconfigmaps?\b | \benv(?:ironment)?\s+var(?:iable)?s?\b | \bsecrets?\b | \bapi[\s-]?keys?\b | (?<!\b(?:basic|verifiable|invalid|wrong|bad|user|login)\s)\bcredentials?\b(?!\s*:)(?!\s+(?:issuance|issuer|format)\b)
        | \brotat(?:e|es|ed|ing|ion)\b[^.;\n]{0,30}?\b(?:keys?|secrets?|credentials?|tokens?|passwords?|certificates?|certs?)\b
        | \b(?:key|secret|credential|password|certificate)\s+rotation\b
        | \b(?:signing|private|encryption|master|secret|webhook|client|service[\s-]account)\s+keys?\b
        | \bkey\s+vault\b | (?<!`)\bvault\b(?![`-])(?!\s+v?\d) | \bkms\b | \bappsettings(?:\.\w+)?\.json\b | \bconnection\s+strings?\b
        | `[\w./-]*\.(?:conf|cfg|ini|toml|ya?ml|env|properties)` | \bvalues\.ya?ml\b
        | \b(?:new|renamed|removed|deprecated|changed)\s+(?:options?|settings?|parameters?|(?:command[\s-]line\s+)?flags)\b
        | \b(?:add|adds|added|adding|introduce\w*|remove\w*|rename\w*|deprecate\w*)\s+(?:an?\s+|the\s+|new\s+)?(?:options?|settings?|flags?)\b
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex Config1();

    [GeneratedRegex("""
          \bfeature[\s-]flags?\b | (?<!\b(?:when|while|by|after|before|on|of|for|from|during|ui|user|display|account|profile|privacy|notification)\s)\bsettings?\b(?!\s+up\b)(?!\s+(?:page|pages|screen|menu|ui|view|panel|tab|icon|button|dialog)\b)
        | (?-i:\b[a-z]+[A-Z]\w*\s+(?:flag|option|setting|configuration)s?\b)
        | \b[a-z_]+(?:\.[a-z_]+)+\s?=\s?[\w"'] | (?-i:`[a-z_]+(?:\.[a-z_]+)*:\s[^`\n]+`)
        | (?<!\b(?:was|were)\s)\b(?:enabled|disabled|on|off|used|required|set|validated?|turned\s+on|turned\s+off)\s+by\s+default\b | \bnow\b[^.;\n]{0,40}\bby\s+default\b | \b(?:enable|enables|disable|disables)\b[^.;\n]{0,50}?\bby\s+default\b
        | \b(?:change|changes|changed|changing|adjust\w*|new|set|sets|raise\w*|lower\w*|increase\w*|decrease\w*|smarter|different)\s+(?:the\s+)?defaults?\b
        | \bdefaults?\s+(?:value\s+|version\s+)?(?:is\s+now|now|changed|has\s+changed|to\s+`?\d)
        | \bnow\s+defaults?\s+to\b | ^\W*defaults?\s+to\b | (?:`|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+)\s+(?:now\s+)?defaults?\s+to\b
        | (?<![\w-])--[a-z][a-z0-9.-]{2,}
        | \bno\s+longer\s+(?:be\s+)?\w+ed\s+by\s+default\b | \bdefault\s+(?:value\s+)?(?:is|will\s+(?:be|become)|becomes)\s+`?(?:true|false|on|off|enabled|disabled|\d)
        | \bcan\s+(?:now\s+)?be\s+(?:disabled|enabled|turned\s+(?:off|on)|switched\s+(?:off|on)|configured)\b
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex Config2();

    /// <summary>
    /// A settings key written with dots (<c>controller.csrf.defaultCrumbIssuer.proxyCompatability</c>, a Helm value):
    /// removing one is both a configuration change and a break.
    /// </summary>
    internal const string DottedKey = @"`?[a-z]\w*(?:\.[A-Za-z]\w*){2,}";

    /// <summary>Options named in passing ("Add `x_y` option", "options removed"), defaults changed in other words, dotted keys removed.</summary>
    [GeneratedRegex($$"""
          \binstead\s+of\b[^.;\n]{0,30}?\bby\s+default\b | \bthe\s+default\s+(?:[\w-]+\s+){1,5}?is\s+now\b
        | \b(?:add|adds|added|adding|new|introduce\w*)\s+(?:an?\s+|the\s+|new\s+)?`?[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+`?\s+(?:options?|settings?|flags?)\b
        | \b(?:options?|settings?|flags?)\s+(?:were\s+|are\s+|have\s+been\s+|has\s+been\s+)?(?:removed|renamed|deprecated)\b
        | \bconnections?\s+`?(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)`?(?!\s+(?:pool|timeouts?|limits?|errors?|strings?)\b)
        | ^\W*(?:remove\w*|rename\w*|deprecate\w*)\s+(?:the\s+)?{{DottedKey}}`?(?![^;\n]{0,40}?\b(?:sub-?clients?|clients?|methods?|class(?:es)?|functions?|types?)\b)
        """, Options | RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex Config3();

    /// <summary>
    /// Configuration said to be absent or unchanged ("No configuration or secret changes are required", "there is no
    /// configuration flag or environment variable to opt out", "the user-facing configuration did not change"), or only
    /// referred to as it already is ("in the configured object store", "when not configured", "if a provider is configured";
    /// not a quoted key that "is configured", nor "configured to" a new value): the
    /// item changes no configuration by those words.
    /// </summary>
    [GeneratedRegex("""
        \bno\s+(?:(?:configuration|config|settings?|secrets?|flags?|options?|environment|env|variables?|vars?|keys?|changes?|or|and|nor)\b[\s,]*){1,8}
        | \b(?:configuration|config|settings?)\b[^.;\n]{0,40}?\b(?:did|does|do|has|have|will)\s+not\s+(?:change|changed|need\s+to\s+change)\b
        | \bthe\s+configured\b | (?<!`\s)\b(?:a|an|when|if|unless|is|are|was|were|been|already)\s+(?:not\s+)?configured\b(?!\s+(?:to|with|by\s+default)\b)
        """, Options, TimeoutMs)]
    internal static partial Regex ConfigUnchanged();

    /// <summary>
    /// What the notes rule out for every area: "No config or schema changes", "without any database migrations", "zero
    /// API changes". The words are the kinds of change that do not happen; an item reads as if they were not there.
    /// </summary>
    [GeneratedRegex("""
        \b(?:no|without(?:\s+any)?|zero)\s+(?:[\w/-]+(?:\s*,\s*|\s+(?:or|and|nor)\s+|\s*/\s*|\s+)){0,5}?(?:changes?|migrations?|backfills?|re-?index(?:ing)?)\b
        | \b(?:full\s+)?(?:re-?index(?:ing)?|backfills?|migrations?|schema|db|database|config(?:uration)?)\s+(?:is\s+|are\s+)?(?:not\s+needed|not\s+required|untouched|unchanged)\b
        """, Options, TimeoutMs)]
    internal static partial Regex NegatedChange();

    /// <summary>
    /// A quoted name called an option, flag, setting, parameter, key or property (<c>`max_conns` setting</c>), also of the
    /// piece that reads it (<c>`rbac.create` Helm option</c>, <c>`max_conns` server setting</c>). In an
    /// item about an API surface (a method, endpoint, response or type) that is an API parameter, not configuration; so is
    /// a property or parameter named the way code names things (<c>`ReplyTo` property</c>, <c>`$useimap` parameter</c>,
    /// <c>`achMandateText` parameters</c>).
    /// Session 25: the operator told to set a snake_case or dotted name to a boolean or a number ("To enable, set
    /// `dns_allow_external_traffic` to `true`") sets a configuration value.
    /// </summary>
    [GeneratedRegex("""
        `[^`\n]{1,60}`\s+(?:(?:boolean|global|config|configuration|cli|command[\s-]line|helm|chart|values|server|daemon|broker|docker|compose)\s+)?(?:options?|flags?|settings?|parameters?|keys?|variables?|properties|property)\b
          (?<!(?-i:`(?:[$*][^`\n]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)`\s+(?:parameters?|properties|property)))
        | \b(?:options?|flags?|settings?|parameters?|keys?|properties|property|variables?)\s+`[^`\n]{1,60}`
        | \bset\s+`(?-i:[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+)`\s+to\s+`?(?:true|false|enabled|disabled|\d+)\b
        """, Options, TimeoutMs)]
    internal static partial Regex ConfigNamed();

    [GeneratedRegex(@"\(\)|(?-i:`[a-z]\w*\.[a-z]+[A-Z]\w*`)|\b(?:requests?|headers?|arguments?|mutations?|queries|query\s+strings?|endpoints?|methods?|functions?|operations?|responses?|request\s+(?:body|params?)|types?|class(?:es)?|constructors?|resources?)\b", Options, TimeoutMs)]
    internal static partial Regex ApiSurface();

    /// <summary>
    /// What still makes a fix item a configuration change: a default that changes, an option, setting, flag or environment
    /// variable added, removed or renamed. A fix that merely names a flag or setting ("Fix `--sortr=path`") is a bug fix.
    /// </summary>
    [GeneratedRegex("""
        \b(?:enabled|disabled|on|off|used|required|set|turned\s+on|turned\s+off)\s+by\s+default\b | \bdefaults?\s+(?:to|is\s+now|now|changed)\b
        | \b(?:change|changes|changed|new)\s+(?:the\s+)?defaults?\b
        | \b(?:new|renamed|removed|deprecated)\s+(?:options?|settings?|parameters?|(?:command[\s-]line\s+)?flags|env(?:ironment)?\s+var\w*)\b
        | \b(?:add|adds|added|adding|introduce\w*|remove\w*|rename\w*|deprecate\w*)\s+(?:an?\s+|the\s+|new\s+)?(?:deprecated\s+)?(?:options?|settings?|flags?|properties|property|env(?:ironment)?\s+var\w*)\b
        """, Options, TimeoutMs)]
    internal static partial Regex ConfigChange();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9.=-]{2,}", Options, TimeoutMs)]
    internal static partial Regex CliFlag();

    /// <summary>
    /// A NAME_IN_CAPITALS the item calls something other than a setting: a permission, authority, role or scope
    /// (<c>`METADATA_WRITE` permission</c>), a table, column or index (<c>the table `USER_CONSENT`</c>), a type, value,
    /// status or error code (<c>source type CALCULATED_VALUE</c>), a class constant (<c>Query::HINT_CUSTOM_OUTPUT_WALKER</c>), a
    /// constant that spells a protocol's status code (<c>HTTP_404_NOT_FOUND</c>, <c>WS_1011_INTERNAL_ERROR</c>). Databases and permission systems name things in
    /// capitals too; only the rest is an environment variable or setting.
    /// </summary>
    [GeneratedRegex("""
        (?-i:`?\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b`?)\s+(?:permissions?|authorit(?:y|ies)|roles?|scopes?|privileges?|tables?|columns?|ind(?:ex|exes|ices)|types?|values?|status|states?|errors?|error\s+codes?|codes?|events?|enum\s+values?)\b
        | \b(?:permissions?|authorit(?:y|ies)|roles?|scopes?|tables?|columns?|index|types?|values?|status|states?|errors?|codes?)\s+(?-i:`?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b`?)
        | (?<=\w::)(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b)
        | (?-i:\b[A-Z][A-Z0-9]*_[1-5]\d{2,3}(?:_[A-Z0-9]+)+\b)
        """, Options, TimeoutMs)]
    internal static partial Regex NamedNonSetting();

    /// <summary>
    /// A part of a library's code API: a call <c>send()</c>, a method, class, constructor, type, request or response, or
    /// the function an option is passed to by its name in code (<c>option to `authorize`</c>; not a command's or a file's, and
    /// not a class's: the labelled sets read <c>parameter to ``TCPConnector``</c> as configuration).
    /// </summary>
    [GeneratedRegex(@"\(\)|\b(?:methods?|class(?:es)?|constructors?|types?|requests?|responses?|api\s+calls?|arguments?)\b
        | \b(?:options?|param(?:eter)?s?|keywords?)\s+(?:to|of|for|on)\s+(?:the\s+)?`[#.]?(?-i:[a-z_]\w*)[?!]?`(?!\s+(?:commands?|subcommands?|cli|config\w*|files?|sections?|blocks?|keys?|settings?|plugins?)\b)", Options, TimeoutMs)]
    internal static partial Regex CodeSurface();

    /// <summary>The words that name an option of anything: a function, a request, a setting or a deployment.</summary>
    [GeneratedRegex(@"\b(?:options?|parameters?|params?|arguments?|settings?|properties|property|flags?)\b", Options, TimeoutMs)]
    internal static partial Regex OptionWord();
}
