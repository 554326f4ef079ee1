using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Auth told by the material and rules of identity rather than by the word "auth": a vulnerability by its short name
/// ("protobufjs vuln fix"); a password named the way code and Terraform attributes name it (<c>password_wo</c>,
/// <c>mysql_clear_password</c>, <c>password_file</c>; a SETTING_NAME in capitals is weighed apart, see
/// <see cref="IsUserAuthSettingName"/>); the keys and certificates that prove who someone is (a private key, X.509
/// certificates and their constraints, a GPG key that signs packages, a smartcard holding keys); what a pod may do on its
/// node (a security context: user, capabilities, privilege); and the rules of an authorization engine (role policies,
/// principals, deny rules). An operator reads each as an identity or access change: who can prove what, who may do what.
/// Session 25: a signature validator or verifier (what checks a signed webhook), credentials refused as bad, invalid or
/// expired, a Rust or Python security advisory by its id (RUSTSEC-…, PYSEC-…, as CVE-… and GHSA-… already are; not one
/// that only reports a crate as unmaintained), a cookie's SameSite attribute, and the key stretching of a password hash.
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
          \bvulns?\b
        | (?-i:(?<=[a-z0-9]_)passw(?:or)?d\b | \bpassw(?:or)?d_[a-z0-9_]+)
        | \bprivate[\s_-]keys?\b | \bx\.?509\b | \b(?:gpg|pgp)\s+keys?\b | \bkeys?\s+used\s+to\s+sign\b | \bsmart\s?cards?\b
        | \bsecurity[\s-]?contexts?\b
        | \brole\s+polic(?:y|ies)\b | \bprincipals?\b(?!\s+components?) | \bdeny\s+(?:rules?|polic(?:y|ies))\b
        | \bsignatures?\s+(?:validators?|verifiers?)\b | \b(?:bad|invalid|wrong|incorrect|expired|revoked)\s+credentials?\b
        | \b(?:rustsec|pysec)-\d{4}-\d+\b(?![^\n]{0,60}?\bunmaintained\b) | \bsame-?site\b | \bkey\s+stretching\b
        """, Options, TimeoutMs)]
    private static partial Regex Auth3();
}
