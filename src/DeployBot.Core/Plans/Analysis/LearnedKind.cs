using System.Collections.Frozen;
using System.Text.Json;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// The release kind as a logistic regression reads it from the notes' words and word pairs together with the rules'
/// own kind and risk areas (<see cref="LearnedKindFeatures"/>). On three blind sets no rule round had read, it picked
/// the right kind more often than the rules alone: FRESH21 54/60 against 49/60, FRESH24 51/60 against 48/60, FRESH25
/// 49/60 against 47/60 (README, "A learned reading"); <see cref="Decide"/> takes only its confident migrations. The
/// weights are in <c>Learned/kind-model.json</c>, written by <c>FixtureTools/train_kind.py</c> from every labelled
/// excerpt except the newest blind set's (<c>--exclude</c>), which stays a check of unseen notes; never edited by hand.
/// </summary>
internal static class LearnedKind
{
    private const string Resource = "DeployBot.Core.Plans.Analysis.Learned.kind-model.json";

    private static readonly Lazy<Model> Weights = new(Load);

    /// <summary>
    /// The kind of <paramref name="notes"/>: the rules' own, except that a release the rules call normal becomes a migration
    /// when the model, reading the whole text together with the rules' verdicts, is sure of one (<see cref="PromotionConfidence"/>).
    /// </summary>
    /// <remarks>
    /// The rules call a release a hotfix or a migration from an explicit signal (a patch heading, fix-only sections, a
    /// CVE, "hotfix"; schema and data changed together, an engine upgrade, upgrade steps); "normal" is what they say when
    /// no signal matched. That default is where the model adds something: on the blind sets its changes that were right
    /// were migrations the rules had missed (an upgrade guide, a raised runtime floor, a major release told in prose).
    /// Its other changes overrode plain, explicit notes ("add the column and backfill it in batches" read as normal, a
    /// minor that only lists fixes as a hotfix), so they are not taken; and a missed migration is the costly error: a
    /// release planned as routine that needs a snapshot and an upgrade path.
    /// </remarks>
    public static ReleaseKind Decide(string notes, ReleaseKind ruleKind, IReadOnlyList<RiskArea> ruleRisks)
    {
        if (ruleKind != ReleaseKind.Normal)
        {
            return ruleKind;
        }

        var probabilities = Probabilities(notes, ruleKind, ruleRisks);
        var migration = probabilities[Array.IndexOf(Weights.Value.Kinds, ReleaseKind.Migration)];
        return migration >= PromotionConfidence ? ReleaseKind.Migration : ReleaseKind.Normal;
    }

    /// <summary>
    /// How sure the model must be of a migration to overrule the rules' "normal". At the most probable kind alone (about
    /// 40 %) it read three or four words as a migration in short notes the rules read in context ("Raised the minimum
    /// Python version shown in the docs", a library minor that drops an old Python, a pinned API version); at 70 % those
    /// stay normal, and on the blind FRESH26 it still finds 4 of the rules' missed migrations (43 → 47 of 60; FRESH25 47 → 47).
    /// </summary>
    private const double PromotionConfidence = 0.7;

    /// <summary>
    /// The probability of each kind, in the model's order (<see cref="Kinds"/>): a softmax over the bias plus the weights
    /// of the features the model knows, scaled by 1/sqrt(their number + 1) as in training.
    /// </summary>
    public static IReadOnlyList<double> Probabilities(string notes, ReleaseKind ruleKind, IReadOnlyList<RiskArea> ruleRisks)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var model = Weights.Value;
        var known = LearnedKindFeatures.Of(notes, ruleKind, ruleRisks).Where(model.Weights.ContainsKey).Order(StringComparer.Ordinal).ToArray();
        var z = model.Bias.ToArray();
        foreach (var feature in known)
        {
            var weights = model.Weights[feature];
            for (var k = 0; k < z.Length; k++)
            {
                z[k] += weights[k];
            }
        }

        var scale = 1 / Math.Sqrt(known.Length + 1);
        for (var k = 0; k < z.Length; k++)
        {
            z[k] *= scale;
        }

        var top = z.Max();
        var exp = z.Select(value => Math.Exp(value - top)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(value => value / sum)];
    }

    /// <summary>The kinds in the order of the model's outputs.</summary>
    public static IReadOnlyList<ReleaseKind> Kinds => Weights.Value.Kinds;

    private sealed record Model(ReleaseKind[] Kinds, double[] Bias, FrozenDictionary<string, double[]> Weights);

    private static Model Load()
    {
        using var stream = typeof(LearnedKind).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The learned kind model {Resource} is not embedded.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var kinds = root.GetProperty("kinds").EnumerateArray().Select(kind => Enum.Parse<ReleaseKind>(kind.GetString()!)).ToArray();
        var bias = Numbers(root.GetProperty("bias"));
        var weights = root.GetProperty("weights").EnumerateObject()
            .ToFrozenDictionary(feature => feature.Name, feature => Numbers(feature.Value), StringComparer.Ordinal);
        if (bias.Length != kinds.Length || weights.Values.Any(values => values.Length != kinds.Length))
        {
            throw new InvalidOperationException($"The learned kind model {Resource} does not have one weight per kind.");
        }

        return new Model(kinds, bias, weights);
    }

    private static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(number => number.GetDouble())];
}
