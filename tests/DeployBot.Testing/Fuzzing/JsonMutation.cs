namespace DeployBot.Testing.Fuzzing;

/// <summary>What to do to one node of a JSON payload (or to its text).</summary>
public enum JsonMutationKind
{
    Remove,
    Null,
    HostileString,
    Number,
    Boolean,
    EmptyObject,
    EmptyArray,
    DeepNesting,
    Truncate,
    InsertCharacter,
}

/// <summary>
/// One mutation of a real payload: <see cref="Target"/> picks the node (modulo the node count, in document order) or,
/// for text mutations, the position; <see cref="Pick"/> picks the hostile string, number or character. Plain data, so a
/// property-testing library can generate and shrink it.
/// </summary>
public sealed record JsonMutation(JsonMutationKind Kind, int Target, int Pick)
{
    public override string ToString() => $"{Kind}@{Target}#{Pick}";
}
