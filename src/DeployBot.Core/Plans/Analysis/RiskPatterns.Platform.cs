using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Infra told by the platform's parts rather than by a runtime's name (a part of <see cref="InfraParts"/>): a database or
/// secrets server required at a version ("now requires MariaDB Server 10.4 or newer", "tested against Vault server versions
/// &gt;= 1.15.x", "Requires Vault 1.13+"; not the product's own "Zulip Server 11.2" heading); the service manager that starts
/// it (SysV, Upstart, systemd units); how a cluster's nodes find each other ("discover addresses of storage nodes", peer
/// discovery) and a volume filling up (the disk the deployment runs on); Kubernetes' Gateway API and its routes
/// (<c>HTTPRoute</c>); a database driver at a version ("MSSQL JDBC 7.2.2"); infrastructure that an apply re-creates or
/// updates in place ("forced resource recreation"); and binaries that must be rebuilt for a changed ABI ("recompile NEB
/// modules with the new headers").
/// </summary>
internal static partial class RiskPatterns
{
    [GeneratedRegex("""
          \b(?:requires?|requiring|needs?|supported|tested)\b[^.;\n]{0,40}?(?-i:\b[A-Z][\w-]*\s+Server)\s+(?:versions?\s+)?(?:[<>=≥≤]=?\s*)?`?v?\d+(?:\.\d+)*
        | \bserver\s+versions?\s+(?:[<>=≥≤]=?|above|before|newer|older|prior) | (?-i:\brequires?\s+[A-Z][\w-]*\s+v?\d+(?:\.\d+)*\+)
        | \b(?:sysv(?:init)?|upstart|init\s+(?:system|scripts?)|system\s+managers?)\b | \bsystemd\s+(?:units?|services?|unit\s+files?)\b
        | \b(?:node|peer)\s+discovery\b | \bdiscover\w*\s+(?:the\s+)?(?:addresses\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:nodes|peers)\b | \bfill\w*\s+up\s+(?:the\s+|a\s+)?(?:disks?|volumes?)\b
        | \bgateway\s+api\b | \b(?:http|grpc|tls|tcp)routes?\b | \b(?:jdbc|odbc)(?:\s+drivers?)?\s+v?\d+\.\d+
        | \b(?:forc\w*|caus\w*|trigger\w*)\s+(?:a\s+|the\s+)?(?:resources?\s+)?(?:re-?creation|replacement)\b | \bresources?\s+re-?creation\b | \bupdate-in-place\b
        | \brecompil\w*\s+(?:[\w-]+\s+){0,3}?(?:modules?|extensions?|plugins?|against|with)\b | \babi\b
        """, Options, TimeoutMs)]
    private static partial Regex Infra5();
}
