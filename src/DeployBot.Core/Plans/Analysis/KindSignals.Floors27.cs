using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Release-kind forms read in session 27: platform floors said in other words, and one-way upgrades of stored data.
/// </summary>
internal static partial class KindSignals
{
    /// <summary>
    /// A floor of the platform the release runs on, raised in words <see cref="IsEngineSupportDropped"/>'s first patterns
    /// miss: a datastore or runtime that "must be version 8.0 or later", "the minimum required versions of the
    /// MySQL/MariaDB server is increased", and the orchestration or OS layer a release needs ("This provider now requires a
    /// Terraform version of v1.0.0 or later", "now requires Linux kernel version 3.2 or later", "requires Kubernetes 1.27+").
    /// Whoever runs an older one must upgrade it first.
    /// </summary>
    [GeneratedRegex($$"""
          \b(?:{{Engine}}|{{ServerRuntime}})\s+must\s+be\s+(?:at\s+least\s+)?(?:version\s+)?v?\d+(?:\.\d+)*\s+or\s+(?:later|newer|higher|above)\b
        | \bminimum\s+(?:required\s+|supported\s+)?versions?\s+of\s+(?:the\s+)?{{Engine}}(?:\s*/\s*{{Engine}})*\s+(?:servers?\s+)?(?:is|are|has\s+been|have\s+been)\s+(?:increased|raised|bumped)\b
        | \b(?:require|requires|required|need|needs)\s+(?:an?\s+)?{{Platform}}\s+(?:version\s+)?(?:of\s+)?v?\d+(?:\.\d+)*\s+or\s+(?:later|newer|higher|above)\b
        | \b(?:require|requires|required|need|needs)\s+(?:an?\s+)?{{Platform}}\s+(?:version\s+)?v?\d+(?:\.\d+)*\+
        """, Options, TimeoutMs)]
    private static partial Regex PlatformFloorRaised();

    private const string Platform = @"(?:terraform|kubernetes|k8s|helm|linux\s+kernel|kernel|glibc)";

    /// <summary>
    /// An upgrade of stored data the operator cannot undo or must guard against ("There is no downgrade process", "back up
    /// your data and test the migration procedure before you migrate"): a one-way step planned like a migration, as
    /// <see cref="UpgradeSteps"/> reads the other wordings.
    /// </summary>
    [GeneratedRegex("""
          \bno\s+(?:downgrade|rollback)\s+(?:process|procedure)\b
        | \bback\s?up\s+(?:your\s+|the\s+|all\s+)?(?:data|databases?|volumes?)\b[^.;\n]{0,80}?\bbefore\s+(?:you\s+)?(?:upgrad\w*|migrat\w*|updat\w*)
        """, Options, TimeoutMs)]
    internal static partial Regex OneWayUpgrade();
}
