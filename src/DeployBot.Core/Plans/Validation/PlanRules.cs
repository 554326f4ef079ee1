namespace DeployBot.Core.Plans.Validation;

/// <summary>The stable rule names of <see cref="PlanValidator"/> (a repair prompt quotes them; tests and logs match on them).</summary>
public static class PlanRules
{
    /// <summary>Prefix of "section-missing:&lt;heading&gt;", e.g. <c>section-missing:Deployment Steps</c>.</summary>
    public const string SectionMissingPrefix = "section-missing:";
    public const string SummaryLength = "summary-length";
    public const string StepActionMissing = "step-action-missing";
    public const string NumberedOutsideSteps = "numbered-outside-steps";
    public const string BrokenStructure = "broken-structure";
    public const string LeakedReasoning = "leaked-reasoning";
    public const string FlagInSteps = "flag-in-steps";
    public const string FlagInVerification = "flag-in-verification";
    public const string FlagInRollback = "flag-in-rollback";
    public const string WindowInSummary = "window-in-summary";
    public const string ProdApprovals = "prod-approvals";
    public const string ProdOnCallTold = "prod-oncall-told";
    public const string SchemaBackup = "schema-backup";
    public const string SchemaRollback = "schema-rollback";
    public const string DataBackup = "data-backup";
    public const string DestructiveContract = "destructive-contract";
    public const string DestructiveApproval = "destructive-approval";
    public const string DestructiveRollback = "destructive-rollback";
    public const string NotesContradiction = "notes-contradiction";
    public const string ContextNotes = "context-notes";
    public const string ContextEnvironment = "context-environment";
    public const string ContextWindow = "context-window";
    public const string ContextFlag = "context-flag";

    public static string SectionMissing(string heading) => SectionMissingPrefix + heading;
}
