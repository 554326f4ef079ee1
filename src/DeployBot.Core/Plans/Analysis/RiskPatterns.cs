using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// The curated term lists, one pattern per risk area. Decisions worth knowing:
/// "migration" counts as schema unless it is a migration guide/notes/path or a docs/theme/site migration, and
/// "migrate" counts only next to database words ("migrate docs to the new site" is not schema);
/// "author" is not auth (word boundaries); "configurable X" counts as config (a new knob is a value to set per
/// environment), as do SETTING_NAMES in capitals; a bare "column" or "index" counts only next to a change verb, so
/// "24 columns" in a UI grid is not schema; security fixes (CVE, XSS, vulnerability) count as auth/security; a "token"
/// alone is a credential, not a token of a grammar, page, header value or model budget; the "authority" a request is
/// routed by is its host.
/// </summary>
internal static partial class RiskPatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    // Linear patterns on at most 4,000 characters; the timeout only guards against a future careless edit.
    private const int TimeoutMs = MatchBudget.Milliseconds;

    [GeneratedRegex("""
        \bauth\b | \bauthn\b | \bauthz\b | \bauthenticat\w* | (?<!\b(?:payment|card|challenge)\s+)\bauthoriz\w* | \bunauthenticated\b | \bunauthorized\b
        | (?<!:)\bauthorit(?:y|ies)\b(?<!\bcertificate\s+authorit(?:y|ies))(?!\s+(?:routing|header|pseudo-header)\b) | \botp\b(?<!/otp)(?![\s-]*v?\d)(?!\s+(?:releases?|versions?)\b) | \b(?:one[\s-]time\s+passwords?|totp|hotp)\b | \bprivileges?\b | (?-i:[a-z0-9](?:Permission|Credential|Password|Authenticat\w*|Authoriz\w*)s?\b)
        | (?<!\blast\s)\blog[\s-]?ins?\b | \blog[\s-]?outs?\b | \bsign[\s-]?(?:in|on|out)\b | \bsso\b | \bsaml\b | \boauth\s?2?\b | \boidc\b | \bopenid\b
        | \bjwts?\b | (?<!\b(?:pagination|page|next|continuation|cancellation|lexer|parser|syntax|bucket|input|output|max|context|llm|version|header|atom)[\s_-])(?<!`\s)(?<![.`\w-])tokens?\b(?![.`(_-]\w)(?!\s+(?:limits?|counts?|usage|budget|buckets?|streaming)\b) | \b(?:access|refresh|bearer|api|session|csrf|id)[\s_]tokens?\b | \btoken\s+(?:validation|verification|expiry|rotation)\b
        | \bpasswords?\b | \b2fa\b | \bmfa\b | \b(?:two|multi)[\s-]factor\b | \bpermissions?\b | \brbac\b | \baccess\s+control\b | \bacls?\b
        | \bsecurity\b | \bvulnerabilit(?:y|ies)\b | \bcve-\d{4}-\d+\b | \bxss\b | \bcsrf\b | \b(?:sql|shell|command)\s+injections?\b
        | \bldap\b | \bkerberos\b | \bgssapi\b | \bscram\b | (?:\b|_)redirect[\s_]ur[il]s?\b | \bcors\b | \bencrypt\w* | \bprivilege\s+escalation\b
        | \bokta\b | \bauth0\b | \bkeycloak\b | \bentra\s+id\b | \bazure\s+ad\b
        | \bghsa-[a-z0-9]{4}- | :ghsa:`[a-z0-9]{4}- | \b(?:redos|ssrf|rce|xxe)\b | \bremote\s+code\s+execution\b | \bdenial[\s-]of[\s-]service\b | \bopen\s+redirects?\b
        | \bpath\s+traversal\b | (?<!\bdependency\s)\binjections?\b | \bspoof\w* | \bclick[\s-]?jacking\b | \bsaniti[sz]\w* | \bun-?escaped\s+(?:user\s+)?input\b
        | \b(?:auth|offline|online|personal\s+access|oauth2?|jwt|service\s+account|client)\s+tokens?\b
        | \btokens?\s+(?:exchange|endpoint|introspection|revocation|refresh|lifetime|issuer|signatures?)\b
        | \b(?:jwt|token|id\s+token|oidc|userinfo)\s+claims?\b | `\w+`\s+claims?\b | \bjwks\b | \bpkce\b | \bhmac\b | \bsigning\s+keys?\b
        | \bsignatures?\s+(?:verification|validation|check)\b | \bverif(?:y|ies|ying|ication\s+of)\s+(?:the\s+)?(?:webhook\s+)?signatures?\b
        | \bclient[\s_](?:credentials|secrets?)\b | \b(?:user|login|browser|auth|web)\s+sessions?\b
        | \bsession\s+(?:cookies?|storage|store|fixation|expir\w*|timeout|hijack\w*|ownership)\b
        | \b(?:auth|session|login|secure|csrf|remember[\s-]me)\s+cookies?\b | \bcookies?\s+(?:key|secret|flags?|attributes?)\b | \bsecure\s+attribute\b
        | \b(?:admin|editor|viewer|owner|member|billing|iam|team)\s+roles?\b | \broles?\s+(?:assignments?|bindings?)\b | \brole[\s-]based\b
        | \be-?mail\s+(?:address\s+)?(?:verification|confirmation)\b | \bverif(?:y|ied|ying)\s+(?:the\s+)?e-?mail\b
        | \b(?:idps?|identity\s+providers?|relying\s+part(?:y|ies))\b | \bimpersonat\w*
        """, Options, TimeoutMs)]
    internal static partial Regex Auth();

    /// <summary>
    /// More authentication and security words (NTLM, SASL, mTLS, CORS headers, node keys, credentials stored hashed, CVEs
    /// fixed, a secure or constant-time compare, webhook verification), account lockout and brute force (the defence of a
    /// login), and security told by its threat: an attack or attacker ("symlink attack"), or a commit filed as "cve:": a
    /// part of <see cref="AuthParts"/>, apart so that neither generated matcher grows past the size the JIT optimises.
    /// </summary>
    [GeneratedRegex("""
        \bntlm\b | \bsasl\b | \bmtls\b | \bmutual\s+tls\b | \b(?:node|machine)\s+keys?\b | \baccess-control-allow-\w+ | \bcross[\s-]origin\b
        | \bcontent[\s-]security[\s-]polic(?:y|ies)\b | \b(?:fix\w*|address\w*|patch\w*|resolv\w*|mitigat\w*)\s+(?:\w+\s+){0,2}?cves\b | \bcves\s+(?:reported|found|fixed|in)\b | (?-i:\bOAuth2?(?=[A-Z][a-z])) | \b(?-i:[a-z]+(?:_[a-z]+)+)\s+claims?\b | \bsecure\s+compar\w* | \bconstant[\s-]time\s+compar\w* | \bwebhook\s+(?:signature\s+)?verification\b
        | \bhash(?:es|ed|ing)?\b[^.;\n]{0,40}?\b(?:api\s+keys?|tokens?|passwords?|secrets?|credentials?)\b | \b(?:api\s+keys?|tokens?|passwords?|secrets?|credentials?)\b[^.;\n]{0,40}?\bhash(?:ed|es)?\b
        | \block(?:ed)?[\s-]?outs?\b | \bbrute[\s-]?forc\w* | \battack(?:s|ers?)?\b | (?m:^)\W*cves?(?:\([^)\n]{0,30}\))?!?:
        """, Options, TimeoutMs)]
    private static partial Regex Auth2();

    /// <summary>The auth area's pattern in parts (see <see cref="Auth"/>, <see cref="Auth2"/> and <see cref="Auth3"/>); a text matches when any part does.</summary>
    internal static Regex[] AuthParts { get; } = [Auth(), Auth2(), Auth3(), AuthForms26(), AuthForms27(), AuthForms28(), AuthForms30(), AuthForms31()];

    /// <summary>
    /// SETTING_NAMES in capitals with underscores (case-sensitive): environment variables and settings. Not a file's name
    /// ("See MIGRATION_GUIDE.md", "RELEASE_NOTES.txt"): a file extension follows it.
    /// </summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?!\.[a-z][a-z0-9]{0,4}\b)", RegexOptions.CultureInvariant, TimeoutMs)]
    internal static partial Regex SettingName();

    /// <summary>A setting of sign-in by its name (SESSION_TTL, JWT_SECRET, OIDC_ISSUER, GITHUB_OAUTH_CLIENT_SECRET); not a vendor's TOKEN or KEY.</summary>
    [GeneratedRegex(@"\b(?:[A-Z0-9]+_)*(?:SESSION|JWT|OAUTH2?|OIDC|SAML|SSO|PASSWORD|LOGIN|MFA)(?:_[A-Z0-9]+)*\b(?<=_[A-Z0-9]+|\b[A-Z0-9]+_[A-Z0-9_]+)", RegexOptions.CultureInvariant, TimeoutMs)]
    internal static partial Regex AuthSettingName();

    [GeneratedRegex("""
        \bhot[\s-]?fix(?:es)?\b | \bemergency\b | \burgent\b | \bcritical\s+(?:fix|fixes|bug|bugs|patch|security|issue|regression)\b
        | \b(?:patch|bugfix|bug-fix|security|cve\s+fix)\s+release\b | \bsecurity\s+(?:patch|update|fix)\b | \bsev[\s-]?[12]\b | \bp0\b | \bincident\b
        | \binc-\d+\b | \basap\b | \bship\s+(?:it\s+|this\s+)?(?:alone|today|now|immediately)\b | \bneed\s+(?:it|this)\s+out\s+(?:now|today|asap)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Hotfix();

    [GeneratedRegex(@"\bhot[\s-]?fix(?:es)?\b | \bemergency\b | \bsev[\s-]?[012]\b | \bp0\b | \bincident\b | \binc-\d+\b | \boutage\b | \bincidente\b | \bst[öo]rung\b", Options, TimeoutMs)]
    internal static partial Regex Incident();

    [GeneratedRegex(@"\bcve-\d{4}-\d+\b|\bghsa-[a-z0-9]{4}-", Options, TimeoutMs)]
    internal static partial Regex Cve();

    [GeneratedRegex("""
        \b(?:data|database|storage)\s+(?:migration|conversion)\b | \bcut[\s-]?over\b | \bre-?platform\w*
        | \bmajor\s+(?:database|postgres|postgresql|mysql)\s+(?:version\s+)?upgrade\b | \brewritten\s+storage\b
        | \bstorage\s+(?:layer|engine|format)\b | \b(?:batched\s+)?background\s+migrations?\b | \bzero[\s-]downtime\s+migration\b
        """, Options, TimeoutMs)]
    internal static partial Regex LargeMigration();
}
