namespace DeployBot.WebConsole.Rendering;

/// <summary>
/// The detailed rollback plan as the console page draws it in a plan's thread: the title, the planner line (saying so
/// when the offline planner wrote it because the model failed), the context, then the six sections in order.
/// </summary>
internal sealed record ConsoleRollbackView(
    string Title,
    string? Notice,
    bool FellBack,
    string Lead,
    IReadOnlyList<ContextItemView> Context,
    IReadOnlyList<RollbackSectionView> Sections);

/// <summary>A rollback section: bullets, or numbered steps for Rollback Steps.</summary>
internal sealed record RollbackSectionView(string Heading, IReadOnlyList<string> Bullets, IReadOnlyList<RollbackStepView> Steps);

/// <summary>One numbered rollback step, its manual/automated mark and the check that it worked.</summary>
internal sealed record RollbackStepView(int Number, string Action, string? Reference, string Mode, string Check);
