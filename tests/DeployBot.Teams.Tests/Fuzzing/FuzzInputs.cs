using CsCheck;
using DeployBot.Testing.Fuzzing;

namespace DeployBot.Teams.Tests.Fuzzing;

/// <summary>Generators of mutations for the real activity fixtures: one to four changes each, shrinkable.</summary>
internal static class FuzzInputs
{
    public static readonly Gen<JsonMutation[]> JsonMutations =
        Gen.Select(Gen.Enum<JsonMutationKind>(), Gen.Int[0, 100_000], Gen.Int[0, 1_000], (kind, target, pick) => new JsonMutation(kind, target, pick)).Array[1, 4];

    public static string Describe(JsonMutation[] mutations) => string.Join(", ", mutations.Select(m => m.ToString()));
}
