namespace DeployBot.Testing.Fuzzing;

/// <summary>What to do to a form-encoded body (a Slack slash command or interactivity post).</summary>
public enum FormMutationKind
{
    RemoveField,
    DuplicateField,
    HostileValue,
    HostileKey,
    EmptyValue,
    BreakEncoding,
    Truncate,
}

/// <summary>One mutation of a real form body; <see cref="Target"/> picks the field or position, <see cref="Pick"/> the replacement.</summary>
public sealed record FormMutation(FormMutationKind Kind, int Target, int Pick)
{
    public override string ToString() => $"{Kind}@{Target}#{Pick}";
}
