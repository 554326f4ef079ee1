using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes are a Kubernetes operator's changelog: it is upgraded as one piece, its CRDs first and then the operator
/// through its chart, bundle or manifests, and what it manages may restart when the new version reconciles. Never a canary
/// "of 10% of traffic": two operator versions reconciling the same custom resources fight over them.
/// </summary>
/// <remarks>
/// Known from the operator speaking of itself ("Operator does not fail if …", "the operator now reconciles …") together
/// with what only an operator's notes say: CRDs or custom resources, reconciling, resource types, its metrics. "The operator"
/// also means the person running a service, so the subject alone never decides.
/// </remarks>
internal sealed partial record PackagedRelease
{
    private const int OperatorThreshold = 4;

    private static PackagedRelease? ReadOperator(string notes, string? version)
    {
        if (!OperatorSubject().IsMatch(notes))
        {
            return null;
        }

        var score = 1 + (CustomResources().IsMatch(notes) ? 2 : 0)
            + (Reconciles().IsMatch(notes) ? 1 : 0)
            + (OperatorParts().IsMatch(notes) ? 1 : 0)
            + (KubernetesWords().IsMatch(notes) ? 1 : 0);
        return score >= OperatorThreshold ? new(Package.Operator, null, version) : null;
    }

    /// <summary>"Operator does not fail if …", "The operator now reconciles …", "operator 0.24 adds …": the operator as the subject of a change.</summary>
    [GeneratedRegex(@"(?:^|[.!:]\s+|\n\W*)(?:the\s+|this\s+)?operator\s+(?:now|no\s+longer|does|did|will|would|reconciles|creates|deletes|watches|supports|can|could|is|was)\b|\boperator\s+(?:metrics?|pods?|image|deployment|namespace|logs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OperatorSubject();

    [GeneratedRegex(@"\bCRDs?\b|\bcustom\s+resources?(?:\s+definitions?)?\b|\bresource\s+types?\b|\b[A-Z][a-z]+(?:[A-Z][a-z]+)*Installations?\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CustomResources();

    [GeneratedRegex(@"reconcil", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Reconciles();

    [GeneratedRegex(@"\boperator\s+(?:metrics?|pods?|image|deployment|namespace|logs?|chart|bundle)\b|\b\w+_operator_\w+\b|\bOLM\b|\bOperatorHub\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OperatorParts();
}
