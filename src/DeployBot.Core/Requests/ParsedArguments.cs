namespace DeployBot.Core.Requests;

/// <summary>
/// What the argument parser read from one input: the raw value of each key that was given (environment as typed,
/// not yet resolved) and every problem found, all at once.
/// </summary>
public sealed record ParsedArguments(IReadOnlyDictionary<RequestField, string> Values, IReadOnlyList<ArgumentProblem> Problems)
{
    public static ParsedArguments Empty { get; } = new(new Dictionary<RequestField, string>(), []);

    public bool IsValid => Problems.Count == 0;

    public string? this[RequestField field] => Values.TryGetValue(field, out var value) ? value : null;
}
