using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Planning;

namespace DeployBot.Core.Plans.Validation;

/// <summary>The content rules that follow from the inputs (plan-format.md "Inputs and what they imply").</summary>
internal static partial class ContentRules
{
    public static IEnumerable<PlanViolation> Check(DeploymentPlan plan, PlanningInput input)
    {
        var request = input.Request;
        if (!string.IsNullOrWhiteSpace(request.Flag))
        {
            foreach (var violation in CheckFlag(plan, request.Flag))
            {
                yield return violation;
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Window) && !PlanText.MentionsWindow(string.Join(" ", plan.Summary), request.Window))
        {
            yield return new(PlanRules.WindowInSummary, $"The Deployment Summary must mention the window \"{request.Window.Trim()}\".");
        }

        if (input.Environment.IsProduction)
        {
            foreach (var violation in CheckProduction(plan, input.Environment.Name))
            {
                yield return violation;
            }
        }

        foreach (var violation in CheckDataChanges(plan, input.Analysis).Concat(NotesRules.Check(plan, input.Analysis)))
        {
            yield return violation;
        }
    }

    private static IEnumerable<PlanViolation> CheckFlag(DeploymentPlan plan, string flag)
    {
        var name = flag.Trim();
        if (!PlanText.StepTexts(plan.Steps).Any(text => PlanText.MentionsValue(text, name)))
        {
            yield return new(PlanRules.FlagInSteps, $"The Deployment Steps must say when the flag \"{name}\" is enabled and how it is ramped.");
        }

        if (!plan.Verification.Any(text => PlanText.MentionsValue(text, name)))
        {
            yield return new(PlanRules.FlagInVerification, $"Verification & Observability must check with the flag \"{name}\" on and off.");
        }

        if (!plan.Rollback.Any(text => PlanText.MentionsValue(text, name)))
        {
            yield return new(PlanRules.FlagInRollback, $"Rollback Readiness must say that turning the flag \"{name}\" off is the first rollback.");
        }
    }

    private static IEnumerable<PlanViolation> CheckProduction(DeploymentPlan plan, string environment)
    {
        if (!plan.PreDeploymentChecks.Any(text => Approval().IsMatch(text)))
        {
            yield return new(PlanRules.ProdApprovals, $"{environment} needs the approvals (sign-off) in the Pre-Deployment Checks.");
        }

        if (!plan.PreDeploymentChecks.Any(text => OnCall().IsMatch(text) && Telling().IsMatch(text)))
        {
            yield return new(PlanRules.ProdOnCallTold, $"{environment} needs on-call told before starting, in the Pre-Deployment Checks.");
        }
    }

    private static IEnumerable<PlanViolation> CheckDataChanges(DeploymentPlan plan, ReleaseAnalysis analysis)
    {
        var hasBackup = plan.PreDeploymentChecks.Any(text => Backup().IsMatch(text));
        if (analysis.Has(RiskArea.Schema) && !hasBackup)
        {
            yield return new(PlanRules.SchemaBackup, "The notes change the schema: the Pre-Deployment Checks need a backup or snapshot check.");
        }

        if (analysis.Has(RiskArea.Schema) && !plan.Rollback.Any(text => MigrationRollback().IsMatch(text)))
        {
            yield return new(PlanRules.SchemaRollback,
                "The notes change the schema: Rollback Readiness needs a migration rollback (down-migration or restore from backup).");
        }

        if (analysis.Has(RiskArea.Data) && !analysis.Has(RiskArea.Schema) && !hasBackup)
        {
            yield return new(PlanRules.DataBackup, "The notes change data: the Pre-Deployment Checks need a backup or snapshot check.");
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bapprov(?:al|als|e|ed|er|ers|es|ing)\b | \bsign[\s-]?off\b | \bsigned[\s-]off\b", Options)]
    private static partial Regex Approval();

    [GeneratedRegex(@"\bon[\s-]?call\b", Options)]
    private static partial Regex OnCall();

    [GeneratedRegex(@"\b(?:tell|tells|told|notify|notified|inform|informed|page|paged|ping|pinged|alert|alerted|announce|announced|brief|briefed
        |heads[\s-]up|aware|acknowledg\w*|post|posted|message|messaged|loop\s+in|looped\s+in)\b", Options)]
    private static partial Regex Telling();

    [GeneratedRegex(@"\bbackups?\b | \bbacked[\s-]up\b | \bback\s+up\b | \bsnapshots?\b | \bpg_dump\b | \bdump\b | \bpoint[\s-]in[\s-]time\s+recovery\b | \bpitr\b", Options)]
    private static partial Regex Backup();

    [GeneratedRegex(@"\bdown[\s-]?migrations?\b | \bmigrat\w*\s+(?:\w+\s+){0,3}?(?:down|back|rollback|revert\w*|reverse\w*|undo\w*)\b
        | \b(?:revert|reverse|undo|roll\s+back|rollback)\w*\s+(?:\w+\s+){0,3}?migrat\w* | \brestor(?:e|es|ed|ing)\b", Options)]
    private static partial Regex MigrationRollback();
}
