using BenchmarkDotNet.Attributes;
using DeployBot.Core.Platforms;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;
using DeployBot.Teams.Cards;

namespace DeployBot.Benchmarks.Micro.Benchmarks;

/// <summary>Rendering a large plan (<see cref="LargePlan"/>) for Slack and Teams, to objects and on to wire JSON.</summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private PlanDelivery _delivery = null!;

    [GlobalSetup]
    public void Setup() => _delivery = LargePlan.Delivery();

    [Benchmark(Description = "Block Kit render (40-step plan)")]
    public int BlockKitRender() => BlockKitPlanRenderer.Render(_delivery).Continuations.Count;

    [Benchmark(Description = "Block Kit render + JSON")]
    public int BlockKitJson()
    {
        var rendered = BlockKitPlanRenderer.Render(_delivery);
        return SlackJson.Serialize(rendered.Main).Length + rendered.Continuations.Sum(c => SlackJson.Serialize(c).Length);
    }

    [Benchmark(Description = "Adaptive Card render (40-step plan)")]
    public int AdaptiveCardRender() => PlanCard.Render(_delivery).Continuations.Count;

    [Benchmark(Description = "Adaptive Card render + JSON")]
    public int AdaptiveCardJson()
    {
        var cards = PlanCard.Render(_delivery);
        return cards.First.ToJsonString().Length + cards.Continuations.Sum(c => c.ToJsonString().Length);
    }
}
