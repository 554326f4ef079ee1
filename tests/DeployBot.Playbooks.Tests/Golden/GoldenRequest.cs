using DeployBot.Core.Environments;
using DeployBot.Core.Planning;
using DeployBot.Core.Requests;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DeployBot.Playbooks.Tests.Golden;

/// <summary>One request of <c>Golden/requests.yaml</c>: a release manager's request and what an SRE insists its plan does.</summary>
public sealed class GoldenRequest
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    public string Id { get; set; } = "";
    public string Environment { get; set; } = "staging";
    public string? Window { get; set; }
    public string? Flag { get; set; }
    public string Notes { get; set; } = "";
    public List<string> Kinds { get; set; } = [];
    public string ReleaseKind { get; set; } = "normal";
    public List<string> Risks { get; set; } = [];
    public bool Destructive { get; set; }
    public List<string> StepsName { get; set; } = [];
    public List<string> StepsForbid { get; set; } = [];
    public List<List<string>> Order { get; set; } = [];
    public List<string> RollbackMentions { get; set; } = [];
    public int MinutesAtLeast { get; set; }
    public bool Thin { get; set; }
    public string Why { get; set; } = "";

    private static readonly Lazy<IReadOnlyDictionary<string, GoldenRequest>> All = new(Load);

    public static IEnumerable<string> Ids() => All.Value.Keys;

    public static GoldenRequest Get(string id) => All.Value[id];

    public PlanningInput Input()
    {
        var production = Environment == "production";
        var environment = new DeploymentEnvironment(Environment, new EnvironmentOptions { Risk = production ? RiskLevel.High : RiskLevel.Low });
        return new PlanningInput(new DeploymentRequest(Notes.Trim(), Environment, Window, Flag), environment, now: Now);
    }

    private static IReadOnlyDictionary<string, GoldenRequest> Load()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "requests.yaml"));
        var requests = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<GoldenRequest>>(yaml);
        return requests.ToDictionary(request => request.Id);
    }

    public override string ToString() => Id;
}
